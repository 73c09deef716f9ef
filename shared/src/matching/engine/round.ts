// A matching round: every open demand against every supporter at once, solved for the largest number
// of women served and, among those, the highest total score. Unmatched demands say why.
import { solveIndexed } from '../solver/index.js';
import type { IndexedProblem } from '../solver/index.js';
import type { SupportKind } from '../../vocabulary/index.js';
import { CONSTRAINT_CODES, type ConstraintCode } from './constraints.js';
import { dominantFailure } from './recommend.js';
import { reasonsOf, resolveWeights, scorePair } from './score.js';
import type { ExplainedReason, ScoreWeights } from './score.js';
import { toSupporterIndex, weightVector } from './supporter-index.js';
import type { SupporterIndex } from './supporter-index.js';
import type { DemandCandidate, PairHistory, ReasonParams, SupporterCandidate } from './types.js';
import { EMPTY_PAIR_HISTORY } from './types.js';

export interface RoundOptions {
  weights?: Partial<ScoreWeights>;
  /** Serve as many demands as possible before maximizing the score; true unless told. */
  coverageFirst?: boolean;
  /** Called while edges are built, while solving and while explaining, so a worker can report progress. */
  onProgress?: (progress: { stage: 'edges' | 'solve' | 'explain'; done: number; total: number }) => void;
}

export interface Proposal {
  demandId: string;
  entrepreneurId: string;
  kind: SupportKind;
  supporterId: string;
  supporterUserId: string;
  score: number;
  reasons: ExplainedReason[];
}

/** Why a round left a demand open: the constraint that removed her last candidates, or full seats. */
export const UNMATCHED_REASON_CODES = [...CONSTRAINT_CODES, 'CAPACITY_EXHAUSTED'] as const;
export type UnmatchedReasonCode = (typeof UNMATCHED_REASON_CODES)[number];

/** Why a demand is still open between rounds: as above, or simply waiting for the next round. */
export const OPEN_DEMAND_REASON_CODES = [...UNMATCHED_REASON_CODES, 'AWAITING_ROUND'] as const;
export type OpenDemandReasonCode = (typeof OPEN_DEMAND_REASON_CODES)[number];

export interface UnmatchedDemand {
  demandId: string;
  entrepreneurId: string;
  kind: SupportKind;
  reason: UnmatchedReasonCode;
  params: ReasonParams;
  /** Supporters who passed every hard constraint (all taken by others when the reason is CAPACITY_EXHAUSTED). */
  feasibleCount: number;
  /** When nobody was feasible: supporters stopped at each constraint, counted at the first one failed. */
  failedCounts: Partial<Record<ConstraintCode, number>>;
}

export interface RoundPlan {
  proposals: Proposal[];
  unmatched: UnmatchedDemand[];
  unmatchedCounts: Partial<Record<UnmatchedReasonCode, number>>;
  stats: {
    demands: number;
    supporters: number;
    feasiblePairs: number;
    matched: number;
    totalScore: number;
  };
}

/** The round as the solver sees it: left = demands (one seat each), right = supporters' free seats. */
export interface RoundProblem extends IndexedProblem {
  edgeCount: number;
  /** Feasible supporters per demand. */
  feasiblePerDemand: Int32Array;
}

/** Growable typed arrays: millions of edges without one object each. */
class EdgeBuffer {
  left = new Int32Array(1 << 16);
  right = new Int32Array(1 << 16);
  score = new Float64Array(1 << 16);
  length = 0;

  reserve(extra: number): void {
    const needed = this.length + extra;
    if (needed <= this.left.length) return;
    let size = this.left.length;
    while (size < needed) size *= 2;
    const grow = <T extends Int32Array | Float64Array>(old: T, make: (n: number) => T): T => {
      const next = make(size);
      next.set(old.subarray(0, this.length));
      return next;
    };
    this.left = grow(this.left, (n) => new Int32Array(n));
    this.right = grow(this.right, (n) => new Int32Array(n));
    this.score = grow(this.score, (n) => new Float64Array(n));
  }
}

