import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { solveAssignment, solveIndexed, SolverInputError, type IndexedProblem } from './index.js';
import { bruteForce, checkSolution, randomRound, referenceOptimum } from '../../test-support/solver-rounds.js';

/** A round drawn by fast-check: small capacities, possibly repeated pairs and tied scores. */
function arbitraryRound(limits: {
  maxLeft: number;
  maxRight: number;
  maxEdges: number;
  maxCapacity: { left: number; right: number };
}): fc.Arbitrary<IndexedProblem> {
  return fc
    .record({
      leftCapacity: fc.array(fc.integer({ min: 0, max: limits.maxCapacity.left }), {
        minLength: 1,
        maxLength: limits.maxLeft,
      }),
      rightCapacity: fc.array(fc.integer({ min: 0, max: limits.maxCapacity.right }), {
        minLength: 1,
        maxLength: limits.maxRight,
      }),
    })
    .chain(({ leftCapacity, rightCapacity }) =>
      fc
        .array(
          fc.record({
            left: fc.integer({ min: 0, max: leftCapacity.length - 1 }),
            right: fc.integer({ min: 0, max: rightCapacity.length - 1 }),
            // Coarse scores make ties; fine ones make near-ties.
            score: fc.oneof(
              fc.integer({ min: 1, max: 4 }).map((n) => n / 4),
              fc.double({ min: 0.001, max: 10, noNaN: true }),
            ),
          }),
          { maxLength: limits.maxEdges },
        )
        .map((edges) => ({
          leftCapacity: Int32Array.from(leftCapacity),
          rightCapacity: Int32Array.from(rightCapacity),
          edgeLeft: Int32Array.from(edges, (e) => e.left),
          edgeRight: Int32Array.from(edges, (e) => e.right),
          edgeScore: Float64Array.from(edges, (e) => e.score),
        })),
    );
}

/** Exact up to the solver's integer resolution (about 1e-9 of the largest score) and float sums. */
function expectSameScore(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-7 * Math.max(1, Math.abs(expected)));
}

const tiny = arbitraryRound({ maxLeft: 4, maxRight: 4, maxEdges: 10, maxCapacity: { left: 3, right: 3 } });
const tinyUnit = arbitraryRound({ maxLeft: 5, maxRight: 4, maxEdges: 11, maxCapacity: { left: 1, right: 3 } });

describe('solveIndexed on tiny rounds, against every feasible subset of edges', () => {
  for (const coverageFirst of [false, true]) {
    const mode = coverageFirst ? 'coverage first' : 'maximum score';
    test(`${mode}: same best score (and matches) as exhaustive search`, () => {
      fc.assert(
        fc.property(fc.oneof(tiny, tinyUnit), (problem) => {
          const solution = solveIndexed(problem, { coverageFirst });
          const got = checkSolution(problem, solution);
          const best = bruteForce(problem, coverageFirst);
          expectSameScore(solution.objective, best.score);
          expectSameScore(got.score, best.score);
          if (coverageFirst) expect(got.count).toBe(best.count);
        }),
        { numRuns: 400 },
      );
    });
  }
});

describe('solveIndexed properties', () => {
  const medium = arbitraryRound({ maxLeft: 30, maxRight: 12, maxEdges: 150, maxCapacity: { left: 2, right: 4 } });
  const mediumUnit = arbitraryRound({ maxLeft: 40, maxRight: 12, maxEdges: 200, maxCapacity: { left: 1, right: 4 } });

  test('respects capacities, uses only given edges, each at most once, objective = sum of chosen scores', () => {
    fc.assert(
      fc.property(fc.oneof(medium, mediumUnit), fc.boolean(), (problem, coverageFirst) => {
        const solution = solveIndexed(problem, { coverageFirst });
        // checkSolution throws on an edge out of range, repeated or out of order, or a capacity exceeded.
        const { score } = checkSolution(problem, solution);
        expectSameScore(solution.objective, score);
      }),
      { numRuns: 200 },
    );
  });

  test('coverage first matches as many pairs as a maximum flow, and never scores below plain mode at that size', () => {
    fc.assert(
      fc.property(fc.oneof(medium, mediumUnit), (problem) => {
        const covered = solveIndexed(problem, { coverageFirst: true });
        const best = solveIndexed(problem, {});
        expect(covered.chosenEdges.length).toBe(maximumMatches(problem));
        expect(covered.chosenEdges.length).toBeGreaterThanOrEqual(best.chosenEdges.length);
        expect(best.objective).toBeGreaterThanOrEqual(covered.objective - 1e-9 * Math.max(1, best.objective));
      }),
      { numRuns: 200 },
    );
  });

  test('agrees with the Bellman–Ford reference on mid-sized rounds', () => {
    fc.assert(
      fc.property(fc.oneof(medium, mediumUnit), fc.boolean(), (problem, coverageFirst) => {
        const solution = solveIndexed(problem, { coverageFirst });
        const reference = referenceOptimum(problem, coverageFirst);
        expectSameScore(solution.objective, reference.score);
        if (coverageFirst) expect(solution.chosenEdges.length).toBe(reference.count);
      }),
      { numRuns: 150 },
    );
  });
});

