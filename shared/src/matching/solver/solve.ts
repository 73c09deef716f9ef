// Exact maximum-score assignment for a matching round: validates the round, turns scores into integers,
// and hands the problem to shortest augmenting paths with prices (when one side takes at most one
// match per node, the usual case) or to min-cost flow (otherwise).
import { solveUnitMatching } from './augmenting-path.js';
import { solveMinCostFlow } from './min-cost-flow.js';
import {
  SolverInputError,
  type IndexedProblem,
  type IndexedSolution,
  type SolveOptions,
  type SolverInput,
  type SolverResult,
} from './types.js';

/**
 * Scores are solved as integers round(score / maxScore · 2^bits), at least 1: the solution is exactly
 * optimal for those integers, hence within about (matches · maxScore · 2^-bits) of the optimum of the raw
 * floats. Bits are capped here (resolution ≈ 1e-9 of the largest score) and lowered only for rounds
 * so large that sums of values along a path could pass 2^50 (exact in doubles, with headroom).
 */
const MAX_SCORE_BITS = 30;
const INTEGER_BUDGET_BITS = 50;

export function solveIndexed(problem: IndexedProblem, options: SolveOptions = {}): IndexedSolution {
  const { leftCapacity, rightCapacity, edgeLeft, edgeRight, edgeScore } = problem;
  const coverageFirst = options.coverageFirst === true;

  // Only edges between nodes with room can be chosen; a capacity above the degree is the degree.
  const leftDegree = new Int32Array(leftCapacity.length);
  const rightDegree = new Int32Array(rightCapacity.length);
  const maxScore = scanEdges(problem, leftDegree, rightDegree);
  if (maxScore === 0) return { objective: 0, chosenEdges: new Int32Array(0) };
  const leftRoom = leftDegree.map((d, l) => Math.min(d, leftCapacity[l]!));
  const rightRoom = rightDegree.map((d, r) => Math.min(d, rightCapacity[r]!));
  const left = sideSummary(leftRoom);
  const right = sideSummary(rightRoom);

  // Coverage first: a bonus per match larger than anything an augmenting path can give up (it removes
  // fewer than min(left.active, right.active) matches), so one more match always wins.
  const bonusMatches = coverageFirst ? Math.min(left.active, right.active) : 0;
  // Both methods add values along paths that pass each node at most once.
  const nodeCount = leftRoom.length + rightRoom.length + 3;
  const bits = Math.min(
    MAX_SCORE_BITS,
    Math.floor(INTEGER_BUDGET_BITS - Math.log2(nodeCount) - Math.log2(bonusMatches + 2)),
  );
  if (bits < 8) {
    throw new SolverInputError(
      `the round is too large to solve exactly (${leftRoom.length} left, ${rightRoom.length} right)`,
    );
  }
  const unit = 2 ** bits;
  const scale: Quantization = { toInteger: unit / maxScore, bonus: coverageFirst ? bonusMatches * unit + 1 : 0 };

  let chosen: Int32Array;
  if (left.unit || right.unit) {
    // The side whose nodes all take at most one match is the one that searches.
    const byLeft = left.unit;
    chosen = solveByUnitMatching(
      byLeft ? edgeLeft : edgeRight,
      byLeft ? edgeRight : edgeLeft,
      byLeft ? leftDegree : rightDegree,
      byLeft ? rightRoom : leftRoom,
      edgeScore,
      scale,
    );
  } else {
    chosen = solveByFlow(edgeLeft, edgeRight, leftRoom, rightRoom, edgeScore, scale);
  }
  return collect(chosen, edgeScore);
}

/** Integer value of a score: bonus + round(score · toInteger), at least bonus + 1. */
interface Quantization {
  toInteger: number;
  bonus: number;
}

function quantize(score: number, scale: Quantization): number {
  return scale.bonus + Math.max(1, Math.round(score * scale.toInteger));
}

/**
 * Checks the round and counts, per node, the edges that can be chosen (both ends with capacity);
 * returns the largest score among them, or 0 when there is none.
 */
