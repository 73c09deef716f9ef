import type { OperationRules } from '../../test-support/authorization.js';

// Sample ids name nothing: allowed callers get NOT_FOUND, others are stopped first.
const NO_MATCH = '00000000-0000-4000-8000-000000000000';

export const privacyOperations: OperationRules = {
  myDataExport: { allowed: 'SIGNED_IN', document: 'query { myDataExport }' },
  updateContactDetails: {
    allowed: 'SIGNED_IN',
    document: 'mutation { updateContactDetails(input: { shareContactDetails: false }) { id } }',
  },
  deleteMyAccount: {
    allowed: 'SIGNED_IN',
    // A wrong password: allowed callers get BAD_USER_INPUT and keep their account for the other operations.
    document: 'mutation { deleteMyAccount(password: "not-the-password") }',
  },
  caseNotes: {
    allowed: ['ADVISER'],
    document: 'query($id: ID!) { caseNotes(matchId: $id) { id } }',
    variables: () => ({ id: NO_MATCH }),
  },
  addCaseNote: {
    allowed: ['ADVISER'],
    document: 'mutation($id: ID!) { addCaseNote(matchId: $id, input: { body: "note" }) { id } }',
    variables: () => ({ id: NO_MATCH }),
  },
};
