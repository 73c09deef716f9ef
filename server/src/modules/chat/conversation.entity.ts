import type { ConversationKind } from '@aliadas/shared';
import { Collection, Entity, Index, OneToMany, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { ConversationMember } from './conversation-member.entity.js';

/**
 * A conversation: the two people of one match (MATCH) or, later, a peer circle (CIRCLE). Messages are
 * numbered by `lastSeq`, a counter taken under the row's write lock. Once closed it is read-only.
 */
@Entity({ tableName: 'conversations' })
export class Conversation {
  [OptionalProps]?: 'matchId' | 'lastSeq' | 'lastActivityAt' | 'createdAt' | 'closedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 10 })
  kind!: ConversationKind;

  /** The match this conversation belongs to; a plain id, so chat does not depend on matching. */
  @Property({ type: 'string', length: 64, nullable: true, unique: true })
  matchId?: string | null;

  /** The seq of the newest message; 0 before the first. */
  @Property({ type: 'integer', default: 0 })
  lastSeq: number = 0;

  /** When the newest message was written, or when the conversation opened: the order of her list. */
  @Index()
  @Property({ type: 'datetime' })
  lastActivityAt: Date = new Date();

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;

  @OneToMany(() => ConversationMember, (m) => m.conversation)
  members = new Collection<ConversationMember>(this);
}
