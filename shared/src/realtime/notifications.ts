// Live notifications over Socket.IO. Every notification is also stored: a client that was offline
// asks for her notifications (GraphQL myNotifications) and misses none.
import type { NotificationKind, NotificationParams } from '../vocabulary/notifications.js';

/** A notification as pushed live. Dates are ISO 8601 strings. */
export interface LiveNotification {
  id: string;
  kind: NotificationKind;
  params: NotificationParams;
  /** An in-app path with ids only, or null. */
  link: string | null;
  createdAt: string;
}

/** How many of her notifications she has not read yet. */
export interface NotificationUnread {
  unreadCount: number;
}
