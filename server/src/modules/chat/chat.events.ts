// What the chat feature announces after its transactions commit (see domain-events.ts).
import type { ChatMessage, ConversationKind } from '@aliadas/shared';

export interface MessageCreated {
  type: 'message.created';
  message: ChatMessage;
  /** Every member's unread count right after this message (0 for the sender). */
  unread: { userId: string; unreadCount: number }[];
  /** The socket that sent it: it has its acknowledgement and is not sent the message again. */
  originSocketId?: string;
}

export interface ConversationRead {
  type: 'conversation.read';
  conversationId: string;
  userId: string;
  seq: number;
  lastSeq: number;
  memberIds: string[];
}

export interface ConversationDelivered {
  type: 'conversation.delivered';
  conversationId: string;
  userId: string;
  seq: number;
  memberIds: string[];
}

export interface ConversationTyping {
  type: 'conversation.typing';
  conversationId: string;
  userId: string;
  typing: boolean;
  memberIds: string[];
}

export interface ConversationOpened {
  type: 'conversation.opened';
  conversationId: string;
  kind: ConversationKind;
  matchId: string | null;
  memberIds: string[];
}

export interface ConversationClosed {
  type: 'conversation.closed';
  conversationId: string;
  closedAt: Date;
  memberIds: string[];
}

/** She left a circle or was removed from it. */
export interface ConversationLeft {
  type: 'conversation.left';
  conversationId: string;
  userId: string;
}

export interface MessageRemoved {
  type: 'message.removed';
  conversationId: string;
  messageId: string;
  seq: number;
  memberIds: string[];
}

export interface BlockChanged {
  type: 'block.changed';
  userId: string;
  otherUserId: string;
  blocked: boolean;
}

export type ChatEvent =
  | MessageCreated
  | ConversationRead
  | ConversationDelivered
  | ConversationTyping
  | ConversationOpened
  | ConversationClosed
  | ConversationLeft
  | MessageRemoved
  | BlockChanged;
