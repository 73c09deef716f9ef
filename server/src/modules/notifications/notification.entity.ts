// A notification kept for its recipient (read on any device, whenever she comes back online) and the
// outbox rows that carry it out through each channel (live in-app push today; SMS or WhatsApp later).
import type { NotificationKind, NotificationParams } from '@aliadas/shared';
import type { Rel } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { User } from '../accounts/user.entity.js';
import { NotificationKindEnum } from './notification.enums.js';

@ObjectType({ description: 'One parameter of a notification’s text: a short text (an id, a title) or a number.' })
export class NotificationParam {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  text!: string | null;

  @Field(() => Float, { nullable: true })
  number!: number | null;
}

@ObjectType({ description: 'Something that happened for her; the client words it in her language from its kind.' })
@Entity({ tableName: 'notifications' })
@Index({ properties: ['recipient', 'createdAt'] })
export class Notification {
  [OptionalProps]?: 'createdAt' | 'readAt' | 'link' | 'recipientId' | 'paramList' | 'read';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  recipient!: Rel<User>;

  /** A code of NOTIFICATION_KINDS; the client words it in the reader's language. */
  @Field(() => NotificationKindEnum)
  @Property({ type: 'string', length: 60 })
  kind!: NotificationKind;

  /** Ids, titles and numbers the text needs; never free text written by other people. */
  @Property({ type: 'json' })
  params!: NotificationParams;

  /** An in-app path with ids only, e.g. /matches/<id>. */
  @Field(() => String, { nullable: true, description: 'The page of the app it leads to (ids only), if any.' })
  @Property({ type: 'string', length: 200, nullable: true })
  link?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  readAt?: Date | null;

  get recipientId(): string {
    return this.recipient.id;
  }

  @Field(() => Boolean)
  get read(): boolean {
    return this.readAt != null;
  }

  @Field(() => [NotificationParam], { name: 'params', description: 'What the text of its kind interpolates.' })
  get paramList(): NotificationParam[] {
    return Object.entries(this.params).map(([name, value]) => ({
      name,
      text: typeof value === 'string' ? value : null,
      number: typeof value === 'number' ? value : null,
    }));
  }
}

export const OUTBOX_STATUSES = ['PENDING', 'DISPATCHED', 'FAILED'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/**
 * One notification to hand to one channel. The relay claims a row by a conditional update (so two
 * instances never send it twice), then marks it DISPATCHED or schedules the next attempt; a row given
 * up after too many attempts stays FAILED with its last error, for whoever looks into it.
 */
@Entity({ tableName: 'notification_outbox' })
@Index({ properties: ['status', 'nextAttemptAt'] })
export class NotificationOutboxEntry {
  [OptionalProps]?: 'createdAt' | 'status' | 'attempts' | 'lastError' | 'dispatchedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Notification, { deleteRule: 'cascade' })
  notification!: Rel<Notification>;

  @Property({ type: 'string', length: 20 })
  channel!: string;

  @Property({ type: 'string', length: 20 })
  status: OutboxStatus = 'PENDING';

  @Property({ type: 'integer' })
  attempts = 0;

  /** Due from then on; while a relay holds the row it is pushed forward by the claim's lease. */
  @Property({ type: 'datetime' })
  nextAttemptAt!: Date;

  @Property({ type: 'string', length: 500, nullable: true })
  lastError?: string | null;

  @Property({ type: 'datetime', nullable: true })
  dispatchedAt?: Date | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
