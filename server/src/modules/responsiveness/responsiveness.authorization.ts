import type { OperationRules } from '../../test-support/authorization.js';

const NOTHING = '00000000-0000-4000-8000-000000000000';

export const responsivenessOperations: OperationRules = {
  rematchOffers: {
    allowed: ['ENTREPRENEUR'],
    document: 'query { rematchOffers { matchId } }',
  },
  takeRematch: {
    allowed: ['ENTREPRENEUR'],
    document: 'mutation($id: ID!) { takeRematch(matchId: $id) { id } }',
    variables: () => ({ id: NOTHING }),
  },
  supporterActivity: {
    allowed: ['COORDINATOR', 'ADMIN'],
    document: 'query { supporterActivity { userId } }',
  },
};
