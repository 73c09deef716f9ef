import type { FeedbackSide, MatchOutcome } from '@aliadas/shared';
import type { Rel } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../accounts/user.entity.js';
import { Match } from '../matching/match.entity.js';
import { MatchOutcomeEnum } from '../matching/matching.enums.js';
import { MatchSideEnum } from '../goals/goals.enums.js';

/**
 * One side's word on a match that has ended. Read only by its author and by network staff: the other
 * person never sees it, so that a woman can rate the one who accompanied her honestly (feedback.policy.ts).
 */
@ObjectType({ description: 'One side’s rating and outcome of a match that ended; only its author and staff read it.' })
@Entity({ tableName: 'match_feedback' })
@Unique({ properties: ['match', 'side'] })
@Index({ properties: ['about', 'side'] })
export class Feedback {
  [OptionalProps]?: 'comment' | 'createdAt' | 'updatedAt' | 'matchId';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Match, { deleteRule: 'cascade' })
  match!: Rel<Match>;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  author!: Rel<User>;

  /** The other person of the match, whom this feedback is about (her reliability reads it, in sums). */
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  about!: Rel<User>;

  @Field(() => MatchSideEnum)
  @Property({ type: 'string', length: 12 })
  side!: FeedbackSide;

  @Field(() => Int, { description: 'From 1 to 5.' })
  @Property({ type: 'integer' })
  rating!: number;

  @Field(() => MatchOutcomeEnum)
  @Property({ type: 'string', length: 20 })
  outcome!: MatchOutcome;

  @Field(() => String, { nullable: true, description: 'For network staff only.' })
  @Property({ type: 'string', length: 2000, nullable: true })
  comment?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();

  @Field(() => ID)
  get matchId(): string {
    return this.match.id;
  }
}
