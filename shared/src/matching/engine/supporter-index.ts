// Supporters turned into flat arrays and bit masks once, so that checking and scoring a demand against
// thousands of them is a tight loop. It gives the same answers as constraints.ts and score.ts.
import { SUPPORT_KINDS } from '../../vocabulary/index.js';
import { AVAILABILITY_WORDS, BLOCK_MINUTES, popcount32, writeAvailabilityMask } from './availability.js';
import {
  CONSTRAINT_CODES,
  freeCapacity,
  indexPairHistory,
  isJurisdictionBound,
  placeKey,
  RELATION_BLOCKED,
  RELATION_ENDED_BADLY,
  RELATION_TURNED_DOWN,
  requiresVerification,
  turnedDownFor,
} from './constraints.js';
import type { ConstraintCode } from './constraints.js';
import {
  availabilityValue,
  LANGUAGE_LEVEL_VALUE,
  loadValue,
  MIN_FEASIBLE_SCORE,
  needsValue,
  reliabilityValue,
  SCORE_TERMS,
  STAGE_ANY_VALUE,
  URGENCY_VALUE,
  waitingValue,
} from './score.js';
import type { ScoreWeights } from './score.js';
import type { DemandCandidate, PairHistory, SupporterCandidate } from './types.js';

/** Codes of one kind (languages, countries…) numbered for bit masks. */
class CodeBits {
  private readonly ids = new Map<string, number>();
  constructor(private readonly what: string) {}
  /** Adds the code if new; supporters define the bits, demands only look them up. */
  add(code: string): number {
    let id = this.ids.get(code);
    if (id === undefined) {
      id = this.ids.size;
      if (id >= 31) throw new RangeError(`More than 31 distinct ${this.what} among supporters`);
      this.ids.set(code, id);
    }
    return id;
  }
  get(code: string): number {
    return this.ids.get(code) ?? -1;
  }
  get size(): number {
    return this.ids.size;
  }
  maskOf(codes: Iterable<string>, adding: boolean): number {
    let mask = 0;
    for (const code of codes) {
      const id = adding ? this.add(code) : this.get(code);
      if (id >= 0) mask |= 1 << id;
    }
    return mask;
  }
}

const MAX_LANGUAGES = 31;
const KIND_INDEX = new Map<string, number>(SUPPORT_KINDS.map((k, i) => [k, i]));

/** One demand prepared for the index: computed once per demand, used against every supporter. */
export interface DemandFeatures {
  demand: DemandCandidate;
  kind: number;
  jurisdictionBound: boolean;
  verifiedOnly: boolean;
  needMask: number;
  needTotal: number;
  /** Languages she uses at a usable level, as index bits. */
  languageMask: number;
  /** Level value per language bit (0 when absent or only basic). */
  languageValue: Float64Array;
  residenceBit: number;
  residence: number;
  inPerson: boolean;
  place: number;
  sectorMask: number;
  stageMask: number;
  availability: Int32Array;
  /** Indexes of the non-empty words of `availability`. */
  availabilityWords: Int32Array;
  /** Terms that depend only on her: urgency and time waited. */
  urgencyValue: number;
  waitingValue: number;
  /** User ids she must not be paired with for this demand (blocks, bad endings, turn-downs), or null. */
  keepApart: ReadonlyMap<string, number> | null;
}

export class SupporterIndex {
  readonly supporters: readonly SupporterCandidate[];
  readonly size: number;
  readonly userIds: readonly string[];
  /** Free seats per supporter (capacity minus active load, never negative). */
  readonly free: Int32Array;

  private readonly languages = new CodeBits('languages');
  private readonly countries = new CodeBits('countries');
  private readonly needs = new CodeBits('needs');
  private readonly sectors = new CodeBits('sectors');
  private readonly stages = new CodeBits('business stages');
  private readonly places = new Map<string, number>();

