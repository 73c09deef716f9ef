// A goal the two people of a match set together, its milestones and the updates both of them post.
// Only the entrepreneur and the supporter of that match ever read these (goals.policy.ts).
import type { GoalStatus, PathwayCode } from '@aliadas/shared';
import type { Rel } from '@mikro-orm/core';
import { Collection, Entity, Index, ManyToOne, OneToMany, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../accounts/user.entity.js';
import { Match } from '../matching/match.entity.js';
import type { MatchSide } from './goals.policy.js';
import { GoalStatusEnum, MatchSideEnum, PathwayCodeEnum } from './goals.enums.js';

@ObjectType({ description: 'One step towards a goal, ticked by either of the two.' })
@Entity({ tableName: 'goal_milestones' })
@Index({ properties: ['goal', 'position'] })
export class GoalMilestone {
  [OptionalProps]?: 'doneAt' | 'done';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Goal, { deleteRule: 'cascade' })
  goal!: Rel<Goal>;

  @Field(() => Int, { description: 'Order within the goal, from 0.' })
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  doneAt?: Date | null;

  @Field(() => Boolean)
  get done(): boolean {
    return this.doneAt != null;
  }
}

@ObjectType({ description: 'A note on how a goal is going, from either side, perhaps moving its status.' })
@Entity({ tableName: 'goal_updates' })
@Index({ properties: ['goal', 'createdAt'] })
export class GoalUpdate {
  [OptionalProps]?: 'createdAt' | 'newStatus';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Goal, { deleteRule: 'cascade' })
  goal!: Rel<Goal>;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  author!: Rel<User>;

  /** Kept with the update, so showing who wrote it needs no look-up of the match. */
  @Field(() => MatchSideEnum, { description: 'Who wrote it: the entrepreneur or the supporter.' })
  @Property({ type: 'string', length: 20 })
  side!: MatchSide;

  @Field(() => String)
  @Property({ type: 'text' })
  body!: string;

  @Field(() => GoalStatusEnum, { nullable: true, description: 'The status the goal moved to with this update.' })
  @Property({ type: 'string', length: 20, nullable: true })
  newStatus?: GoalStatus | null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

@ObjectType({ description: 'A goal inside a mentorship, for example “apply to a seed capital fund”.' })
@Entity({ tableName: 'goals' })
@Index({ properties: ['match', 'createdAt'] })
export class Goal {
  [OptionalProps]?:
    | 'createdAt'
    | 'updatedAt'
    | 'description'
    | 'targetDate'
    | 'status'
    | 'pathway'
    | 'matchId'
    | 'milestoneList'
    | 'updateList'
    | 'milestonesDone';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Match, { deleteRule: 'cascade' })
  match!: Rel<Match>;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  createdBy!: Rel<User>;

  @Field(() => MatchSideEnum, { description: 'Who set it: the entrepreneur or the supporter.' })
  @Property({ type: 'string', length: 20 })
  createdBySide!: MatchSide;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  /** A calendar day (YYYY-MM-DD): a target has no time of day nor time zone. */
  @Field(() => String, { nullable: true, description: 'The day they aim to reach it by, as YYYY-MM-DD.' })
  @Property({ type: 'string', length: 10, nullable: true })
  targetDate?: string | null;

  @Field(() => GoalStatusEnum)
  @Property({ type: 'string', length: 20 })
  status: GoalStatus = 'NOT_STARTED';

  /** The pathway it was started from, kept after the two of them adapt it: the network counts roads walked. */
  @Field(() => PathwayCodeEnum, { nullable: true, description: 'The pathway this goal was started from, if any.' })
  @Property({ type: 'string', length: 40, nullable: true })
  pathway?: PathwayCode | null;

  @OneToMany(() => GoalMilestone, (m) => m.goal, { orderBy: { position: 'asc', id: 'asc' } })
  milestones = new Collection<GoalMilestone>(this);

  @OneToMany(() => GoalUpdate, (u) => u.goal, { orderBy: { createdAt: 'asc', id: 'asc' } })
  updates = new Collection<GoalUpdate>(this);

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => ID)
  get matchId(): string {
    return this.match.id;
  }

  // The service loads both lists with the goal, so these never query (no N+1).
  @Field(() => [GoalMilestone], { name: 'milestones', description: 'In order.' })
  get milestoneList(): GoalMilestone[] {
    return this.milestones.isInitialized() ? this.milestones.getItems() : [];
  }

  @Field(() => [GoalUpdate], { name: 'updates', description: 'Oldest first.' })
  get updateList(): GoalUpdate[] {
    return this.updates.isInitialized() ? this.updates.getItems() : [];
  }

  @Field(() => Int, { description: 'How many milestones are ticked.' })
  get milestonesDone(): number {
    return this.milestoneList.filter((m) => m.done).length;
  }
}