function scanEdges(problem: IndexedProblem, leftDegree: Int32Array, rightDegree: Int32Array): number {
  const { leftCapacity, rightCapacity, edgeLeft, edgeRight, edgeScore } = problem;
  const edgeCount = edgeLeft.length;
  if (edgeRight.length !== edgeCount || edgeScore.length !== edgeCount) {
    throw new SolverInputError(
      `edge arrays differ in length (left ${edgeCount}, right ${edgeRight.length}, score ${edgeScore.length})`,
    );
  }
  for (let l = 0; l < leftCapacity.length; l++) {
    const c = leftCapacity[l]!;
    if (c < 0 || c > MAX_CAPACITY) checkCapacity(c, `left node ${l}`);
  }
  for (let r = 0; r < rightCapacity.length; r++) {
    const c = rightCapacity[r]!;
    if (c < 0 || c > MAX_CAPACITY) checkCapacity(c, `right node ${r}`);
  }
  const leftCount = leftCapacity.length;
  const rightCount = rightCapacity.length;
  let maxScore = 0;
  for (let k = 0; k < edgeCount; k++) {
    const l = edgeLeft[k]!;
    const r = edgeRight[k]!;
    const s = edgeScore[k]!;
    // Written so that NaN fails too.
    if (!(l >= 0 && l < leftCount && r >= 0 && r < rightCount && s > 0 && s < Infinity)) badEdge(problem, k);
    if (leftCapacity[l]! > 0 && rightCapacity[r]! > 0) {
      leftDegree[l] = leftDegree[l]! + 1;
      rightDegree[r] = rightDegree[r]! + 1;
      if (s > maxScore) maxScore = s;
    }
  }
  return maxScore;
}

function badEdge(problem: IndexedProblem, k: number): never {
  const l = problem.edgeLeft[k]!;
  const r = problem.edgeRight[k]!;
  if (!(l >= 0 && l < problem.leftCapacity.length)) {
    throw new SolverInputError(`edge ${k} names left node ${l}, which does not exist`);
  }
  if (!(r >= 0 && r < problem.rightCapacity.length)) {
    throw new SolverInputError(`edge ${k} names right node ${r}, which does not exist`);
  }
  throw new SolverInputError(`edge ${k} has score ${problem.edgeScore[k]}; it must be a positive finite number`);
}

function sideSummary(room: Int32Array): { unit: boolean; active: number } {
  let unit = true;
  let active = 0;
  for (let i = 0; i < room.length; i++) {
    const c = room[i]!;
    if (c > 1) unit = false;
    if (c > 0) active++;
  }
  return { unit, active };
}

/** personDegree counts each person's edges that can be chosen (both ends with room). */
function solveByUnitMatching(
  personOf: Int32Array,
  objectOf: Int32Array,
  personDegree: Int32Array,
  objectRoom: Int32Array,
  edgeScore: Float64Array,
  scale: Quantization,
): Int32Array {
  const edgeCount = personOf.length;
  const personCount = personDegree.length;
  // Compact CSR by person; persons and objects without room are simply absent.
  const adjStart = new Int32Array(personCount + 1);
  for (let p = 0; p < personCount; p++) adjStart[p + 1] = adjStart[p]! + personDegree[p]!;
  const adjCount = adjStart[personCount]!;
  const adjObject = new Int32Array(adjCount);
  const adjValue = new Float64Array(adjCount);
  const adjEdge = new Int32Array(adjCount);
  const fill = adjStart.slice(0, personCount);
  for (let k = 0; k < edgeCount; k++) {
    const p = personOf[k]!;
    const o = objectOf[k]!;
    if (personDegree[p]! > 0 && objectRoom[o]! > 0) {
      const at = fill[p]!;
      fill[p] = at + 1;
      adjObject[at] = o;
      adjValue[at] = quantize(edgeScore[k]!, scale);
      adjEdge[at] = k;
    }
  }
  const matchOf = solveUnitMatching({
    personCount,
    objectCapacity: objectRoom,
    adjStart,
    adjObject,
    adjValue,
    adjEdge,
  });
  let count = 0;
  for (let p = 0; p < personCount; p++) if (matchOf[p]! >= 0) matchOf[count++] = matchOf[p]!;
  return matchOf.subarray(0, count);
}

function solveByFlow(
  edgeLeft: Int32Array,
  edgeRight: Int32Array,
  leftRoom: Int32Array,
  rightRoom: Int32Array,
  edgeScore: Float64Array,
  scale: Quantization,
): Int32Array {
  const keptIndex: number[] = [];
  for (let k = 0; k < edgeLeft.length; k++) {
    if (leftRoom[edgeLeft[k]!]! > 0 && rightRoom[edgeRight[k]!]! > 0) keptIndex.push(k);
  }
  const kept = Int32Array.from(keptIndex);
  const flow = solveMinCostFlow({
    leftCapacity: leftRoom,
    rightCapacity: rightRoom,
    edgeLeft: kept.map((k) => edgeLeft[k]!),
    edgeRight: kept.map((k) => edgeRight[k]!),
    edgeValue: Float64Array.from(kept, (k) => quantize(edgeScore[k]!, scale)),
  });
  return kept.filter((_, i) => flow[i] === 1);
}

