// Independent answers for the solver's tests: an exhaustive search for tiny rounds and successive
// shortest paths with Bellman–Ford (SPFA) on the raw float scores for larger ones. Neither shares code
// with the solver.
import type { IndexedProblem, IndexedSolution } from '../matching/solver/types.js';

/** Best (cardinality, score) over every feasible subset of edges: 2^edges subsets. */
export function bruteForce(problem: IndexedProblem, coverageFirst: boolean): { count: number; score: number } {
  const { leftCapacity, rightCapacity, edgeLeft, edgeRight, edgeScore } = problem;
  const edgeCount = edgeLeft.length;
  let best = { count: -1, score: -Infinity };
  const leftUse = new Int32Array(leftCapacity.length);
  const rightUse = new Int32Array(rightCapacity.length);
  for (let mask = 0; mask < 1 << edgeCount; mask++) {
    leftUse.fill(0);
    rightUse.fill(0);
    let feasible = true;
    let count = 0;
    let score = 0;
    for (let k = 0; k < edgeCount && feasible; k++) {
      if (!(mask & (1 << k))) continue;
      const l = edgeLeft[k]!;
      const r = edgeRight[k]!;
      leftUse[l] = leftUse[l]! + 1;
      rightUse[r] = rightUse[r]! + 1;
      feasible = leftUse[l] <= leftCapacity[l]! && rightUse[r] <= rightCapacity[r]!;
      count++;
      score += edgeScore[k]!;
    }
    if (!feasible) continue;
    const better = coverageFirst
      ? count > best.count || (count === best.count && score > best.score)
      : score > best.score;
    if (better) best = { count, score };
  }
  return best;
}

/**
 * Min-cost flow by successive shortest paths, the paths found by Bellman–Ford (SPFA) over
 * lexicographic costs (matches, score): plain mode stops when a path no longer adds score, coverage
 * first goes on while any path exists (each adds one match).
 */
export function referenceOptimum(problem: IndexedProblem, coverageFirst: boolean): { count: number; score: number } {
  const { leftCapacity, rightCapacity, edgeLeft, edgeRight, edgeScore } = problem;
  const L = leftCapacity.length;
  const R = rightCapacity.length;
  const source = L + R;
  const sink = source + 1;
  const nodeCount = sink + 1;
  const head: number[] = [];
  const residual: number[] = [];
  const costCount: number[] = [];
  const costScore: number[] = [];
  const out: number[][] = Array.from({ length: nodeCount }, () => []);
  const addArc = (from: number, to: number, capacity: number, count: number, score: number): void => {
    out[from]!.push(head.length);
    head.push(to);
    residual.push(capacity);
    costCount.push(count);
    costScore.push(score);
    out[to]!.push(head.length);
    head.push(from);
    residual.push(0);
    costCount.push(-count);
    costScore.push(-score);
  };
  for (let l = 0; l < L; l++) addArc(source, l, leftCapacity[l]!, 0, 0);
  for (let r = 0; r < R; r++) addArc(L + r, sink, rightCapacity[r]!, 0, 0);
  for (let k = 0; k < edgeLeft.length; k++) addArc(edgeLeft[k]!, L + edgeRight[k]!, 1, -1, -edgeScore[k]!);

  let count = 0;
  let score = 0;
  const tolerance = 1e-12;
  for (;;) {
    const distCount = new Array<number>(nodeCount).fill(Infinity);
    const distScore = new Array<number>(nodeCount).fill(Infinity);
    const via = new Array<number>(nodeCount).fill(-1);
    const queued = new Array<boolean>(nodeCount).fill(false);
    distCount[source] = 0;
    distScore[source] = 0;
    const queue = [source];
    queued[source] = true;
    while (queue.length > 0) {
      const v = queue.shift()!;
      queued[v] = false;
      for (const a of out[v]!) {
        if (residual[a]! <= 0) continue;
        const w = head[a]!;
        const c = distCount[v]! + costCount[a]!;
        const s = distScore[v]! + costScore[a]!;
        if (c < distCount[w]! || (c === distCount[w]! && s < distScore[w]! - tolerance)) {
          distCount[w] = c;
          distScore[w] = s;
          via[w] = a;
          if (!queued[w]) {
            queued[w] = true;
            queue.push(w);
          }
        }
      }
    }
    if (via[sink] === -1) break;
    if (!coverageFirst && distScore[sink]! >= 0) break;
    for (let v = sink; v !== source; v = head[via[v]! ^ 1]!) {
      residual[via[v]!]!--;
      residual[via[v]! ^ 1]!++;
    }
    count -= distCount[sink]!;
    score -= distScore[sink]!;
  }
  return { count, score };
}

/** Checks a solution for feasibility and returns its cardinality and score. */
export function checkSolution(problem: IndexedProblem, solution: IndexedSolution): { count: number; score: number } {
  const { leftCapacity, rightCapacity, edgeLeft, edgeRight, edgeScore } = problem;
  const leftUse = new Int32Array(leftCapacity.length);
  const rightUse = new Int32Array(rightCapacity.length);
  let score = 0;
  let previous = -1;
  for (const k of solution.chosenEdges) {
    if (!(k > previous && k < edgeLeft.length)) throw new Error(`chosen edge ${k} is out of order or range`);
    previous = k;
    const l = edgeLeft[k]!;
    const r = edgeRight[k]!;
    leftUse[l] = leftUse[l]! + 1;
    rightUse[r] = rightUse[r]! + 1;
    if (leftUse[l] > leftCapacity[l]!) throw new Error(`left ${l} over capacity`);
    if (rightUse[r] > rightCapacity[r]!) throw new Error(`right ${r} over capacity`);
    score += edgeScore[k]!;
  }
  return { count: solution.chosenEdges.length, score };
}

/** Seeded random round where a few supporters are popular with everyone, as in real rounds. */
export function randomRound(
  seed: number,
  size: { left: number; right: number; perLeft: number; maxRightCapacity: number; coarse: boolean },
): IndexedProblem {
  let state = seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const appeal = Float64Array.from({ length: size.right }, () => random());
  const leftCapacity = new Int32Array(size.left).fill(1);
  const rightCapacity = Int32Array.from({ length: size.right }, () => 1 + Math.floor(random() * size.maxRightCapacity));
  const edgeLeft: number[] = [];
  const edgeRight: number[] = [];
  const edgeScore: number[] = [];
  for (let l = 0; l < size.left; l++) {
    const seen = new Set<number>();
    while (seen.size < Math.min(size.perLeft, size.right)) seen.add(Math.floor(random() * size.right));
    for (const r of seen) {
      const raw = 0.05 + 0.6 * appeal[r]! + 0.35 * random();
      edgeLeft.push(l);
      edgeRight.push(r);
      edgeScore.push(size.coarse ? Math.round(raw * 20) / 20 : raw);
    }
  }
  return {
    leftCapacity,
    rightCapacity,
    edgeLeft: Int32Array.from(edgeLeft),
    edgeRight: Int32Array.from(edgeRight),
    edgeScore: Float64Array.from(edgeScore),
  };
}
