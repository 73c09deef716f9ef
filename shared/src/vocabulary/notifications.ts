// The kinds of in-app notification. A notification is stored as a kind and its parameters; the client
// shows it in the reader's language (notifications.kinds.<KIND> in the client's translations).

export const NOTIFICATION_KINDS = [
  // Organizations: a request to join reaches the organization's coordinators; the answer reaches her.
  'ORGANIZATION_JOIN_REQUESTED',
  'ORGANIZATION_JOIN_ACCEPTED',
  'ORGANIZATION_JOIN_DECLINED',
  // Workshops: a seat freed from the waiting list, a reminder before the session, a cancelled session.
  'WORKSHOP_SEAT_CONFIRMED',
  'WORKSHOP_REMINDER',
  'WORKSHOP_CANCELLED',
  // Peer circles: a coordinator or moderator added her to a circle.
  'CIRCLE_ADDED',
  // Matches: an invitation to a supporter, a match that began, a match that ended and asks for feedback.
  'MATCH_INVITATION',
  'MATCH_STARTED',
  'MATCH_FEEDBACK_REQUESTED',
  // Supporters who answer: a reminder to the supporter, an alert to coordinators, a new match offered.
  'SUPPORTER_REPLY_REMINDER',
  'SUPPORTER_UNANSWERED_ALERT',
  'REMATCH_OFFERED',
  // Interpreters: both women are asked to consent; the interpreter is told she joined the conversation.
  'INTERPRETER_CONSENT_REQUESTED',
  'INTERPRETER_JOINED',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Parameters stored with a notification: short strings and numbers, never free text from other people. */
export type NotificationParams = Record<string, string | number>;

/** The newest notifications a person can page through; older ones are kept but not listed. */
export const NOTIFICATION_PAGE_MAX = 50;
