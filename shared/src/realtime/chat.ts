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

/** A voice note lasts at most two minutes. */
export const VOICE_NOTE_MAX_DURATION_MS = 120_000;
/** Bytes of one voice note, at most: two minutes of Opus at 32 kbit/s take about 480 kB. */
export const VOICE_NOTE_MAX_BYTES = 1_000_000;
/** Opus audio in the containers browsers record to (Chromium and Firefox: WebM; Safari: Ogg). */
export const VOICE_NOTE_MIME_TYPES = ['audio/webm', 'audio/ogg'] as const;
export type VoiceNoteMimeType = (typeof VOICE_NOTE_MIME_TYPES)[number];
/** Where a voice note is uploaded (POST) and played from (GET /voice-notes/<id>). */
export const VOICE_NOTES_PATH = '/voice-notes';

/** The recording a voice message carries; its audio is fetched from VOICE_NOTES_PATH/<id>. */
export interface VoiceNoteInfo {
  id: string;
  durationMs: number;
  /** One of VOICE_NOTE_MIME_TYPES. */
  mimeType: string;
}

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
