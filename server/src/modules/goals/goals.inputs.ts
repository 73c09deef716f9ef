import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { GOAL_STATUSES, LOCALES, PATHWAY_CODES, type GoalStatus, type Locale, type PathwayCode } from '@aliadas/shared';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsPlainText } from '../../graphql/validators.js';
import { GoalStatusEnum, MatchSideEnum, PathwayCodeEnum } from './goals.enums.js';
import { Goal } from './goal.entity.js';
import type { MatchSide } from './goals.policy.js';
import { GOAL_LIMITS } from './goals.limits.js';
import { SessionLogEntry } from './session-log-entry.entity.js';
import { MatchStatusEnum } from '../matching/matching.enums.js';
import { SupportKindEnum } from '../../graphql/enums.js';
import type { MatchStatus, SupportKind } from '@aliadas/shared';

// Lengths here are generous outer bounds in UTF-16 units; the service checks the real limits in
// characters and answers with a translatable key.
const DAY = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class GoalInput {
  @Field(() => String)
  @IsPlainText()
  @MaxLength(GOAL_LIMITS.title * 4)
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(GOAL_LIMITS.description * 4)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(DAY)
  targetDate?: string | null;

  @Field(() => [String], { nullable: true, description: 'Milestone titles, in order.' })
  @IsOptional()
  @ArrayMaxSize(GOAL_LIMITS.milestonesPerGoal)
  @IsPlainText({ each: true })
  @MaxLength(GOAL_LIMITS.milestoneTitle * 4, { each: true })
  milestones?: string[] | null;
}

@InputType({ description: 'A pathway to add as a goal; leave out what to take from the template as it is.' })
export class PathwayGoalInput {
  @Field(() => PathwayCodeEnum)
  @IsIn(PATHWAY_CODES)
  pathway!: PathwayCode;

  @Field(() => String, { nullable: true, description: 'The language of the template texts; hers when left out.' })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsPlainText()
  @MaxLength(GOAL_LIMITS.title * 4)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(GOAL_LIMITS.description * 4)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(DAY)
  targetDate?: string | null;

  @Field(() => [String], { nullable: true, description: 'The steps as adapted, in order.' })
  @IsOptional()
  @ArrayMaxSize(GOAL_LIMITS.milestonesPerGoal)
  @IsPlainText({ each: true })
  @MaxLength(GOAL_LIMITS.milestoneTitle * 4, { each: true })
  milestones?: string[] | null;
}

@ObjectType({ description: 'A pathway as a goal template, for the entrepreneur’s country, in one language.' })
export class PathwayTemplateView {
  @Field(() => PathwayCodeEnum)
  code!: PathwayCode;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  description!: string;

  @Field(() => [String], { description: 'The steps, in order.' })
  milestones!: string[];

  @Field(() => Boolean, { description: 'False when her country is outside the network: steps name kinds of office.' })
  localized!: boolean;
}

@InputType()
export class MilestoneInput {
  @Field(() => String)
  @IsPlainText()
  @MaxLength(GOAL_LIMITS.milestoneTitle * 4)
  title!: string;
}

@InputType()
export class GoalUpdateInput {
  @Field(() => String, { defaultValue: '', description: 'May be empty when the status changes.' })
  @IsString()
  @MaxLength(GOAL_LIMITS.update * 4)
  body!: string;

  @Field(() => GoalStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(GOAL_STATUSES)
  status?: GoalStatus | null;
}

@InputType()
export class SessionLogInput {
  @Field(() => String, { description: 'The day of the session, YYYY-MM-DD.' })
  @Matches(DAY)
  heldOn!: string;

  @Field(() => Int)
  @IsInt()
  @Min(GOAL_LIMITS.sessionMinutes.min)
  @Max(GOAL_LIMITS.sessionMinutes.max)
  durationMinutes!: number;

  @Field(() => String)
  @IsPlainText()
  @MaxLength(GOAL_LIMITS.sessionNotes * 4)
  notes!: string;
}

@ObjectType({ description: 'The goals and session log of one match, as one of its two people sees them.' })
export class GoalBoard {
  @Field(() => ID)
  matchId!: string;

  @Field(() => SupportKindEnum)
  kind!: SupportKind;

  @Field(() => MatchStatusEnum)
  matchStatus!: MatchStatus;

  @Field(() => MatchSideEnum, { description: 'Her side in this match.' })
  mySide!: MatchSide;

  @Field(() => String, { description: 'The name of the other person.' })
  partnerName!: string;

  @Field(() => Boolean, { description: 'False once the match has ended: then everything is read-only.' })
  writable!: boolean;

  @Field(() => [Goal], { description: 'Oldest first.' })
  goals!: Goal[];

  @Field(() => [SessionLogEntry], { description: 'Most recent session first.' })
  sessions!: SessionLogEntry[];
}
