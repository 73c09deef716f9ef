import type { OperationRules } from '../../test-support/authorization.js';

// Sample ids name nothing: allowed callers get NOT_FOUND, others are stopped first.
const NOTHING = '00000000-0000-4000-8000-000000000000';
const STAFF = ['COORDINATOR', 'ADMIN'] as const;
const PEOPLE = ['ENTREPRENEUR', 'MENTOR', 'ADVISER'] as const;

export const interpreterOperations: OperationRules = {
  interpreterCandidates: {
    allowed: [...STAFF],
    document: 'query($id: ID!) { interpreterCandidates(matchId: $id) { userId } }',
    variables: () => ({ id: NOTHING }),
  },
  matchInterpreters: {
    allowed: [...STAFF],
    document: 'query($id: ID!) { matchInterpreters(matchId: $id) { id } }',
    variables: () => ({ id: NOTHING }),
  },
  conversationInterpreters: {
    allowed: 'SIGNED_IN',
    document: 'query($id: ID!) { conversationInterpreters(conversationId: $id) { id } }',
    variables: () => ({ id: NOTHING }),
  },
  proposeInterpreter: {
    allowed: [...STAFF],
    document: 'mutation($input: ProposeInterpreterInput!) { proposeInterpreter(input: $input) { id } }',
    variables: (w) => ({ input: { matchId: NOTHING, interpreterId: w.others.INTERPRETER.id } }),
  },
  answerInterpreterProposal: {
    allowed: [...PEOPLE],
    document: 'mutation($id: ID!) { answerInterpreterProposal(assignmentId: $id, accept: true) { id } }',
    variables: () => ({ id: NOTHING }),
  },
  endInterpreterAssignment: {
    allowed: [...PEOPLE, ...STAFF],
    document: 'mutation($id: ID!) { endInterpreterAssignment(assignmentId: $id) { id } }',
    variables: () => ({ id: NOTHING }),
  },
};
