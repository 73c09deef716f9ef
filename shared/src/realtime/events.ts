// The Socket.IO contract between server and client: event names with their payloads and
// acknowledgements, typed in both directions. Types, and the list of a round's phases.
import type { ConversationKind, VoiceNoteInfo } from './chat.js';
import type { LiveNotification, NotificationUnread } from './notifications.js';

/** Where Socket.IO is served, on the same port as /graphql. */
export const REALTIME_PATH = '/socket.io';

/** A message as delivered live and by catch-up. Dates are ISO 8601 strings. */
export interface ChatMessage {
  id: string;
  conversationId: string;
  /** 1, 2, 3… within the conversation, without gaps: a client that misses one asks for it. */
  seq: number;
  senderId: string;
  clientMessageId: string;
  body: string;
  createdAt: string;
  /** The sender deleted her account: the body is empty and the client shows "message deleted". */
  redacted?: boolean;
  /** A circle's moderator removed it: the body is empty and the client shows "message removed". */
  removed?: boolean;
  /** In a circle, its sender and she blocked one another: the body is empty and the client shows nothing. */
  hidden?: boolean;
  /** A voice message: its recording (the body may then be empty). */
  voiceNote?: VoiceNoteInfo | null;
}

export type RealtimeErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

/** The same shape as a GraphQL error's extensions: a stable code, a key to translate, its parameters. */
export interface RealtimeError {
  code: RealtimeErrorCode;
  key: string;
  message: string;
  params: Record<string, string | number | boolean | string[]>;
}

export type AckResponse<T> = ({ ok: true } & T) | { ok: false; error: RealtimeError };
export type Ack<T> = (response: AckResponse<T>) => void;

/** Sent as `err.data` with `connect_error` when the handshake is refused (`err.message` is readable). */
export interface HandshakeErrorData {
  /** UNAUTHENTICATED: log in again. UNAVAILABLE: this server is stopping, try again (elsewhere). */
  code: 'UNAUTHENTICATED' | 'UNAVAILABLE';
  key: string;
}

// Client → server.

export interface SendMessageRequest {
  conversationId: string;
  /** Made by the client once per message and kept for retries: the server stores a message once. */
  clientMessageId: string;
  body: string;
}

/** Acknowledged only once the message is stored. */
export interface SentMessage {
  id: string;
  seq: number;
  createdAt: string;
}

export interface SyncRequest {
  conversationId: string;
  /** The last seq the client holds without a gap; 0 for none. */
  afterSeq: number;
  limit?: number;
}

export interface SyncResult {
  conversationId: string;
  messages: ChatMessage[];
  /** More messages follow: ask again after the last one. */
  hasMore: boolean;
  lastSeq: number;
  /** How far each member has read. */
  readSeqs: ReadSeq[];
  /** How far each member's devices have received (at least as far as she has read). */
  deliveredSeqs: ReadSeq[];
}

export interface ReadSeq {
  userId: string;
  seq: number;
}

export interface MarkReadRequest {
  conversationId: string;
  seq: number;
}

export interface MarkReadResult {
  conversationId: string;
  seq: number;
  unreadCount: number;
}

/** Her device has received every message up to `seq` (live or by catch-up). */
export interface MarkDeliveredRequest {
  conversationId: string;
  seq: number;
}

export interface MarkDeliveredResult {
  conversationId: string;
  seq: number;
}

export interface TypingRequest {
  conversationId: string;
  typing: boolean;
}

export interface ClientToServerEvents {
  'message:send': (request: SendMessageRequest, ack: Ack<SentMessage>) => void;
  'conversation:sync': (request: SyncRequest, ack: Ack<SyncResult>) => void;
  'conversation:read': (request: MarkReadRequest, ack: Ack<MarkReadResult>) => void;
  'conversation:typing': (request: TypingRequest, ack?: Ack<Record<never, never>>) => void;
  'conversation:delivered': (request: MarkDeliveredRequest, ack?: Ack<MarkDeliveredResult>) => void;
}

// Server → client.

export interface ReadReceipt {
  conversationId: string;
  userId: string;
  seq: number;
}

export interface UnreadCount {
  conversationId: string;
  unreadCount: number;
  lastSeq: number;
}

export interface TypingIndicator {
  conversationId: string;
  userId: string;
  typing: boolean;
}

export interface ConversationOpened {
  conversationId: string;
  kind: ConversationKind;
  matchId: string | null;
  memberIds: string[];
}

export interface ConversationClosed {
  conversationId: string;
  closedAt: string;
}

/** She left a circle or was removed from it: every device drops the conversation. */
export interface ConversationLeft {
  conversationId: string;
}

/** A circle's moderator removed a message: show "message removed" in its place. */
export interface MessageRemoved {
  conversationId: string;
  messageId: string;
  seq: number;
}

export interface BlockChanged {
  userId: string;
  blocked: boolean;
}

export interface SessionEnded {
  reason: 'LOGGED_OUT' | 'EXPIRED';
}

/** One of her matches moved (invited, accepted, ended…): refetch her matches or invitations. */
export interface MatchChanged {
  matchId: string;
  /** The match's status now (the server's MatchStatus code). */
  status: string;
}

/** A matching round she ran has been stored. */
export interface RoundCompleted {
  roundId: string;
  dryRun: boolean;
}

/** The steps of a matching round, in the order it goes through them. */
export const ROUND_PHASES = ['LOADING', 'SCORING', 'SOLVING', 'EXPLAINING', 'STORING'] as const;
export type RoundPhase = (typeof ROUND_PHASES)[number];

/** A matching round she started is still running: the step it is on and how far into it (0 to 1). */
export interface RoundProgress {
  /** The id the round will be stored under (the one `round:completed` and the mutation's answer carry). */
  roundId: string;
  phase: RoundPhase;
  fraction: number;
}

export interface ServerToClientEvents {
  /**
   * A new message in one of her conversations, with her unread count after it (0 for her own, seen on
   * her other devices; never echoed to the socket that sent it: that one has the acknowledgement).
   */
  'message:new': (message: ChatMessage, unread: UnreadCount) => void;
  'conversation:read': (receipt: ReadReceipt) => void;
  /** A member's device received the messages up to `seq`: her messages show as delivered. */
  'conversation:delivered': (receipt: ReadReceipt) => void;
  /** Her unread count changed without a new message: she read on another device. */
  'conversation:unread': (count: UnreadCount) => void;
  'conversation:typing': (indicator: TypingIndicator) => void;
  'conversation:opened': (conversation: ConversationOpened) => void;
  /** The conversation is read-only from now on. */
  'conversation:closed': (closed: ConversationClosed) => void;
  'conversation:left': (left: ConversationLeft) => void;
  'message:removed': (removed: MessageRemoved) => void;
  /** She blocked or unblocked someone, possibly on another device. */
  'block:changed': (change: BlockChanged) => void;
  'match:changed': (change: MatchChanged) => void;
  /** Progress of a round she started, a few dozen times per round, until `round:completed`. */
  'round:progress': (progress: RoundProgress) => void;
  'round:completed': (round: RoundCompleted) => void;
  /** A new notification for her, with her unread count after it (on every device she has open). */
  'notification:new': (notification: LiveNotification, unread: NotificationUnread) => void;
  /** Her unread notification count changed without a new one: she read some, perhaps on another device. */
  'notification:unread': (unread: NotificationUnread) => void;
  /** Sent just before the server disconnects a socket whose session ended; do not reconnect with it. */
  'session:ended': (ended: SessionEnded) => void;
}