describe('solveIndexed on larger rounds, against successive shortest paths with Bellman–Ford', () => {
  // Many edges per demand, so that most start outside the search and have to be brought in.
  const cases = [
    { seed: 1, left: 300, right: 60, perLeft: 40, maxRightCapacity: 3, coarse: false },
    { seed: 2, left: 300, right: 60, perLeft: 40, maxRightCapacity: 3, coarse: true },
    { seed: 3, left: 200, right: 150, perLeft: 30, maxRightCapacity: 2, coarse: true },
    { seed: 4, left: 120, right: 40, perLeft: 40, maxRightCapacity: 5, coarse: false },
  ];
  for (const { seed, ...size } of cases) {
    for (const coverageFirst of [false, true]) {
      test(`seed ${seed}, ${size.left}×${size.right}, ${size.coarse ? 'tied' : 'distinct'} scores, ${coverageFirst ? 'coverage first' : 'maximum score'}`, () => {
        const problem = randomRound(seed, size);
        const solution = solveIndexed(problem, { coverageFirst });
        const got = checkSolution(problem, solution);
        const reference = referenceOptimum(problem, coverageFirst);
        expectSameScore(solution.objective, reference.score);
        expectSameScore(got.score, reference.score);
        expect(got.count).toBe(reference.count);
      });
    }
  }
});

