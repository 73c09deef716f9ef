// Hard constraints: a pair that fails any of them is never proposed. Each failure has a stable code so a
// coordinator can see why someone was left out.
import { JURISDICTION_BOUND_KINDS, USABLE_LANGUAGE_LEVELS } from '../../vocabulary/index.js';
import type { CountryCode, LanguageLevel, SupportKind } from '../../vocabulary/index.js';
import type { DemandCandidate, PairHistory, SupporterCandidate } from './types.js';
import { EMPTY_PAIR_HISTORY } from './types.js';

/**
 * In funnel order: when a demand has no feasible supporter, the last step of this list that still had
 * candidates before it names the reason (see round.ts).
 */
export const CONSTRAINT_CODES = [
  'KIND_NOT_OFFERED',
  'NOT_ACTIVE',
  'NOT_VERIFIED',
  'NO_SHARED_LANGUAGE',
  'NO_JURISDICTION',
  'IN_PERSON_NOT_OFFERED',
  'DIFFERENT_CITY',
  'NO_CAPACITY',
  'SAME_PERSON',
  'BLOCKED',
  'ENDED_BADLY',
  'TURNED_DOWN_BEFORE',
] as const;
export type ConstraintCode = (typeof CONSTRAINT_CODES)[number];

export type PairCheck = { feasible: true } | { feasible: false; failed: ConstraintCode[] };

export const RELATION_BLOCKED = 1;
export const RELATION_ENDED_BADLY = 2;
/** Between a demand and a supporter, not two users: see PairHistory.turnedDown. */
export const RELATION_TURNED_DOWN = 4;

export type PairHistoryIndex = ReadonlyMap<string, ReadonlyMap<string, number>>;

const historyIndexes = new WeakMap<PairHistory, PairHistoryIndex>();

/** userId → other userId → relation flags, both directions. Cached per history object. */
export function indexPairHistory(history: PairHistory): PairHistoryIndex {
  const cached = historyIndexes.get(history);
  if (cached) return cached;
  const index = new Map<string, Map<string, number>>();
  const mark = (a: string, b: string, flag: number): void => {
    let row = index.get(a);
    if (!row) index.set(a, (row = new Map<string, number>()));
    row.set(b, (row.get(b) ?? 0) | flag);
  };
  for (const { userId, blockedUserId } of history.blocks) {
    mark(userId, blockedUserId, RELATION_BLOCKED);
    mark(blockedUserId, userId, RELATION_BLOCKED);
  }
  for (const { entrepreneurUserId, supporterUserId } of history.badEndings) {
    mark(entrepreneurUserId, supporterUserId, RELATION_ENDED_BADLY);
    mark(supporterUserId, entrepreneurUserId, RELATION_ENDED_BADLY);
  }
  historyIndexes.set(history, index);
  return index;
}

export function pairRelation(history: PairHistory, userA: string, userB: string): number {
  return indexPairHistory(history).get(userA)?.get(userB) ?? 0;
}

const turnedDownIndexes = new WeakMap<PairHistory, ReadonlyMap<string, ReadonlySet<string>>>();

/** Supporter user ids already turned down for this demand, or undefined when none. Cached per history. */
export function turnedDownFor(history: PairHistory, demandId: string): ReadonlySet<string> | undefined {
  let index = turnedDownIndexes.get(history);
  if (!index) {
    const byDemand = new Map<string, Set<string>>();
    for (const { demandId: id, supporterUserId } of history.turnedDown ?? []) {
      let set = byDemand.get(id);
      if (!set) byDemand.set(id, (set = new Set<string>()));
      set.add(supporterUserId);
    }
    turnedDownIndexes.set(history, (index = byDemand));
  }
  return index.get(demandId);
}

export function isUsableLevel(level: LanguageLevel): boolean {
  return USABLE_LANGUAGE_LEVELS.includes(level);
}

export function isJurisdictionBound(kind: SupportKind): boolean {
  return JURISDICTION_BOUND_KINDS.includes(kind);
}

/** Mentors are volunteers matched on trust; advisers give professional advice and must be checked. */
export function requiresVerification(kind: SupportKind): boolean {
  return kind !== 'MENTOR';
}

/** Same place for an in-person meeting: country plus the city name without case, accents or extra spaces. */
export function placeKey(country: CountryCode, city: string): string {
  const normalized = city
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
  return `${country}|${normalized}`;
}

export function freeCapacity(supporter: SupporterCandidate): number {
  return Math.max(0, Math.floor(supporter.capacity) - Math.max(0, Math.floor(supporter.activeLoad)));
}

export function sharesUsableLanguage(demand: DemandCandidate, supporter: SupporterCandidate): boolean {
  for (const mine of demand.languages) {
    if (!isUsableLevel(mine.level)) continue;
    for (const theirs of supporter.languages) {
      if (theirs.language === mine.language && isUsableLevel(theirs.level)) return true;
    }
  }
  return false;
}

/** Every hard constraint the pair fails, in CONSTRAINT_CODES order. */
export function failedConstraints(
  demand: DemandCandidate,
  supporter: SupporterCandidate,
  history: PairHistory = EMPTY_PAIR_HISTORY,
): ConstraintCode[] {
  const failed: ConstraintCode[] = [];
  if (!supporter.supportKinds.includes(demand.kind)) failed.push('KIND_NOT_OFFERED');
  if (!supporter.active) failed.push('NOT_ACTIVE');
  if (requiresVerification(demand.kind) && !supporter.verified) failed.push('NOT_VERIFIED');
  if (!sharesUsableLanguage(demand, supporter)) failed.push('NO_SHARED_LANGUAGE');
  if (isJurisdictionBound(demand.kind) && !supporter.jurisdictions.includes(demand.countryOfResidence)) {
    failed.push('NO_JURISDICTION');
  }
  if (demand.modality === 'IN_PERSON') {
    if (!supporter.modalities.includes('IN_PERSON')) failed.push('IN_PERSON_NOT_OFFERED');
    if (placeKey(demand.countryOfResidence, demand.city) !== placeKey(supporter.country, supporter.city)) {
      failed.push('DIFFERENT_CITY');
    }
  }
  if (freeCapacity(supporter) <= 0) failed.push('NO_CAPACITY');
  if (demand.entrepreneurUserId === supporter.userId) failed.push('SAME_PERSON');
  const relation = pairRelation(history, demand.entrepreneurUserId, supporter.userId);
  if (relation & RELATION_BLOCKED) failed.push('BLOCKED');
  if (relation & RELATION_ENDED_BADLY) failed.push('ENDED_BADLY');
  if (turnedDownFor(history, demand.id)?.has(supporter.userId)) failed.push('TURNED_DOWN_BEFORE');
  return failed;
}

export function checkPair(
  demand: DemandCandidate,
  supporter: SupporterCandidate,
  history: PairHistory = EMPTY_PAIR_HISTORY,
): PairCheck {
  const failed = failedConstraints(demand, supporter, history);
  return failed.length === 0 ? { feasible: true } : { feasible: false, failed };
}
