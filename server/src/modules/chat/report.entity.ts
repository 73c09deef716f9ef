import type { ReportReason, ReportStatus } from '@aliadas/shared';
import { REPORT_REASONS, REPORT_STATUSES } from '@aliadas/shared';
import type { Rel } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../accounts/user.entity.js';
import { Conversation } from './conversation.entity.js';
import { Message } from './message.entity.js';

export const ReportReasonEnum = Object.fromEntries(REPORT_REASONS.map((r) => [r, r])) as {
  [K in ReportReason]: K;
};
registerEnumType(ReportReasonEnum, { name: 'ReportReason' });
export const ReportStatusEnum = Object.fromEntries(REPORT_STATUSES.map((s) => [s, s])) as {
  [K in ReportStatus]: K;
};
registerEnumType(ReportStatusEnum, { name: 'ReportStatus' });

/** What was reported, as it was when it was reported: kept even if the conversation changes later. */
export interface ReportSnapshotData {
  capturedAt: string;
  conversationId: string | null;
  reportedMessageId: string | null;
  participants: { userId: string; displayName: string }[];
  messages: { id: string; seq: number; senderId: string; body: string; createdAt: string }[];
}

/** A report of a message or a person, in the coordinators' queue until one of them resolves it. */
@ObjectType({ description: 'A report in the coordinators’ queue.' })
@Entity({ tableName: 'reports' })
@Index({ properties: ['status', 'createdAt'] })
export class Report {
  [OptionalProps]?: 'status' | 'createdAt' | 'messageId' | 'conversationId';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => User)
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  reporter!: Rel<User>;

  @Field(() => User)
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  reportedUser!: Rel<User>;

  @ManyToOne(() => Message, { nullable: true, deleteRule: 'set null' })
  message?: Rel<Message> | null;

  @ManyToOne(() => Conversation, { nullable: true, deleteRule: 'set null' })
  conversation?: Rel<Conversation> | null;

  @Field(() => ReportReasonEnum)
  @Property({ type: 'string', length: 30 })
  reason!: ReportReason;

  @Field(() => String, { nullable: true, description: 'In her own words.' })
  @Property({ type: 'text', nullable: true })
  details?: string | null;

  @Property({ type: 'json' })
  snapshot!: ReportSnapshotData;

  @Field(() => ReportStatusEnum)
  @Property({ type: 'string', length: 10 })
  status: ReportStatus = 'OPEN';

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => User, { nullable: true })
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  handledBy?: Rel<User> | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  handledAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'What the coordinator did about it.' })
  @Property({ type: 'text', nullable: true })
  resolution?: string | null;

  @Field(() => ID, { nullable: true })
  get messageId(): string | null {
    return this.message?.id ?? null;
  }

  @Field(() => ID, { nullable: true })
  get conversationId(): string | null {
    return this.conversation?.id ?? null;
  }
}