/**
 * The chosen edges in ascending order and the sum of their scores. Only the chosen edges are visited:
 * a pass over every edge of a large round costs more than the sort of a few thousand.
 */
function collect(chosen: Int32Array, edgeScore: Float64Array): IndexedSolution {
  const chosenEdges = Int32Array.from(chosen).sort();
  // Neumaier summation: the objective should not depend on how many small scores came first.
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < chosenEdges.length; i++) {
    const s = edgeScore[chosenEdges[i]!]!;
    const t = sum + s;
    compensation += Math.abs(sum) >= Math.abs(s) ? sum - t + s : s - t + sum;
    sum = t;
  }
  return { objective: sum + compensation, chosenEdges };
}

export function solveAssignment(input: SolverInput, options: SolveOptions = {}): SolverResult {
  if (input === null || typeof input !== 'object') throw new SolverInputError('the round must be an object');
  const left = nodeIndex(input.left, 'left');
  const right = nodeIndex(input.right, 'right');
  if (!Array.isArray(input.edges)) throw new SolverInputError('"edges" must be an array');
  const edgeCount = input.edges.length;
  const edgeLeft = new Int32Array(edgeCount);
  const edgeRight = new Int32Array(edgeCount);
  const edgeScore = new Float64Array(edgeCount);
  input.edges.forEach((edge, k) => {
    if (edge === null || typeof edge !== 'object') throw new SolverInputError(`edge ${k} must be an object`);
    const l = left.index.get(edge.left);
    if (l === undefined) throw new SolverInputError(`edge ${k} names unknown left id ${JSON.stringify(edge.left)}`);
    const r = right.index.get(edge.right);
    if (r === undefined) throw new SolverInputError(`edge ${k} names unknown right id ${JSON.stringify(edge.right)}`);
    const score: unknown = edge.score;
    if (typeof score !== 'number' || !(score > 0 && score < Infinity)) {
      throw new SolverInputError(
        `edge ${k} (${JSON.stringify(edge.left)}–${JSON.stringify(edge.right)}) has score ${String(score)}; it must be a positive finite number`,
      );
    }
    edgeLeft[k] = l;
    edgeRight[k] = r;
    edgeScore[k] = score;
  });
  const { objective, chosenEdges } = solveIndexed(
    { leftCapacity: left.capacity, rightCapacity: right.capacity, edgeLeft, edgeRight, edgeScore },
    options,
  );
  const assignment = Array.from(chosenEdges, (k) => {
    const edge = input.edges[k]!;
    return { left: edge.left, right: edge.right };
  });
  return { objective, assignment };
}

function nodeIndex(nodes: unknown, side: 'left' | 'right'): { index: Map<string, number>; capacity: Int32Array } {
  if (!Array.isArray(nodes)) throw new SolverInputError(`"${side}" must be an array`);
  const index = new Map<string, number>();
  const capacity = new Int32Array(nodes.length);
  nodes.forEach((node: unknown, i) => {
    if (node === null || typeof node !== 'object') throw new SolverInputError(`${side} node ${i} must be an object`);
    const { id, capacity: c } = node as { id?: unknown; capacity?: unknown };
    if (typeof id !== 'string') throw new SolverInputError(`${side} node ${i} needs a string "id"`);
    if (index.has(id)) throw new SolverInputError(`duplicate ${side} id ${JSON.stringify(id)}`);
    checkCapacity(c, `${side} node ${JSON.stringify(id)}`);
    index.set(id, i);
    capacity[i] = c as number;
  });
  return { index, capacity };
}

/** Largest capacity accepted: it must fit the solvers' 32-bit arrays with room to add. */
const MAX_CAPACITY = 1_000_000_000;

function checkCapacity(capacity: unknown, what: string): void {
  if (typeof capacity !== 'number' || !Number.isInteger(capacity) || capacity < 0 || capacity > MAX_CAPACITY) {
    throw new SolverInputError(
      `${what} has capacity ${String(capacity)}; it must be an integer from 0 to ${MAX_CAPACITY}`,
    );
  }
}