  private readonly kindMask: Int32Array;
  private readonly active: Uint8Array;
  private readonly verified: Uint8Array;
  private readonly needMask: Int32Array;
  private readonly languageMask: Int32Array;
  private readonly languageValue: Float64Array;
  private readonly jurisdictionMask: Int32Array;
  private readonly country: Int32Array;
  private readonly inPerson: Uint8Array;
  private readonly place: Int32Array;
  private readonly sectorMask: Int32Array;
  private readonly stageMask: Int32Array;
  private readonly availability: Int32Array;
  private readonly loadValue: Float64Array;
  private readonly reliabilityValue: Float64Array;
  /** Per kind: supporters offering it who are active, verified when the kind needs it, and not full. */
  private readonly eligible: Int32Array[];

  constructor(supporters: readonly SupporterCandidate[]) {
    const n = supporters.length;
    this.supporters = supporters;
    this.size = n;
    this.userIds = supporters.map((s) => s.userId);
    this.free = new Int32Array(n);
    this.kindMask = new Int32Array(n);
    this.active = new Uint8Array(n);
    this.verified = new Uint8Array(n);
    this.needMask = new Int32Array(n);
    this.languageMask = new Int32Array(n);
    this.languageValue = new Float64Array(n * MAX_LANGUAGES);
    this.jurisdictionMask = new Int32Array(n);
    this.country = new Int32Array(n);
    this.inPerson = new Uint8Array(n);
    this.place = new Int32Array(n);
    this.sectorMask = new Int32Array(n);
    this.stageMask = new Int32Array(n);
    this.availability = new Int32Array(n * AVAILABILITY_WORDS);
    this.loadValue = new Float64Array(n);
    this.reliabilityValue = new Float64Array(n);
    const eligible: number[][] = SUPPORT_KINDS.map(() => []);

    for (let j = 0; j < n; j++) {
      const s = supporters[j]!;
      let kinds = 0;
      for (const kind of s.supportKinds) {
        const k = KIND_INDEX.get(kind);
        if (k !== undefined) kinds |= 1 << k;
      }
      this.kindMask[j] = kinds;
      this.active[j] = s.active ? 1 : 0;
      this.verified[j] = s.verified ? 1 : 0;
      this.free[j] = freeCapacity(s);
      this.loadValue[j] = loadValue(this.free[j]!, s.capacity);
      this.reliabilityValue[j] = reliabilityValue(s);
      this.needMask[j] = this.needs.maskOf(s.needs, true);
      let languageMask = 0;
      for (const skill of s.languages) {
        const value = LANGUAGE_LEVEL_VALUE[skill.level] ?? 0;
        if (value <= 0) continue;
        const l = this.languages.add(skill.language);
        languageMask |= 1 << l;
        const at = j * MAX_LANGUAGES + l;
        if (value > this.languageValue[at]!) this.languageValue[at] = value;
      }
      this.languageMask[j] = languageMask;
      this.jurisdictionMask[j] = this.countries.maskOf(s.jurisdictions, true);
      this.country[j] = this.countries.add(s.country);
      this.inPerson[j] = s.modalities.includes('IN_PERSON') ? 1 : 0;
      const key = placeKey(s.country, s.city);
      let place = this.places.get(key);
      if (place === undefined) this.places.set(key, (place = this.places.size));
      this.place[j] = place;
      this.sectorMask[j] = this.sectors.maskOf(s.sectors, true);
      this.stageMask[j] = this.stages.maskOf(s.businessStages ?? [], true);
      writeAvailabilityMask(s.availability, this.availability, j * AVAILABILITY_WORDS);

      if (s.active && this.free[j]! > 0) {
        SUPPORT_KINDS.forEach((kind, k) => {
          if (kinds & (1 << k) && (!requiresVerification(kind) || s.verified)) eligible[k]!.push(j);
        });
      }
    }
    this.eligible = eligible.map((list) => Int32Array.from(list));
  }

