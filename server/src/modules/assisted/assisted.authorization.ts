import type { OperationRules } from '../../test-support/authorization.js';

let serial = 0;
const consent = (scopes: string[]) => ({ scopes, channel: 'CALL' });
const profile = {
  countryOfResidence: 'CR',
  city: 'San José',
  languages: [{ language: 'es', level: 'NATIVE' }],
  businessStage: 'IDEA',
  modalities: ['CHAT'],
  availability: { timeZone: 'America/Costa_Rica', slots: [{ day: 2, startMinute: 540, endMinute: 660 }] },
};

export const assistedOperations: OperationRules = {
  assistedSignUp: {
    allowed: ['COORDINATOR', 'ADMIN'],
    document: 'mutation($input: AssistedSignUpInput!) { assistedSignUp(input: $input) { user { id } } }',
    variables: () => ({
      input: {
        displayName: 'Marie',
        email: `assisted${++serial}@test.aliadas`,
        consent: consent(['CREATE_ACCOUNT', 'STORE_PROFILE']),
      },
    }),
  },
  // A new woman each time: a reset ends her sessions, and the matrix's people must keep theirs.
  assistedUpdateProfile: {
    allowed: ['COORDINATOR', 'ADMIN'],
    document:
      'mutation($id: ID!, $input: AssistedProfileUpdateInput!) { assistedUpdateProfile(userId: $id, input: $input) { id } }',
    variables: async (w) => ({
      id: (await w.api.person(['ENTREPRENEUR'])).id,
      input: { consent: consent(['UPDATE_PROFILE']), profile },
    }),
  },
  resetAccountAccess: {
    allowed: ['COORDINATOR', 'ADMIN'],
    document:
      'mutation($id: ID!, $input: ResetAccountAccessInput!) { resetAccountAccess(userId: $id, input: $input) { expiresAt } }',
    variables: async (w) => ({
      id: (await w.api.person(['ENTREPRENEUR'])).id,
      input: { consent: consent(['RESET_ACCESS']) },
    }),
  },
  assistedConsents: {
    allowed: ['ENTREPRENEUR', 'COORDINATOR', 'ADMIN'],
    document: 'query($id: ID!) { assistedConsents(userId: $id) { id } }',
    // Her own consents for an entrepreneur; anyone else asks about another woman.
    variables: (w, caller) => ({ id: caller === 'ENTREPRENEUR' ? w.people.ENTREPRENEUR.id : w.others.ENTREPRENEUR.id }),
  },
};
