import type { Rel } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../accounts/user.entity.js';
import type { MatchActor, MatchOutcome, MatchReasonCode, MatchStatus } from './match-lifecycle.js';
import { Match } from './match.entity.js';

/** One step in a match's life: who moved it, when, from where to where, and why. Never changed. */
@Entity({ tableName: 'match_transitions' })
@Index({ properties: ['match', 'at'] })
export class MatchTransition {
  [OptionalProps]?: 'reason' | 'outcome' | 'note' | 'actor' | 'fromStatus';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Match, { deleteRule: 'cascade' })
  match!: Rel<Match>;

  /** Empty for the transition that created the match. */
  @Property({ type: 'string', length: 20, nullable: true })
  fromStatus?: MatchStatus | null;

  @Property({ type: 'string', length: 20 })
  toStatus!: MatchStatus;

  /** Empty when the system moved it (expiry, activation). */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  actor?: Rel<User> | null;

  @Property({ type: 'string', length: 20 })
  actorRole!: MatchActor;

  @Property({ type: 'string', length: 40, nullable: true })
  reason?: MatchReasonCode | null;

  @Property({ type: 'string', length: 20, nullable: true })
  outcome?: MatchOutcome | null;

  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Property({ type: 'datetime' })
  at!: Date;
}