  prepare(demand: DemandCandidate, history: PairHistory): DemandFeatures {
    const languageValue = new Float64Array(MAX_LANGUAGES);
    let languageMask = 0;
    for (const skill of demand.languages) {
      const value = LANGUAGE_LEVEL_VALUE[skill.level] ?? 0;
      const l = this.languages.get(skill.language);
      if (value <= 0 || l < 0) continue;
      languageMask |= 1 << l;
      if (value > languageValue[l]!) languageValue[l] = value;
    }
    const residence = this.countries.get(demand.countryOfResidence);
    const availability = new Int32Array(AVAILABILITY_WORDS);
    writeAvailabilityMask(demand.availability, availability);
    let keepApart: ReadonlyMap<string, number> | null =
      indexPairHistory(history).get(demand.entrepreneurUserId) ?? null;
    const turnedDown = turnedDownFor(history, demand.id);
    if (turnedDown) {
      // Her own row of the user index is shared by all her demands: this demand gets a copy.
      const mine = new Map(keepApart ?? []);
      for (const userId of turnedDown) mine.set(userId, (mine.get(userId) ?? 0) | RELATION_TURNED_DOWN);
      keepApart = mine;
    }
    return {
      demand,
      kind: KIND_INDEX.get(demand.kind) ?? -1,
      jurisdictionBound: isJurisdictionBound(demand.kind),
      verifiedOnly: requiresVerification(demand.kind),
      needMask: this.needs.maskOf(demand.needs, false),
      needTotal: new Set(demand.needs).size,
      languageMask,
      languageValue,
      residenceBit: residence >= 0 ? 1 << residence : 0,
      residence,
      inPerson: demand.modality === 'IN_PERSON',
      place: this.places.get(placeKey(demand.countryOfResidence, demand.city)) ?? -1,
      sectorMask: demand.sector === null ? 0 : this.sectors.maskOf([demand.sector], false),
      stageMask: this.stages.maskOf([demand.businessStage], false),
      availability,
      availabilityWords: Int32Array.from(availability.keys()).filter((w) => availability[w] !== 0),
      urgencyValue: URGENCY_VALUE[demand.urgency] ?? 0,
      waitingValue: waitingValue(Math.max(0, Math.floor(demand.daysWaiting))),
      keepApart: keepApart && keepApart.size > 0 ? keepApart : null,
    };
  }

  /** Writes the indexes of feasible supporters into `out` (length ≥ size) and returns how many. */
  feasible(d: DemandFeatures, out: Int32Array): number {
    const candidates = this.eligible[d.kind];
    if (!candidates) return 0;
    const { languageMask: dLanguages, jurisdictionBound, residenceBit, inPerson, place, keepApart } = d;
    const userId = d.demand.entrepreneurUserId;
    let count = 0;
    for (let c = 0; c < candidates.length; c++) {
      const j = candidates[c]!;
      if ((this.languageMask[j]! & dLanguages) === 0) continue;
      if (jurisdictionBound && (this.jurisdictionMask[j]! & residenceBit) === 0) continue;
      if (inPerson && (this.inPerson[j] === 0 || this.place[j] !== place || place < 0)) continue;
      if (this.userIds[j] === userId) continue;
      if (keepApart !== null && keepApart.has(this.userIds[j]!)) continue;
      out[count++] = j;
    }
    return count;
  }

