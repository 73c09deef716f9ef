// What the notifications feature announces once committed: a notification stored (the outbox relay
// pushes it out) and a changed unread count (her other devices update their bell).
export type NotificationEvent =
  | { type: 'notification.created'; notificationId: string; recipientId: string }
  | { type: 'notification.unread'; userId: string; unreadCount: number };