describe('solveAssignment', () => {
  test('solves the example round', () => {
    const result = solveAssignment({
      left: [
        { id: 'd1', capacity: 1 },
        { id: 'd2', capacity: 1 },
      ],
      right: [
        { id: 's1', capacity: 1 },
        { id: 's2', capacity: 1 },
      ],
      // Greedy would take d1–s1 (0.9) and strand d2; the optimum pairs both.
      edges: [
        { left: 'd1', right: 's1', score: 0.9 },
        { left: 'd1', right: 's2', score: 0.8 },
        { left: 'd2', right: 's1', score: 0.7 },
      ],
    });
    expect(result.assignment).toEqual([
      { left: 'd1', right: 's2' },
      { left: 'd2', right: 's1' },
    ]);
    expect(result.objective).toBeCloseTo(1.5, 12);
  });

  test('leaves a pair out when that lets better pairs in (maximum score), but not with coverage first', () => {
    const round = {
      left: [
        { id: 'd1', capacity: 1 },
        { id: 'd2', capacity: 1 },
      ],
      right: [
        { id: 's1', capacity: 1 },
        { id: 's2', capacity: 1 },
      ],
      edges: [
        { left: 'd1', right: 's1', score: 10 },
        { left: 'd1', right: 's2', score: 1 },
        { left: 'd2', right: 's1', score: 1 },
      ],
    };
    expect(solveAssignment(round).assignment).toEqual([{ left: 'd1', right: 's1' }]);
    const covered = solveAssignment(round, { coverageFirst: true });
    expect(covered.assignment).toHaveLength(2);
    expect(covered.objective).toBe(2);
  });

  test('an empty round has an empty assignment', () => {
    expect(solveAssignment({ left: [], right: [], edges: [] })).toEqual({ objective: 0, assignment: [] });
  });

  const base = () => ({
    left: [{ id: 'd1', capacity: 1 }],
    right: [{ id: 's1', capacity: 2 }],
    edges: [{ left: 'd1', right: 's1', score: 0.5 }],
  });
  const bad: [string, (round: ReturnType<typeof base>) => unknown, RegExp][] = [
    ['an unknown left id', (r) => (r.edges[0]!.left = 'd9'), /unknown left id "d9"/],
    ['an unknown right id', (r) => (r.edges[0]!.right = 's9'), /unknown right id "s9"/],
    ['a duplicate left id', (r) => r.left.push({ id: 'd1', capacity: 1 }), /duplicate left id "d1"/],
    ['a duplicate right id', (r) => r.right.push({ id: 's1', capacity: 1 }), /duplicate right id "s1"/],
    ['a negative capacity', (r) => (r.right[0]!.capacity = -1), /right node "s1" has capacity -1/],
    ['a fractional capacity', (r) => (r.left[0]!.capacity = 1.5), /left node "d1" has capacity 1.5/],
    ['a zero score', (r) => (r.edges[0]!.score = 0), /edge 0 \("d1"–"s1"\) has score 0/],
    ['a negative score', (r) => (r.edges[0]!.score = -2), /has score -2/],
    ['an infinite score', (r) => (r.edges[0]!.score = Infinity), /has score Infinity/],
    ['a NaN score', (r) => (r.edges[0]!.score = NaN), /has score NaN/],
  ];
  for (const [what, spoil, message] of bad) {
    test(`rejects ${what} with a message naming it`, () => {
      const round = base();
      spoil(round);
      expect(() => solveAssignment(round)).toThrow(SolverInputError);
      expect(() => solveAssignment(round)).toThrow(message);
    });
  }

  test('solveIndexed rejects indices out of range and bad scores', () => {
    const problem: IndexedProblem = {
      leftCapacity: Int32Array.of(1),
      rightCapacity: Int32Array.of(1),
      edgeLeft: Int32Array.of(0),
      edgeRight: Int32Array.of(3),
      edgeScore: Float64Array.of(1),
    };
    expect(() => solveIndexed(problem)).toThrow(/edge 0 names right node 3, which does not exist/);
    expect(() => solveIndexed({ ...problem, edgeRight: Int32Array.of(0), edgeScore: Float64Array.of(-1) })).toThrow(
      SolverInputError,
    );
    expect(() => solveIndexed({ ...problem, leftCapacity: Int32Array.of(-1), edgeRight: Int32Array.of(0) })).toThrow(
      /left node 0 has capacity -1/,
    );
  });
});

/** Maximum number of matches, by augmenting paths on unit flows (independent of the solver). */
function maximumMatches(problem: IndexedProblem): number {
  const { leftCapacity, rightCapacity, edgeLeft, edgeRight } = problem;
  const used = new Uint8Array(edgeLeft.length);
  const leftUse = new Int32Array(leftCapacity.length);
  const rightUse = new Int32Array(rightCapacity.length);
  let total = 0;
  for (;;) {
    // BFS over residual graph: nodes are lefts (0..L-1) and rights (L..L+R-1).
    const L = leftCapacity.length;
    const via = new Int32Array(L + rightCapacity.length).fill(-2);
    const queue: number[] = [];
    for (let l = 0; l < L; l++) {
      if (leftUse[l]! < leftCapacity[l]!) {
        via[l] = -1;
        queue.push(l);
      }
    }
    let end = -1;
    while (queue.length > 0 && end < 0) {
      const v = queue.shift()!;
      for (let k = 0; k < edgeLeft.length; k++) {
        if (v < L && edgeLeft[k] === v && !used[k]) {
          const w = L + edgeRight[k]!;
          if (via[w] !== -2) continue;
          via[w] = k;
          if (rightUse[edgeRight[k]!]! < rightCapacity[edgeRight[k]!]!) {
            end = w;
            break;
          }
          queue.push(w);
        } else if (v >= L && edgeRight[k] === v - L && used[k]) {
          const w = edgeLeft[k]!;
          if (via[w] !== -2) continue;
          via[w] = k;
          queue.push(w);
        }
      }
    }
    if (end < 0) return total;
    rightUse[end - L] = rightUse[end - L]! + 1;
    let v = end;
    for (;;) {
      const k = via[v]!;
      if (k === -1) {
        leftUse[v] = leftUse[v]! + 1;
        break;
      }
      used[k] = used[k] ? 0 : 1;
      v = v >= L ? edgeLeft[k]! : L + edgeRight[k]!;
    }
    total++;
  }
}
