// The pure matching engine: hard constraints, explainable scores, recommendations and rounds.
export {
  EMPTY_PAIR_HISTORY,
  type DemandCandidate,
  type PairHistory,
  type Reason,
  type ReasonParams,
  type SupporterCandidate,
} from './types.js';
export {
  CONSTRAINT_CODES,
  checkPair,
  failedConstraints,
  freeCapacity,
  placeKey,
  type ConstraintCode,
  type PairCheck,
} from './constraints.js';
export {
  DEFAULT_SCORE_WEIGHTS,
  LANGUAGE_LEVEL_VALUE,
  MIN_FEASIBLE_SCORE,
  REASON_CODES,
  SCORE_SCALES,
  SCORE_TERMS,
  URGENCY_VALUE,
  explain,
  reasonsOf,
  resolveWeights,
  scorePair,
  type ExplainedReason,
  type PairScore,
  type ReasonCode,
  type ScoreReason,
  type ScoreTerm,
  type ScoreWeights,
  type TermScore,
} from './score.js';
export {
  DEFAULT_RELIABILITY,
  DEFAULT_RELIABILITY_PRIOR,
  networkPrior,
  trackRecordOf,
  type ReliabilityPrior,
  type SupporterHistory,
  type SupporterTrackRecord,
} from './reliability.js';
export { availabilityMask, overlapMinutes, utcOffsetMinutes } from './availability.js';
export { SupporterIndex, type DemandFeatures } from './supporter-index.js';
export {
  DEFAULT_RECOMMENDATION_LIMIT,
  recommend,
  type DominantFailure,
  type Recommendation,
  type RecommendationResult,
  type RecommendOptions,
} from './recommend.js';
export {
  buildRoundProblem,
  OPEN_DEMAND_REASON_CODES,
  planRound,
  UNMATCHED_REASON_CODES,
  type OpenDemandReasonCode,
  type Proposal,
  type RoundOptions,
  type RoundPlan,
  type RoundProblem,
  type UnmatchedDemand,
  type UnmatchedReasonCode,
} from './round.js';
export {
  Dice,
  NETWORK_CITIES,
  generateNetwork,
  mulberry32,
  type GeneratedEntrepreneur,
  type GeneratedNetwork,
  type GeneratedSupporter,
  type NetworkCountryCode,
  type NetworkOptions,
} from './generator.js';