  /** The first constraint (in CONSTRAINT_CODES order) the pair fails, or null when feasible. */
  firstFailure(d: DemandFeatures, j: number): ConstraintCode | null {
    if (d.kind < 0 || (this.kindMask[j]! & (1 << d.kind)) === 0) return 'KIND_NOT_OFFERED';
    if (this.active[j] === 0) return 'NOT_ACTIVE';
    if (d.verifiedOnly && this.verified[j] === 0) return 'NOT_VERIFIED';
    if ((this.languageMask[j]! & d.languageMask) === 0) return 'NO_SHARED_LANGUAGE';
    if (d.jurisdictionBound && (this.jurisdictionMask[j]! & d.residenceBit) === 0) return 'NO_JURISDICTION';
    if (d.inPerson && this.inPerson[j] === 0) return 'IN_PERSON_NOT_OFFERED';
    if (d.inPerson && (d.place < 0 || this.place[j] !== d.place)) return 'DIFFERENT_CITY';
    if (this.free[j]! <= 0) return 'NO_CAPACITY';
    const userId = this.userIds[j]!;
    if (userId === d.demand.entrepreneurUserId) return 'SAME_PERSON';
    const relation = d.keepApart?.get(userId) ?? 0;
    if (relation & RELATION_BLOCKED) return 'BLOCKED';
    if (relation & RELATION_ENDED_BADLY) return 'ENDED_BADLY';
    if (relation & RELATION_TURNED_DOWN) return 'TURNED_DOWN_BEFORE';
    return null;
  }

  /** How many supporters stop at each constraint, each counted at her first failure. */
  funnel(d: DemandFeatures): Int32Array {
    const counts = new Int32Array(CONSTRAINT_CODES.length);
    for (let j = 0; j < this.size; j++) {
      const failure = this.firstFailure(d, j);
      if (failure !== null) counts[CONSTRAINT_INDEX.get(failure)!]!++;
    }
    return counts;
  }

  /** The pair's score, equal to scorePair(...).score; `weights` in SCORE_TERMS order. */
  score(d: DemandFeatures, j: number, weights: Float64Array): number {
    const needs = needsValue(popcount32(this.needMask[j]! & d.needMask), d.needTotal);

    let language = 0;
    let shared = this.languageMask[j]! & d.languageMask;
    const base = j * MAX_LANGUAGES;
    while (shared !== 0) {
      const l = 31 - Math.clz32(shared & -shared);
      shared &= shared - 1;
      const value = Math.min(d.languageValue[l]!, this.languageValue[base + l]!);
      if (value > language) language = value;
    }

    let country = 0;
    if (d.jurisdictionBound && (this.jurisdictionMask[j]! & d.residenceBit) !== 0) country = 1;
    else if (d.residence >= 0 && this.country[j] === d.residence) country = 1;

    const sector = (this.sectorMask[j]! & d.sectorMask) !== 0 ? 1 : 0;
    const stages = this.stageMask[j]!;
    const stage = stages === 0 ? STAGE_ANY_VALUE : (stages & d.stageMask) !== 0 ? 1 : 0;

    // Only the words of her week that hold any free time can overlap.
    let blocks = 0;
    const words = d.availabilityWords;
    const mine = d.availability;
    const theirs = this.availability;
    const offset = j * AVAILABILITY_WORDS;
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      blocks += popcount32(mine[w]! & theirs[offset + w]!);
    }
    const availability = availabilityValue(blocks * BLOCK_MINUTES);

    // Same order of additions as totalScore, so the sums are identical to the last bit.
    let sum = 0;
    sum += weights[0]! * needs;
    sum += weights[1]! * language;
    sum += weights[2]! * country;
    sum += weights[3]! * sector;
    sum += weights[4]! * stage;
    sum += weights[5]! * availability;
    sum += weights[6]! * d.urgencyValue;
    sum += weights[7]! * d.waitingValue;
    sum += weights[8]! * this.loadValue[j]!;
    sum += weights[9]! * this.reliabilityValue[j]!;
    return sum > MIN_FEASIBLE_SCORE ? sum : MIN_FEASIBLE_SCORE;
  }
}

const CONSTRAINT_INDEX = new Map<ConstraintCode, number>(CONSTRAINT_CODES.map((c, i) => [c, i]));

export function weightVector(weights: ScoreWeights): Float64Array {
  return Float64Array.from(SCORE_TERMS.map((term) => weights[term]));
}

export function toSupporterIndex(supporters: SupporterIndex | readonly SupporterCandidate[]): SupporterIndex {
  return supporters instanceof SupporterIndex ? supporters : new SupporterIndex(supporters);
}
