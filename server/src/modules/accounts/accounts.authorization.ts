import type { OperationRules } from '../../test-support/authorization.js';

let serial = 0;

export const accountOperations: OperationRules = {
  me: { allowed: 'EVERYONE', document: 'query { me { id } }' },
  user: {
    allowed: ['COORDINATOR', 'ADMIN'],
    document: 'query($id: ID!) { user(id: $id) { id } }',
    variables: (w) => ({ id: w.others.ENTREPRENEUR.id }),
  },
  people: { allowed: ['COORDINATOR', 'ADMIN'], document: 'query { people(limit: 5) { id } }' },
  register: {
    allowed: 'EVERYONE',
    document: 'mutation($input: RegisterInput!) { register(input: $input) { token } }',
    variables: () => ({
      input: {
        email: `matrix${++serial}@test.aliadas`,
        password: 'matrix-password',
        displayName: 'M',
        roles: ['MENTOR'],
      },
    }),
  },
  logIn: {
    allowed: 'EVERYONE',
    document: 'mutation($input: LogInInput!) { logIn(input: $input) { token } }',
    variables: () => ({ input: { email: 'nobody@test.aliadas', password: 'whatever-password' } }),
  },
  setUpAccount: {
    allowed: 'EVERYONE',
    document: 'mutation($input: SetUpAccountInput!) { setUpAccount(input: $input) { token } }',
    variables: () => ({ input: { phone: '+50588887777', setupCode: '12345678', pin: '480275' } }),
  },
  logOut: { allowed: 'SIGNED_IN', document: 'mutation { logOut }' },
  updateMe: {
    allowed: 'SIGNED_IN',
    document: 'mutation { updateMe(input: { locale: "fr" }) { id } }',
  },
  grantRole: {
    allowed: ['COORDINATOR', 'ADMIN'],
    document: 'mutation($id: ID!) { grantRole(userId: $id, role: MENTOR) { id } }',
    variables: (w) => ({ id: w.others.ENTREPRENEUR.id }),
  },
  revokeRole: {
    allowed: ['COORDINATOR', 'ADMIN'],
    document: 'mutation($id: ID!) { revokeRole(userId: $id, role: MENTOR) { id } }',
    variables: (w) => ({ id: w.others.ENTREPRENEUR.id }),
  },
};
