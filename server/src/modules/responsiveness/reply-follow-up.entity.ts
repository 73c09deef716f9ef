// One stretch of silence in an active match: the entrepreneur wrote (from `awaitingSeq` on) and her
// supporter has not answered since `awaitingSince`. The follow-up remembers what was already done about
// it (a reminder to the supporter, then an alert to coordinators and a new match offered to her), so each
// happens once, and closes when the supporter answers or the match ends.
import type { Rel } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../accounts/user.entity.js';
import { Match } from '../matching/match.entity.js';

@Entity({ tableName: 'reply_follow_ups' })
@Unique({ properties: ['match', 'awaitingSeq'] })
@Index({ properties: ['resolvedAt', 'supporter'] })
export class ReplyFollowUp {
  [OptionalProps]?: 'remindedAt' | 'alertedAt' | 'resolvedAt' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Match, { deleteRule: 'cascade' })
  match!: Rel<Match>;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  supporter!: Rel<User>;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  entrepreneur!: Rel<User>;

  /** The conversation the silence is in, for links (ids only). */
  @Property({ type: 'string', length: 64 })
  conversationId!: string;

  /** Her first message the supporter has not answered. */
  @Property({ type: 'integer' })
  awaitingSeq!: number;

  @Property({ type: 'datetime' })
  awaitingSince!: Date;

  @Property({ type: 'datetime', nullable: true })
  remindedAt?: Date | null;

  /** When coordinators were alerted and she was offered a new match. */
  @Property({ type: 'datetime', nullable: true })
  alertedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  resolvedAt?: Date | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