/** Every feasible demand–supporter pair with its score, in the solver's indexed form. */
export function buildRoundProblem(
  demands: readonly DemandCandidate[],
  supporters: SupporterIndex | readonly SupporterCandidate[],
  history: PairHistory = EMPTY_PAIR_HISTORY,
  options: Pick<RoundOptions, 'weights' | 'onProgress'> = {},
): RoundProblem {
  const index = toSupporterIndex(supporters);
  const w = weightVector(resolveWeights(options.weights));
  const edges = new EdgeBuffer();
  const feasible = new Int32Array(index.size);
  const feasiblePerDemand = new Int32Array(demands.length);
  const progressEvery = Math.max(1, Math.ceil(demands.length / 20));

  for (let i = 0; i < demands.length; i++) {
    const features = index.prepare(demands[i]!, history);
    const count = index.feasible(features, feasible);
    feasiblePerDemand[i] = count;
    edges.reserve(count);
    const { left, right, score } = edges;
    let e = edges.length;
    for (let c = 0; c < count; c++) {
      const j = feasible[c]!;
      left[e] = i;
      right[e] = j;
      score[e] = index.score(features, j, w);
      e++;
    }
    edges.length = e;
    if (options.onProgress && ((i + 1) % progressEvery === 0 || i + 1 === demands.length)) {
      options.onProgress({ stage: 'edges', done: i + 1, total: demands.length });
    }
  }

  return {
    leftCapacity: new Int32Array(demands.length).fill(1),
    rightCapacity: Int32Array.from(index.free),
    edgeLeft: edges.left.subarray(0, edges.length),
    edgeRight: edges.right.subarray(0, edges.length),
    edgeScore: edges.score.subarray(0, edges.length),
    edgeCount: edges.length,
    feasiblePerDemand,
  };
}

export function planRound(
  demands: readonly DemandCandidate[],
  supporters: SupporterIndex | readonly SupporterCandidate[],
  history: PairHistory = EMPTY_PAIR_HISTORY,
  options: RoundOptions = {},
): RoundPlan {
  const index = toSupporterIndex(supporters);
  const weights = resolveWeights(options.weights);
  const problem = buildRoundProblem(demands, index, history, { weights, onProgress: options.onProgress });

  options.onProgress?.({ stage: 'solve', done: 0, total: 1 });
  const { chosenEdges } = solveIndexed(problem, { coverageFirst: options.coverageFirst ?? true });
  options.onProgress?.({ stage: 'solve', done: 1, total: 1 });

  // Capacity bugs are the classic failure of matching systems: refuse a solution that breaks it.
  const used = new Int32Array(index.size);
  const matchedEdge = new Int32Array(demands.length).fill(-1);
  for (const e of chosenEdges) {
    const i = problem.edgeLeft[e]!;
    const j = problem.edgeRight[e]!;
    if (matchedEdge[i] !== -1 || ++used[j]! > problem.rightCapacity[j]!) {
      throw new Error(`Solver returned an assignment over capacity (demand ${i}, supporter ${j})`);
    }
    matchedEdge[i] = e;
  }

  const proposals: Proposal[] = [];
  const unmatched: UnmatchedDemand[] = [];
  const unmatchedCounts: Partial<Record<UnmatchedReasonCode, number>> = {};
  let totalScore = 0;
  // Explaining an unmatched demand walks every supporter: on a large round this step is long too.
  const progressEvery = Math.max(1, Math.ceil(demands.length / 20));
  for (let i = 0; i < demands.length; i++) {
    if (options.onProgress && i > 0 && i % progressEvery === 0) {
      options.onProgress({ stage: 'explain', done: i, total: demands.length });
    }
    const demand = demands[i]!;
    const e = matchedEdge[i]!;
    if (e >= 0) {
      const supporter = index.supporters[problem.edgeRight[e]!]!;
      const score = problem.edgeScore[e]!;
      totalScore += score;
      proposals.push({
        demandId: demand.id,
        entrepreneurId: demand.entrepreneurId,
        kind: demand.kind,
        supporterId: supporter.id,
        supporterUserId: supporter.userId,
        score,
        reasons: reasonsOf(scorePair(demand, supporter, weights)),
      });
      continue;
    }
    const feasibleCount = problem.feasiblePerDemand[i]!;
    let why: Pick<UnmatchedDemand, 'reason' | 'params' | 'failedCounts'>;
    if (feasibleCount > 0) {
      why = { reason: 'CAPACITY_EXHAUSTED', params: { feasible: feasibleCount }, failedCounts: {} };
    } else {
      const failure = dominantFailure(index, index.prepare(demand, history));
      why = { reason: failure.code, params: failure.params, failedCounts: failure.counts };
    }
    unmatchedCounts[why.reason] = (unmatchedCounts[why.reason] ?? 0) + 1;
    unmatched.push({
      demandId: demand.id,
      entrepreneurId: demand.entrepreneurId,
      kind: demand.kind,
      ...why,
      feasibleCount,
    });
  }
  options.onProgress?.({ stage: 'explain', done: demands.length, total: demands.length });

  return {
    proposals,
    unmatched,
    unmatchedCounts,
    stats: {
      demands: demands.length,
      supporters: index.size,
      feasiblePairs: problem.edgeCount,
      matched: proposals.length,
      totalScore,
    },
  };
}
