// The score of a feasible pair: a weighted sum of named terms, each with a reason a person can read.
import type { LanguageCode, LanguageLevel, Urgency } from '../../vocabulary/index.js';
import { availabilityMask, overlapMinutes } from './availability.js';
import { freeCapacity, isJurisdictionBound } from './constraints.js';
import { DEFAULT_RELIABILITY } from './reliability.js';
import type { DemandCandidate, Reason, SupporterCandidate } from './types.js';

export const SCORE_TERMS = [
  'needs',
  'language',
  'country',
  'sector',
  'stage',
  'availability',
  'urgency',
  'waiting',
  'load',
  'reliability',
] as const;
export type ScoreTerm = (typeof SCORE_TERMS)[number];
export type ScoreWeights = Record<ScoreTerm, number>;

/** The one place the balance between terms is set. Each term's value is in [0, 1]; these are its points. */
export const DEFAULT_SCORE_WEIGHTS: Readonly<ScoreWeights> = Object.freeze({
  needs: 30,
  language: 15,
  country: 10,
  sector: 8,
  stage: 5,
  availability: 10,
  urgency: 8,
  waiting: 8,
  load: 6,
  reliability: 8,
});

/** Where a term stops growing: enough weekly time in common, and long enough to wait. */
export const SCORE_SCALES = Object.freeze({ availabilityFullMinutes: 240, waitingFullDays: 90 });

/** A feasible pair always scores above zero, even under weights that zero every term. */
export const MIN_FEASIBLE_SCORE = 0.001;

export const LANGUAGE_LEVEL_VALUE: Readonly<Record<LanguageLevel, number>> = Object.freeze({
  NATIVE: 1,
  FLUENT: 0.8,
  CONVERSATIONAL: 0.5,
  BASIC: 0,
});

export const URGENCY_VALUE: Readonly<Record<Urgency, number>> = Object.freeze({ LOW: 0, NORMAL: 0.5, HIGH: 1 });

