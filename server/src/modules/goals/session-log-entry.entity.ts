import type { Rel } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../accounts/user.entity.js';
import { Match } from '../matching/match.entity.js';
import { MatchSideEnum } from './goals.enums.js';
import type { MatchSide } from './goals.policy.js';

/** One meeting of a mentorship, noted briefly by either of the two: when, how long, what they covered. */
@ObjectType({ description: 'A short record of one session between the two people of a match.' })
@Entity({ tableName: 'session_log_entries' })
@Index({ properties: ['match', 'heldOn'] })
export class SessionLogEntry {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Match, { deleteRule: 'cascade' })
  match!: Rel<Match>;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  author!: Rel<User>;

  @Field(() => MatchSideEnum, { description: 'Who noted it: the entrepreneur or the supporter.' })
  @Property({ type: 'string', length: 20 })
  side!: MatchSide;

  @Field(() => String, { description: 'The day of the session, as YYYY-MM-DD.' })
  @Property({ type: 'string', length: 10 })
  heldOn!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  durationMinutes!: number;

  @Field(() => String, { description: 'Topics and notes, in a few lines.' })
  @Property({ type: 'text' })
  notes!: string;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
