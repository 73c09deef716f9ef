import type { Rel } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../accounts/user.entity.js';
import { Conversation } from './conversation.entity.js';

/** A person in a conversation, with how far she has read: her unread count is `lastSeq - lastReadSeq`. */
@Entity({ tableName: 'conversation_members' })
@Unique({ properties: ['conversation', 'user'] })
@Index({ properties: ['user', 'conversation'] })
export class ConversationMember {
  [OptionalProps]?: 'lastReadSeq' | 'lastDeliveredSeq' | 'joinedAt' | 'joinedSeq';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Conversation, { deleteRule: 'cascade' })
  conversation!: Rel<Conversation>;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: Rel<User>;

  /** Sending a message also marks everything before it as read. */
  @Property({ type: 'integer', default: 0 })
  lastReadSeq: number = 0;

  /** Her devices have received every message up to this seq; reading counts as receiving. */
  @Property({ type: 'integer', default: 0 })
  lastDeliveredSeq: number = 0;

  @Property({ type: 'datetime' })
  joinedAt: Date = new Date();

  /**
   * The conversation's lastSeq when she joined: in a circle she reads only what came after, never what
   * was said before she was there. 0 for the people of a match.
   */
  @Property({ type: 'integer', default: 0 })
  joinedSeq: number = 0;
}
