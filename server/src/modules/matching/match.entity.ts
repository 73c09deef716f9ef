import type { ExplainedReason, SupportKind } from '@aliadas/shared';
import type { Rel } from '@mikro-orm/core';
import { Collection, Entity, Index, ManyToOne, OneToMany, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { SupportKindEnum } from '../../graphql/enums.js';
import { User } from '../accounts/user.entity.js';
import { Demand } from './demand.entity.js';
import type { MatchOrigin, MatchOutcome, MatchReasonCode, MatchStatus } from './match-lifecycle.js';
import { MatchTransition } from './match-transition.entity.js';
import { MatchingRound } from './matching-round.entity.js';
import { MatchOriginEnum, MatchStatusEnum } from './matching.enums.js';

/** One supporter for one demand, through its lifecycle (match-lifecycle.ts). */
@ObjectType({ description: 'A supporter and an entrepreneur brought together for one kind of support.' })
@Entity({ tableName: 'matches' })
@Index({ properties: ['supporter', 'status'] })
@Index({ properties: ['entrepreneur', 'status'] })
@Index({ properties: ['status', 'invitationExpiresAt'] })
export class Match {
  [OptionalProps]?:
    | 'createdAt'
    | 'updatedAt'
    | 'version'
    | 'round'
    | 'invitationExpiresAt'
    | 'approvedAt'
    | 'endedBadly'
    | 'outcome'
    | 'endReason'
    | 'demandId'
    | 'roundId';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Demand, { deleteRule: 'cascade' })
  demand!: Rel<Demand>;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  entrepreneur!: Rel<User>;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  supporter!: Rel<User>;

  @Field(() => SupportKindEnum)
  @Property({ type: 'string', length: 20 })
  kind!: SupportKind;

  @Field(() => MatchStatusEnum)
  @Property({ type: 'string', length: 20 })
  status!: MatchStatus;

  @Field(() => Float, { description: 'The engine’s score of this pair when it was proposed.' })
  @Property({ type: 'double' })
  score!: number;

  /** The engine's reasons, largest contribution first; sent over GraphQL as { code, params }. */
  @Property({ type: 'json' })
  reasons!: ExplainedReason[];

  @Field(() => MatchOriginEnum)
  @Property({ type: 'string', length: 10 })
  origin!: MatchOrigin;

  @ManyToOne(() => MatchingRound, { nullable: true, deleteRule: 'set null' })
  round?: Rel<MatchingRound> | null;

  @Field(() => Date, { nullable: true, description: 'When a coordinator approved it and the supporter was invited.' })
  @Property({ type: 'datetime', nullable: true })
  approvedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When an approved invitation expires unanswered.' })
  @Property({ type: 'datetime', nullable: true })
  invitationExpiresAt?: Date | null;

  /** Ended for safety or conduct: the pair is never proposed again. Staff-only knowledge. */
  @Property({ type: 'boolean' })
  endedBadly: boolean = false;

  /** How it went, when COMPLETED; shown through the history with its privacy rules. */
  @Property({ type: 'string', length: 20, nullable: true })
  outcome?: MatchOutcome | null;

  /** The reason of the transition that ended it; shown through the history with its privacy rules. */
  @Property({ type: 'string', length: 40, nullable: true })
  endReason?: MatchReasonCode | null;

  @OneToMany(() => MatchTransition, (t) => t.match, { orderBy: { at: 'asc', id: 'asc' } })
  history = new Collection<MatchTransition>(this);

  /** Optimistic lock: a match moves once even when two people press at the same moment. */
  @Property({ version: true })
  version!: number;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => ID)
  get demandId(): string {
    return this.demand.id;
  }

  @Field(() => ID, { nullable: true })
  get roundId(): string | null {
    return this.round?.id ?? null;
  }
}
