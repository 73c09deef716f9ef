import type { OperationRules } from '../../test-support/authorization.js';

// Every signed-in person has notifications; each reads and marks only her own.

export const notificationOperations: OperationRules = {
  myNotifications: {
    allowed: 'SIGNED_IN',
    document: 'query { myNotifications(first: 5) { nodes { id } nextCursor } }',
  },
  unreadNotificationCount: {
    allowed: 'SIGNED_IN',
    document: 'query { unreadNotificationCount }',
  },
  markNotificationsRead: {
    allowed: 'SIGNED_IN',
    document: 'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }',
    variables: () => ({ ids: ['00000000-0000-4000-8000-000000000000'] }),
  },
  markAllNotificationsRead: {
    allowed: 'SIGNED_IN',
    document: 'mutation { markAllNotificationsRead }',
  },
};
