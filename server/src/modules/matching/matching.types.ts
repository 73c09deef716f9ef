// GraphQL shapes of what the engine says: reasons as { code, params } so any client can translate them.
import type { CountryCode, SupportKind, Urgency } from '@aliadas/shared';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { CountryEnum, SupportKindEnum, UrgencyEnum } from '../../graphql/enums.js';
import type { User } from '../accounts/user.entity.js';
import type { Match } from './match.entity.js';
import { Demand } from './demand.entity.js';
import type { MatchActor, MatchOutcome, MatchReasonCode, MatchStatus } from './match-lifecycle.js';
import { MatchActorEnum, MatchOutcomeEnum, MatchReasonCodeEnum, MatchStatusEnum } from './matching.enums.js';

@ObjectType({
  description: 'Why: a stable code and its parameters, e.g. SHARED_LANGUAGE { lang: "ht", level: "NATIVE" }.',
})
export class Reason {
  @Field(() => String)
  code!: string;

  @Field(() => GraphQLJSONObject)
  params!: Record<string, unknown>;

  @Field(() => Float, { nullable: true, description: 'Points this reason adds to the score (score reasons only).' })
  contribution?: number | null;
}

@ObjectType({ description: 'A person on either side of a match, as the other side and staff see her.' })
export class MatchParty {
  @Field(() => ID)
  userId!: string;

  @Field(() => String, { description: 'Empty when she deleted her account.' })
  displayName!: string;

  @Field(() => Boolean, { description: 'She deleted her account.' })
  accountDeleted!: boolean;

  /** The match she is seen in: the `contact` field (privacy.resolver.ts) decides from it. */
  inMatch?: { match: Match; person: User };
}

@ObjectType({ description: 'Why nobody fits: the hard constraint that removed the last candidates.' })
export class UnmatchedReason {
  @Field(() => String, {
    description: 'A constraint code (NO_SHARED_LANGUAGE, NO_JURISDICTION…), CAPACITY_EXHAUSTED or AWAITING_ROUND.',
  })
  code!: string;

  @Field(() => GraphQLJSONObject)
  params!: Record<string, unknown>;

  @Field(() => GraphQLJSONObject, {
    description: 'Supporters stopped at each constraint, counted at the first one failed.',
  })
  failedCounts!: Record<string, number>;
}

@ObjectType()
export class Recommendation {
  @Field(() => MatchParty)
  supporter!: MatchParty;

  @Field(() => Float)
  score!: number;

  @Field(() => [Reason], { description: 'Largest contribution first.' })
  reasons!: Reason[];
}

@ObjectType({ description: 'The best supporters for one demand, or why nobody fits.' })
export class RecommendationResult {
  @Field(() => ID)
  demandId!: string;

  @Field(() => Int, { description: 'How many supporters pass every hard constraint.' })
  feasibleCount!: number;

  @Field(() => [Recommendation])
  recommendations!: Recommendation[];

  @Field(() => UnmatchedReason, { nullable: true, description: 'Set when nobody passes the hard constraints.' })
  blockedBy!: UnmatchedReason | null;
}

@ObjectType()
export class ReasonCount {
  @Field(() => String)
  code!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'A demand a round left open, and why.' })
export class UnmatchedDemand {
  @Field(() => ID)
  demandId!: string;

  @Field(() => SupportKindEnum)
  kind!: SupportKind;

  @Field(() => ID)
  entrepreneurUserId!: string;

  @Field(() => UnmatchedReason)
  why!: UnmatchedReason;

  @Field(() => Int, { description: 'Supporters who passed every hard constraint (all taken when CAPACITY_EXHAUSTED).' })
  feasibleCount!: number;
}

@ObjectType({ description: 'A pair a round proposes, with its reasons. In a dry run there is no match yet.' })
export class Proposal {
  @Field(() => ID, { nullable: true })
  matchId!: string | null;

  @Field(() => MatchStatusEnum, { nullable: true })
  status!: MatchStatus | null;

  @Field(() => ID)
  demandId!: string;

  @Field(() => SupportKindEnum)
  kind!: SupportKind;

  @Field(() => MatchParty)
  entrepreneur!: MatchParty;

  @Field(() => MatchParty)
  supporter!: MatchParty;

  @Field(() => Float)
  score!: number;

  @Field(() => [Reason])
  reasons!: Reason[];
}

@ObjectType({ description: 'An open demand, for coordinators, with why it is still open.' })
export class OpenDemand {
  @Field(() => Demand)
  demand!: Demand;

  @Field(() => MatchParty)
  entrepreneur!: MatchParty;

  @Field(() => CountryEnum)
  countryOfResidence!: CountryCode;

  @Field(() => String)
  city!: string;

  @Field(() => UrgencyEnum)
  urgency!: Urgency;

  @Field(() => Int)
  daysWaiting!: number;

  @Field(() => Int, { description: 'Supporters who could take her now.' })
  feasibleCount!: number;

  @Field(() => UnmatchedReason, {
    description: 'AWAITING_ROUND when someone could take her now; otherwise the constraint that stops everyone.',
  })
  why!: UnmatchedReason;
}

@ObjectType({ description: 'One step in the life of a match.' })
export class MatchHistoryEntry {
  @Field(() => MatchStatusEnum, { nullable: true })
  from!: MatchStatus | null;

  @Field(() => MatchStatusEnum)
  to!: MatchStatus;

  @Field(() => MatchActorEnum)
  actorRole!: MatchActor;

  @Field(() => MatchParty, { nullable: true, description: 'Empty when the system moved it.' })
  actor!: MatchParty | null;

  @Field(() => MatchReasonCodeEnum, {
    nullable: true,
    description: 'Safety and conduct reasons are shown only to their author and to staff.',
  })
  reason!: MatchReasonCode | null;

  @Field(() => MatchOutcomeEnum, { nullable: true })
  outcome!: MatchOutcome | null;

  @Field(() => String, { nullable: true, description: 'Shown only to its author and to staff.' })
  note!: string | null;

  @Field(() => Date)
  at!: Date;
}