export const REASON_CODES = [
  'NEEDS_COVERED',
  'SHARED_LANGUAGE',
  'JURISDICTION',
  'LOCAL_MARKET',
  'SAME_COUNTRY',
  'OTHER_COUNTRY',
  'SECTOR_MATCH',
  'SECTOR_OTHER',
  'SECTOR_UNKNOWN',
  'STAGE_MATCH',
  'STAGE_ANY',
  'STAGE_OTHER',
  'AVAILABILITY_OVERLAP',
  'NO_COMMON_TIME',
  'URGENCY',
  'WAITING',
  'FREE_CAPACITY',
  'TRACK_RECORD',
  'NEW_SUPPORTER',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export interface ScoreReason extends Reason {
  code: ReasonCode;
}

export interface TermScore {
  term: ScoreTerm;
  /** In [0, 1]. */
  value: number;
  weight: number;
  /** weight × value: the points this term adds. */
  contribution: number;
  reason: ScoreReason;
}

export interface PairScore {
  score: number;
  terms: TermScore[];
}

export interface ExplainedReason extends ScoreReason {
  term: ScoreTerm;
  contribution: number;
}

export function resolveWeights(weights?: Partial<ScoreWeights>): ScoreWeights {
  const resolved = { ...DEFAULT_SCORE_WEIGHTS };
  if (weights) {
    for (const term of SCORE_TERMS) {
      const w = weights[term];
      if (w !== undefined && Number.isFinite(w)) resolved[term] = w;
    }
  }
  return resolved;
}

// Term values shared with the indexed fast path (index.ts), so both give the same score.
export function needsValue(covered: number, total: number): number {
  return total > 0 ? covered / total : 0;
}
export function availabilityValue(minutes: number): number {
  return Math.min(minutes, SCORE_SCALES.availabilityFullMinutes) / SCORE_SCALES.availabilityFullMinutes;
}
export function waitingValue(days: number): number {
  return Math.min(Math.max(days, 0), SCORE_SCALES.waitingFullDays) / SCORE_SCALES.waitingFullDays;
}
export function loadValue(free: number, capacity: number): number {
  return capacity > 0 ? Math.min(1, Math.max(0, free / capacity)) : 0;
}
export const STAGE_ANY_VALUE = 0.5;
/** Someone new scores as the typical supporter: the server gives her the network's mean. */
export function reliabilityValue(supporter: SupporterCandidate): number {
  const value = supporter.trackRecord?.reliability;
  return value !== undefined && Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : DEFAULT_RELIABILITY;
}

/** Sums contributions in SCORE_TERMS order, so every path adds the same numbers in the same order. */
export function totalScore(values: ArrayLike<number>, weights: ScoreWeights): number {
  let sum = 0;
  for (let t = 0; t < SCORE_TERMS.length; t++) sum += weights[SCORE_TERMS[t]!] * (values[t] ?? 0);
  return sum > MIN_FEASIBLE_SCORE ? sum : MIN_FEASIBLE_SCORE;
}

interface SharedLanguage {
  lang: LanguageCode;
  level: LanguageLevel;
  value: number;
}

/** The best language both speak: the one where the weaker of the two levels is highest. */
export function bestSharedLanguage(demand: DemandCandidate, supporter: SupporterCandidate): SharedLanguage | null {
  let best: SharedLanguage | null = null;
  for (const mine of demand.languages) {
    for (const theirs of supporter.languages) {
      if (theirs.language !== mine.language) continue;
      const mineValue = LANGUAGE_LEVEL_VALUE[mine.level];
      const theirValue = LANGUAGE_LEVEL_VALUE[theirs.level];
      const value = Math.min(mineValue, theirValue);
      if (value > 0 && (!best || value > best.value)) {
        best = { lang: mine.language, level: mineValue <= theirValue ? mine.level : theirs.level, value };
      }
    }
  }
  return best;
}

/**
 * Scores a pair term by term. Meant for pairs that pass the hard constraints; on others the terms are
 * still computed but mean little.
 */
export function scorePair(
  demand: DemandCandidate,
  supporter: SupporterCandidate,
  weights?: Partial<ScoreWeights>,
): PairScore {
  const w = resolveWeights(weights);
  const values: number[] = [];
  const reasons: ScoreReason[] = [];
  const add = (value: number, reason: ScoreReason): void => {
    values.push(value);
    reasons.push(reason);
  };

  // needs
  const served = new Set(supporter.needs);
  const demandNeeds = [...new Set(demand.needs)];
  const coveredNeeds = demandNeeds.filter((n) => served.has(n));
  add(needsValue(coveredNeeds.length, demandNeeds.length), {
    code: 'NEEDS_COVERED',
    params: { covered: coveredNeeds.length, total: demandNeeds.length, needs: coveredNeeds },
  });

  // language
  const language = bestSharedLanguage(demand, supporter);
  add(language?.value ?? 0, {
    code: 'SHARED_LANGUAGE',
    params: language ? { lang: language.lang, level: language.level } : {},
  });

  // country: the law she advises on, or knowing the local market
  const residence = demand.countryOfResidence;
  if (isJurisdictionBound(demand.kind) && supporter.jurisdictions.includes(residence)) {
    add(1, { code: 'JURISDICTION', params: { country: residence } });
  } else if (supporter.country === residence) {
    add(1, { code: demand.kind === 'MENTOR' ? 'LOCAL_MARKET' : 'SAME_COUNTRY', params: { country: residence } });
  } else {
    add(0, { code: 'OTHER_COUNTRY', params: { country: supporter.country, residence } });
  }

  // sector
  if (demand.sector === null) add(0, { code: 'SECTOR_UNKNOWN', params: {} });
  else if (supporter.sectors.includes(demand.sector))
    add(1, { code: 'SECTOR_MATCH', params: { sector: demand.sector } });
  else add(0, { code: 'SECTOR_OTHER', params: { sector: demand.sector } });

  // business stage
  const stages = supporter.businessStages ?? [];
  if (stages.length === 0) add(STAGE_ANY_VALUE, { code: 'STAGE_ANY', params: { stage: demand.businessStage } });
  else if (stages.includes(demand.businessStage))
    add(1, { code: 'STAGE_MATCH', params: { stage: demand.businessStage } });
  else add(0, { code: 'STAGE_OTHER', params: { stage: demand.businessStage } });

  // availability, compared in UTC
  const minutes = overlapMinutes(availabilityMask(demand.availability), 0, availabilityMask(supporter.availability), 0);
  add(
    availabilityValue(minutes),
    minutes > 0
      ? { code: 'AVAILABILITY_OVERLAP', params: { hours: minutes / 60 } }
      : { code: 'NO_COMMON_TIME', params: {} },
  );

  // fairness to her: urgency and time waited
  add(URGENCY_VALUE[demand.urgency], { code: 'URGENCY', params: { urgency: demand.urgency } });
  const days = Math.max(0, Math.floor(demand.daysWaiting));
  add(waitingValue(days), { code: 'WAITING', params: { days } });

  // fairness between supporters: favour those with room, to spread the load
  const free = freeCapacity(supporter);
  add(loadValue(free, supporter.capacity), { code: 'FREE_CAPACITY', params: { free, capacity: supporter.capacity } });

  // reliability: how she kept her word before; the reason tells only how many matches she saw through,
  // never a rating, since the supporter and the entrepreneur both read it
  const record = supporter.trackRecord;
  add(
    reliabilityValue(supporter),
    record && record.evidence > 0
      ? { code: 'TRACK_RECORD', params: { completed: record.completed } }
      : { code: 'NEW_SUPPORTER', params: {} },
  );

  const terms = SCORE_TERMS.map((term, t): TermScore => {
    const value = values[t] ?? 0;
    return { term, value, weight: w[term], contribution: w[term] * value, reason: reasons[t]! };
  });
  return { score: totalScore(values, w), terms };
}

/** The reasons that add to the score, largest contribution first. */
export function reasonsOf(pairScore: PairScore): ExplainedReason[] {
  return pairScore.terms
    .filter((t) => t.contribution > 0)
    .sort((a, b) => b.contribution - a.contribution)
    .map((t) => ({ term: t.term, code: t.reason.code, params: t.reason.params, contribution: t.contribution }));
}

export function explain(
  demand: DemandCandidate,
  supporter: SupporterCandidate,
  weights?: Partial<ScoreWeights>,
): ExplainedReason[] {
  return reasonsOf(scorePair(demand, supporter, weights));
}
