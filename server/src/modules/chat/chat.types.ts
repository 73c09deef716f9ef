// GraphQL shapes of chat that are views rather than stored rows.
import { CONVERSATION_KINDS, type ConversationKind, type ReportStatus } from '@aliadas/shared';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ConversationParticipantData, ConversationViewData } from './chat.service.js';
import { Message } from './message.entity.js';
import { Report, ReportStatusEnum } from './report.entity.js';

export const ConversationKindEnum = Object.fromEntries(CONVERSATION_KINDS.map((k) => [k, k])) as {
  [K in ConversationKind]: K;
};
registerEnumType(ConversationKindEnum, { name: 'ConversationKind' });

@ObjectType()
export class ConversationParticipant implements ConversationParticipantData {
  @Field(() => ID)
  userId!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => Int, { description: 'Her read receipt: she has read every message up to this seq.' })
  lastReadSeq!: number;
}

@ObjectType('Conversation', { description: 'A conversation as one of its members sees it.' })
export class ConversationView implements ConversationViewData {
  @Field(() => ID)
  id!: string;

  @Field(() => ConversationKindEnum)
  kind!: ConversationKind;

  @Field(() => ID, { nullable: true })
  matchId!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Set when the match ended: read-only from then on.' })
  closedAt!: Date | null;

  @Field(() => Int, { description: 'The seq of the newest message; 0 when there is none.' })
  lastSeq!: number;

  @Field(() => Date)
  lastActivityAt!: Date;

  @Field(() => Int)
  lastReadSeq!: number;

  @Field(() => Int)
  unreadCount!: number;

  @Field(() => Message, { nullable: true })
  lastMessage!: Message | null;

  @Field(() => [ConversationParticipant])
  members!: ConversationParticipant[];

  @Field(() => Boolean, { description: 'She blocked someone in it.' })
  blockedByMe!: boolean;

  @Field(() => Boolean, { description: 'Open and without a block either way.' })
  canSend!: boolean;
}

@ObjectType()
export class MessagePage {
  @Field(() => [Message], { description: 'Oldest first.' })
  messages!: Message[];

  @Field(() => Boolean, { description: 'More messages lie beyond this page in the direction asked.' })
  hasMore!: boolean;
}

@ObjectType()
export class ReadState {
  @Field(() => ID)
  conversationId!: string;

  @Field(() => Int)
  seq!: number;

  @Field(() => Int)
  unreadCount!: number;
}

@ObjectType()
export class BlockedPerson {
  @Field(() => ID)
  userId!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => Date)
  blockedAt!: Date;
}

@ObjectType({ description: 'What the person who reported sees: it was received.' })
export class ReportReceipt {
  @Field(() => ID)
  id!: string;

  @Field(() => ReportStatusEnum)
  status!: ReportStatus;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType()
export class SnapshotParticipant {
  @Field(() => ID)
  userId!: string;

  @Field(() => String)
  displayName!: string;
}

@ObjectType()
export class SnapshotMessage {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  seq!: number;

  @Field(() => ID)
  senderId!: string;

  @Field(() => String)
  body!: string;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType({ description: 'The conversation as it was when the report was filed.' })
export class ReportSnapshot {
  @Field(() => Date)
  capturedAt!: Date;

  @Field(() => ID, { nullable: true })
  reportedMessageId!: string | null;

  @Field(() => [SnapshotParticipant])
  participants!: SnapshotParticipant[];

  @Field(() => [SnapshotMessage])
  messages!: SnapshotMessage[];
}

@ObjectType({ description: 'A reported conversation as a coordinator reads it; each read is audited.' })
export class ReportedConversation {
  @Field(() => Report)
  report!: Report;

  @Field(() => ReportSnapshot)
  snapshot!: ReportSnapshot;

  @Field(() => [Message], { description: 'The conversation now, a page at a time, oldest first.' })
  messages!: Message[];

  @Field(() => Boolean)
  hasMore!: boolean;
}
