import type { CountryCode, FeedbackSide, MatchOutcome, Need, SupportKind } from '@aliadas/shared';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { CountryEnum, NeedEnum, SupportKindEnum } from '../../graphql/enums.js';
import { MatchSideEnum } from '../goals/goals.enums.js';
import { MatchOutcomeEnum } from '../matching/matching.enums.js';

@ObjectType({ description: 'Open demands against free seats for one need in one language.' })
export class NeedLanguageFigures {
  @Field(() => NeedEnum)
  need!: Need;

  @Field(() => String, { description: 'BCP-47 code of the language.' })
  language!: string;

  @Field(() => Int, { description: 'Open demands asking for this need with this language at a usable level.' })
  demand!: number;

  @Field(() => Int, {
    description: 'Free seats of active supporters (verified, for advisers) offering this need in this language.',
  })
  supply!: number;
}

@ObjectType({ description: 'Demand, supply and capacity in one country.' })
export class CountryFigures {
  @Field(() => CountryEnum)
  country!: CountryCode;

  @Field(() => Int, { description: 'Open demands of women living there.' })
  openDemands!: number;

  @Field(() => Int, { description: 'Active supporters living there.' })
  supporters!: number;

  @Field(() => Int, { description: 'Seats those supporters offer (the sum of their capacities).' })
  seats!: number;

  @Field(() => Int, { description: 'Seats taken by approved, accepted or active matches.' })
  seatsUsed!: number;
}

@ObjectType({ description: 'How long women waited from asking to a supporter being invited for them.' })
export class TimeToMatchFigures {
  @Field(() => SupportKindEnum, { nullable: true, description: 'The kind of support; null for all kinds together.' })
  kind!: SupportKind | null;

  @Field(() => Int, { description: 'Demands counted (matches approved and not declined or expired).' })
  matched!: number;

  @Field(() => Float, { nullable: true, description: 'Median wait in hours (nearest rank); null when none.' })
  medianHours!: number | null;

  @Field(() => Float, { nullable: true, description: '90th percentile of the wait in hours (nearest rank).' })
  p90Hours!: number | null;
}

@ObjectType({ description: 'Why demands still open were left unmatched by the latest round.' })
export class UnmatchedReasonFigures {
  @Field(() => String)
  code!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'How many feedbacks gave one outcome.' })
export class FeedbackOutcomeFigures {
  @Field(() => MatchOutcomeEnum)
  outcome!: MatchOutcome;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Feedback from one side of the matches that ended.' })
export class FeedbackSideFigures {
  @Field(() => MatchSideEnum)
  side!: FeedbackSide;

  @Field(() => Int, { description: 'People of this side asked: one per match that ended after being active.' })
  asked!: number;

  @Field(() => Int)
  given!: number;

  @Field(() => Int, { nullable: true, description: 'Whole percent of those asked who answered; null when none.' })
  responsePercent!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Average rating (1 to 5), to one decimal; null while too few answered to show it.',
  })
  averageRating!: number | null;

  @Field(() => [FeedbackOutcomeFigures], { description: 'Most frequent first; empty while too few answered.' })
  outcomes!: FeedbackOutcomeFigures[];

  @Field(() => Boolean, { description: 'The average and outcomes are held back: too few answered.' })
  suppressed!: boolean;
}

@ObjectType({ description: 'Feedback at the end of matches: response rate, ratings and outcomes per side.' })
export class FeedbackFigures {
  @Field(() => Int, { description: 'Matches that ended (completed or withdrawn) after being active.' })
  matchesEnded!: number;

  @Field(() => Int, { nullable: true, description: 'Whole percent of both sides asked who answered.' })
  responsePercent!: number | null;

  @Field(() => Int, { description: 'Fewer answers than this on a side hold back its average and outcomes.' })
  minRatingsShown!: number;

  @Field(() => [FeedbackSideFigures], { description: 'The entrepreneurs’ side first, then the supporters’.' })
  sides!: FeedbackSideFigures[];
}

@ObjectType({ description: 'The whole network at a glance.' })
export class DashboardTotals {
  @Field(() => Int)
  openDemands!: number;

  @Field(() => Int, { description: 'Active supporters.' })
  supporters!: number;

  @Field(() => Int)
  seats!: number;

  @Field(() => Int)
  seatsUsed!: number;
}

@ObjectType({ description: 'Aggregated figures for coordinators: counts only, never a person.' })
export class Dashboard {
  @Field(() => Date)
  generatedAt!: Date;

  @Field(() => DashboardTotals)
  totals!: DashboardTotals;

  @Field(() => [NeedLanguageFigures], { description: 'Largest shortfall (demand minus supply) first.' })
  demandSupply!: NeedLanguageFigures[];

  @Field(() => [CountryFigures], { description: 'Countries with demand or supply, most open demands first.' })
  countries!: CountryFigures[];

  @Field(() => [UnmatchedReasonFigures], { description: 'Most frequent reason first.' })
  unmatchedReasons!: UnmatchedReasonFigures[];

  @Field(() => Date, { nullable: true, description: 'When the round behind unmatchedReasons ran.' })
  unmatchedRoundAt!: Date | null;

  @Field(() => [TimeToMatchFigures], { description: 'All kinds together first, then each kind with matches.' })
  timeToMatch!: TimeToMatchFigures[];

  @Field(() => FeedbackFigures)
  feedback!: FeedbackFigures;
}
