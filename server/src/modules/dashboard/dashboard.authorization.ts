import type { OperationRules } from '../../test-support/authorization.js';

export const dashboardOperations: OperationRules = {
  dashboard: {
    allowed: ['COORDINATOR', 'ADMIN'],
    document: 'query { dashboard { totals { openDemands } } }',
  },
};
