import type { OperationRules } from '../../test-support/authorization.js';

export const auditOperations: OperationRules = {
  auditLog: { allowed: ['ADMIN'], document: 'query { auditLog(limit: 5) { id action } }' },
};
