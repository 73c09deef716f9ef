// Exact maximum-score assignment for a matching round: validates the round, turns scores into integers,
// and hands the problem to the auction (when one side takes at most one match per node, the usual
// case) or to successive shortest paths (otherwise).
import { solveUnitAuction } from './auction.js';
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
 * optimal for those integers, hence within (matches · maxScore · 2^-bits) of the optimum of the raw
 * floats. Bits are capped here (resolution ≈ 1e-9 of the largest score) and lowered only for rounds
 * so large that the integers the algorithms form would pass 2^50 (exact in doubles, with headroom).
 */
const MAX_SCORE_BITS: number = (globalThis as any).BITS ?? 30;
const INTEGER_BUDGET_BITS = 50;

export function solveIndexed(problem: IndexedProblem, options: SolveOptions = {}): IndexedSolution {
  validateIndexed(problem);
  const { leftCapacity, rightCapacity, edgeLeft, edgeRight, edgeScore } = problem;
  const leftCount = leftCapacity.length;
  const rightCount = rightCapacity.length;
  const edgeCount = edgeLeft.length;
  const coverageFirst = options.coverageFirst === true;

  // Only edges between nodes with room can be chosen; a capacity above the degree is the degree.
  const leftDegree = new Int32Array(leftCount);
  const rightDegree = new Int32Array(rightCount);
  let kept = 0;
  let maxScore = 0;
  for (let k = 0; k < edgeCount; k++) {
    const l = edgeLeft[k]!;
    const r = edgeRight[k]!;
    if (leftCapacity[l]! > 0 && rightCapacity[r]! > 0) {
      leftDegree[l] = leftDegree[l]! + 1;
      rightDegree[r] = rightDegree[r]! + 1;
      kept++;
      if (edgeScore[k]! > maxScore) maxScore = edgeScore[k]!;
    }
  }
  if (kept === 0) return { objective: 0, chosenEdges: new Int32Array(0) };
  const leftRoom = new Int32Array(leftCount);
  const rightRoom = new Int32Array(rightCount);
  let leftUnit = true;
  let rightUnit = true;
  let activeLeft = 0;
  let activeRight = 0;
  let leftSlots = 0;
  let rightSlots = 0;
  for (let l = 0; l < leftCount; l++) {
    const room = Math.min(leftCapacity[l]!, leftDegree[l]!);
    leftRoom[l] = room;
    if (room > 1) leftUnit = false;
    if (room > 0) activeLeft++;
    leftSlots += room;
  }
  for (let r = 0; r < rightCount; r++) {
    const room = Math.min(rightCapacity[r]!, rightDegree[r]!);
    rightRoom[r] = room;
    if (room > 1) rightUnit = false;
    if (room > 0) activeRight++;
    rightSlots += room;
  }

  // Coverage first: a bonus per match larger than anything an augmenting path can give up (it removes
  // fewer than min(activeLeft, activeRight) matches), so one more match always wins.
  const bonusMatches = coverageFirst ? Math.min(activeLeft, activeRight) : 0;
  const useAuction = leftUnit || rightUnit;
  // The auction multiplies values by its person count + 1; the flow sums values along paths.
  const multiplier = useAuction
    ? (leftUnit ? activeLeft + rightSlots : activeRight + leftSlots) + 1
    : leftCount + rightCount + 3;
  const bits = Math.min(
    MAX_SCORE_BITS,
    Math.floor(INTEGER_BUDGET_BITS - Math.log2(multiplier) - Math.log2(bonusMatches + 2)),
  );
  if (bits < 8) {
    throw new SolverInputError(`the round is too large to solve exactly (${leftCount} left, ${rightCount} right)`);
  }
  const unit = 2 ** bits;
  const toInteger = unit / maxScore;
  const bonus = coverageFirst ? bonusMatches * unit + 1 : 0;
  const quantize = (score: number): number => bonus + Math.max(1, Math.round(score * toInteger));

  const chosen = new Uint8Array(edgeCount);
  if (useAuction) {
    const bidderIsLeft = leftUnit;
    const bidderOf = bidderIsLeft ? edgeLeft : edgeRight;
    const objectOf = bidderIsLeft ? edgeRight : edgeLeft;
    const bidderRoom = bidderIsLeft ? leftRoom : rightRoom;
    const objectRoom = bidderIsLeft ? rightRoom : leftRoom;
    const bidderCount = bidderRoom.length;
    // Compact CSR by bidder; bidders and objects without room are simply absent.
    const adjStart = new Int32Array(bidderCount + 1);
    for (let k = 0; k < edgeCount; k++) {
      const b = bidderOf[k]!;
      if (bidderRoom[b]! > 0 && objectRoom[objectOf[k]!]! > 0) adjStart[b + 1] = adjStart[b + 1]! + 1;
    }
    for (let b = 0; b < bidderCount; b++) adjStart[b + 1] = adjStart[b + 1]! + adjStart[b]!;
    const adjCount = adjStart[bidderCount]!;
    const adjObject = new Int32Array(adjCount);
    const adjValue = new Float64Array(adjCount);
    const adjEdge = new Int32Array(adjCount);
    const fill = adjStart.slice(0, bidderCount);
    for (let k = 0; k < edgeCount; k++) {
      const b = bidderOf[k]!;
      const o = objectOf[k]!;
      if (bidderRoom[b]! > 0 && objectRoom[o]! > 0) {
        const at = fill[b]!++;
        adjObject[at] = o;
        adjValue[at] = quantize(edgeScore[k]!);
        adjEdge[at] = k;
      }
    }
    const matchOf = solveUnitAuction({ bidderCount, objectCapacity: objectRoom, adjStart, adjObject, adjValue, adjEdge });
    for (let b = 0; b < bidderCount; b++) {
      const k = matchOf[b]!;
      if (k >= 0) chosen[k] = 1;
    }
  } else {
    const keptIndex = new Int32Array(kept);
    const keptLeft = new Int32Array(kept);
    const keptRight = new Int32Array(kept);
    const keptValue = new Float64Array(kept);
    let at = 0;
    for (let k = 0; k < edgeCount; k++) {
      const l = edgeLeft[k]!;
      const r = edgeRight[k]!;
      if (leftRoom[l]! > 0 && rightRoom[r]! > 0) {
        keptIndex[at] = k;
        keptLeft[at] = l;
        keptRight[at] = r;
        keptValue[at] = quantize(edgeScore[k]!);
        at++;
      }
    }
    const flow = solveMinCostFlow({
      leftCapacity: leftRoom,
      rightCapacity: rightRoom,
      edgeLeft: keptLeft,
      edgeRight: keptRight,
      edgeValue: keptValue,
    });
    for (let i = 0; i < kept; i++) if (flow[i]) chosen[keptIndex[i]!] = 1;
  }

  let count = 0;
  for (let k = 0; k < edgeCount; k++) count += chosen[k]!;
  const chosenEdges = new Int32Array(count);
  // Neumaier summation: the objective should not depend on how many small scores came first.
  let sum = 0;
  let compensation = 0;
  let at = 0;
  for (let k = 0; k < edgeCount; k++) {
    if (!chosen[k]) continue;
    chosenEdges[at++] = k;
    const s = edgeScore[k]!;
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
    throw new SolverInputError(`${what} has capacity ${String(capacity)}; it must be an integer from 0 to ${MAX_CAPACITY}`);
  }
}

function validateIndexed(problem: IndexedProblem): void {
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
  for (let k = 0; k < edgeCount; k++) {
    const l = edgeLeft[k]!;
    const r = edgeRight[k]!;
    const s = edgeScore[k]!;
    if (l < 0 || l >= leftCapacity.length) throw new SolverInputError(`edge ${k} names left node ${l}, which does not exist`);
    if (r < 0 || r >= rightCapacity.length) throw new SolverInputError(`edge ${k} names right node ${r}, which does not exist`);
    // Written so that NaN fails too.
    if (!(s > 0 && s < Infinity)) throw new SolverInputError(`edge ${k} has score ${s}; it must be a positive finite number`);
  }
}
