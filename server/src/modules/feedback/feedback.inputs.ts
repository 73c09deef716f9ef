import {
  FEEDBACK_LIMITS,
  FEEDBACK_RATING,
  MATCH_OUTCOMES,
  type FeedbackSide,
  type MatchOutcome,
  type SupportKind,
} from '@aliadas/shared';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { SupportKindEnum } from '../../graphql/enums.js';
import { MatchSideEnum } from '../goals/goals.enums.js';
import { MatchOutcomeEnum } from '../matching/matching.enums.js';
import { Feedback } from './feedback.entity.js';

@InputType({ description: 'Her rating and outcome of a match that ended.' })
export class FeedbackInput {
  @Field(() => Int, { description: 'From 1 to 5.' })
  @IsInt()
  @Min(FEEDBACK_RATING.min)
  @Max(FEEDBACK_RATING.max)
  rating!: number;

  @Field(() => MatchOutcomeEnum)
  @IsIn(MATCH_OUTCOMES as readonly string[] as string[])
  outcome!: MatchOutcome;

  // An outer bound in UTF-16 units; the service counts characters and answers with a translatable key.
  @Field(() => String, { nullable: true, description: 'Read only by network staff.' })
  @IsOptional()
  @IsString()
  @MaxLength(FEEDBACK_LIMITS.comment * 2)
  comment?: string | null;
}

@ObjectType({ description: 'A match of hers that ended, and her feedback on it if she gave it.' })
export class FeedbackRequestType {
  @Field(() => ID)
  matchId!: string;

  @Field(() => SupportKindEnum)
  kind!: SupportKind;

  @Field(() => MatchSideEnum)
  side!: FeedbackSide;

  @Field(() => String, { description: 'The other person of the match.' })
  partnerName!: string;

  @Field(() => Date)
  endedAt!: Date;

  @Field(() => Date, { description: 'Until when she may give or change her feedback.' })
  openUntil!: Date;

  @Field(() => Feedback, { nullable: true })
  given!: Feedback | null;
}
