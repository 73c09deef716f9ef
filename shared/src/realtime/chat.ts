// Chat vocabulary and limits shared by server and client, so that a form refuses what the server would.

export const CONVERSATION_KINDS = ['MATCH', 'CIRCLE'] as const;
/** MATCH: the two people of one match; CIRCLE: a group peer circle. */
export type ConversationKind = (typeof CONVERSATION_KINDS)[number];

/** Characters (Unicode code points) in one message, after trimming. */
export const MESSAGE_MAX_LENGTH = 4000;
/** Messages returned by one catch-up or history call, at most. */
export const MESSAGE_PAGE_MAX = 200;
/** Client-made message ids: a UUID or any other 8 to 64 URL-safe characters. */
export const CLIENT_MESSAGE_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

export const REPORT_REASONS = [
  'HARASSMENT',
  'THREAT',
  'HATE',
  'SEXUAL_CONTENT',
  'FRAUD',
  'SPAM',
  'IMPERSONATION',
  'OTHER',
] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];
export const REPORT_DETAILS_MAX_LENGTH = 2000;

export const REPORT_STATUSES = ['OPEN', 'RESOLVED'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** Length as a person counts it: an emoji or an accented letter is one character. */
export function messageLength(text: string): number {
  let length = 0;
  for (const _ of text) length += 1;
  return length;
}
