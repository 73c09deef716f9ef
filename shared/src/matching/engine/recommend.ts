// The best supporters for one demand, fast enough for an interactive page: build a SupporterIndex once
// and reuse it across calls.
import { CONSTRAINT_CODES, isUsableLevel } from './constraints.js';
import type { ConstraintCode } from './constraints.js';
import { reasonsOf, resolveWeights, scorePair } from './score.js';
import type { ExplainedReason, ScoreWeights } from './score.js';
import { toSupporterIndex, weightVector } from './supporter-index.js';
import type { DemandFeatures, SupporterIndex } from './supporter-index.js';
import type { DemandCandidate, PairHistory, ReasonParams, SupporterCandidate } from './types.js';
import { EMPTY_PAIR_HISTORY } from './types.js';

export interface RecommendOptions {
  /** How many to return; 10 unless told. */
  limit?: number;
  weights?: Partial<ScoreWeights>;
}

export interface Recommendation {
  supporterId: string;
  supporterUserId: string;
  score: number;
  /** Largest contribution first. */
  reasons: ExplainedReason[];
}

export interface RecommendationResult {
  demandId: string;
  /** Best first; ties keep the supporters' order. */
  recommendations: Recommendation[];
  /** How many supporters passed every hard constraint. */
  feasibleCount: number;
  /** When nobody is feasible: the constraint that removed the last candidates. */
  blockedBy: DominantFailure | null;
}

export interface DominantFailure {
  code: ConstraintCode;
  params: ReasonParams;
  /** Supporters stopped at each constraint, each counted at the first one she fails. */
  counts: Partial<Record<ConstraintCode, number>>;
}

export const DEFAULT_RECOMMENDATION_LIMIT = 10;

export function recommend(
  demand: DemandCandidate,
  supporters: SupporterIndex | readonly SupporterCandidate[],
  history: PairHistory = EMPTY_PAIR_HISTORY,
  options: RecommendOptions = {},
): RecommendationResult {
  const index = toSupporterIndex(supporters);
  const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_RECOMMENDATION_LIMIT));
  const weights = resolveWeights(options.weights);
  const w = weightVector(weights);
  const features = index.prepare(demand, history);

  const feasible = new Int32Array(index.size);
  const count = index.feasible(features, feasible);
  if (count === 0) {
    return { demandId: demand.id, recommendations: [], feasibleCount: 0, blockedBy: dominantFailure(index, features) };
  }

  const scores = new Float64Array(count);
  const order = new Int32Array(count);
  for (let c = 0; c < count; c++) {
    scores[c] = index.score(features, feasible[c]!, w);
    order[c] = c;
  }
  // Typed-array sort is not stable; break ties on position so the result is deterministic.
  order.sort((a, b) => scores[b]! - scores[a]! || feasible[a]! - feasible[b]!);

  const recommendations: Recommendation[] = [];
  for (let r = 0; r < Math.min(limit, count); r++) {
    const c = order[r]!;
    const supporter = index.supporters[feasible[c]!]!;
    recommendations.push({
      supporterId: supporter.id,
      supporterUserId: supporter.userId,
      score: scores[c]!,
      reasons: reasonsOf(scorePair(demand, supporter, weights)),
    });
  }
  return { demandId: demand.id, recommendations, feasibleCount: count, blockedBy: null };
}

/**
 * Every supporter is counted at the first constraint she fails; the deepest constraint that stopped
 * anyone is the one that removed the last candidates ("speaks her language, but none holds CR law").
 */
export function dominantFailure(index: SupporterIndex, features: DemandFeatures): DominantFailure {
  const funnel = index.funnel(features);
  const counts: Partial<Record<ConstraintCode, number>> = {};
  let deepest = 0;
  CONSTRAINT_CODES.forEach((code, i) => {
    const n = funnel[i]!;
    if (n > 0) {
      counts[code] = n;
      deepest = i;
    }
  });
  const code = CONSTRAINT_CODES[deepest]!;
  return { code, params: failureParams(code, features.demand), counts };
}

export function failureParams(code: ConstraintCode, demand: DemandCandidate): ReasonParams {
  switch (code) {
    case 'KIND_NOT_OFFERED':
    case 'NOT_ACTIVE':
    case 'NOT_VERIFIED':
    case 'NO_CAPACITY':
      return { kind: demand.kind };
    case 'NO_SHARED_LANGUAGE':
      return { languages: demand.languages.filter((l) => isUsableLevel(l.level)).map((l) => l.language) };
    case 'NO_JURISDICTION':
      return { kind: demand.kind, country: demand.countryOfResidence };
    case 'IN_PERSON_NOT_OFFERED':
    case 'DIFFERENT_CITY':
      return { country: demand.countryOfResidence, city: demand.city };
    case 'SAME_PERSON':
    case 'BLOCKED':
    case 'ENDED_BADLY':
    case 'TURNED_DOWN_BEFORE':
      return {};
  }
}
