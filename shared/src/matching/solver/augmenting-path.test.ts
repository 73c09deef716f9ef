import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { solveUnitMatching, type EdgeBudget } from './augmenting-path.js';
import { randomRound, referenceOptimum } from '../../test-support/solver-rounds.js';
import type { IndexedProblem } from './types.js';

/**
 * Runs the search on a round whose left nodes take one match each, with integer values, and returns
 * the chosen value; the arrays it is given are its own (it reorders them).
 */
function solveWithBudget(
  problem: IndexedProblem,
  values: Float64Array,
  budget: EdgeBudget,
): { count: number; value: number } {
  const { leftCapacity, rightCapacity, edgeLeft, edgeRight } = problem;
  const personCount = leftCapacity.length;
  const adjStart = new Int32Array(personCount + 1);
  for (const l of edgeLeft) adjStart[l + 1] = adjStart[l + 1]! + 1;
  for (let p = 0; p < personCount; p++) adjStart[p + 1] = adjStart[p + 1]! + adjStart[p]!;
  const fill = adjStart.slice(0, personCount);
  const adjObject = new Int32Array(edgeLeft.length);
  const adjValue = new Float64Array(edgeLeft.length);
  const adjEdge = new Int32Array(edgeLeft.length);
  for (let k = 0; k < edgeLeft.length; k++) {
    const at = fill[edgeLeft[k]!]!;
    fill[edgeLeft[k]!] = at + 1;
    adjObject[at] = edgeRight[k]!;
    adjValue[at] = values[k]!;
    adjEdge[at] = k;
  }
  const prices = { person: new Float64Array(personCount), object: new Float64Array(rightCapacity.length) };
  const chosen = solveUnitMatching(
    { personCount, objectCapacity: rightCapacity, adjStart, adjObject, adjValue, adjEdge },
    budget,
    prices,
  );
  expectCertificate(problem, values, chosen, prices);
  const seats = new Int32Array(rightCapacity.length);
  let count = 0;
  let value = 0;
  chosen.forEach((k, p) => {
    if (k < 0) return;
    expect(edgeLeft[k]).toBe(p);
    seats[edgeRight[k]!] = seats[edgeRight[k]!]! + 1;
    expect(seats[edgeRight[k]!]).toBeLessThanOrEqual(rightCapacity[edgeRight[k]!]!);
    count++;
    value += values[k]!;
  });
  return { count, value };
}

/**
 * LP duality: prices u (persons) and v (objects) with u, v ≥ 0 and, per edge, z = max(0, value − u − v)
 * bound every matching's value by Σu + Σ capacity·v + Σz. Complementary slackness (z > 0 only on
 * chosen edges, chosen edges with u + v ≤ value, unmatched persons and objects with a free seat at
 * price 0) makes the bound equal to the chosen value: the matching is optimal on every edge.
 */
function expectCertificate(
  problem: IndexedProblem,
  values: Float64Array,
  chosen: Int32Array,
  prices: { person: Float64Array; object: Float64Array },
): void {
  const { leftCapacity, rightCapacity, edgeLeft, edgeRight } = problem;
  const u = prices.person;
  const v = prices.object;
  const isChosen = new Uint8Array(edgeLeft.length);
  const seats = new Int32Array(rightCapacity.length);
  let primal = 0;
  chosen.forEach((k) => {
    if (k < 0) return;
    isChosen[k] = 1;
    seats[edgeRight[k]!] = seats[edgeRight[k]!]! + 1;
    primal += values[k]!;
  });
  let dual = 0;
  for (let p = 0; p < leftCapacity.length; p++) {
    expect(u[p]).toBeGreaterThanOrEqual(0);
    if (chosen[p]! < 0) expect(u[p]).toBe(0);
    dual += u[p]! * leftCapacity[p]!;
  }
  for (let r = 0; r < rightCapacity.length; r++) {
    expect(v[r]).toBeGreaterThanOrEqual(0);
    if (seats[r]! < rightCapacity[r]!) expect(v[r]).toBe(0);
    dual += v[r]! * rightCapacity[r]!;
  }
  for (let k = 0; k < edgeLeft.length; k++) {
    const slack = values[k]! - u[edgeLeft[k]!]! - v[edgeRight[k]!]!;
    if (isChosen[k]) expect(slack).toBeGreaterThanOrEqual(0);
    else expect(slack).toBeLessThanOrEqual(0);
    dual += Math.max(0, slack);
  }
  expect(dual).toBe(primal);
}

// Starting from almost no edges forces every repair: edges brought in, persons placed again, and freed
// seats with a positive price refilled by reverse searches.
const starved: EdgeBudget[] = [
  { initialPerPerson: 1, initialPerSeat: 0, admittedPerPerson: 1 },
  { initialPerPerson: 0, initialPerSeat: 1, admittedPerPerson: 2 },
  { initialPerPerson: 2, initialPerSeat: 1, admittedPerPerson: 3 },
];

describe('shortest augmenting paths with edges brought in late', () => {
  for (const budget of starved) {
    test(`matches the reference with budget ${JSON.stringify(budget)}`, () => {
      for (let seed = 1; seed <= 12; seed++) {
        const problem = randomRound(seed, {
          left: 60 + seed * 5,
          right: 15 + seed,
          perLeft: 12,
          maxRightCapacity: 1 + (seed % 3),
          coarse: seed % 2 === 0,
        });
        // Integer values so that both sides are exact: ties stay ties.
        const values = problem.edgeScore.map((s) => Math.round(s * 1000));
        const reference = referenceOptimum({ ...problem, edgeScore: values }, false);
        const got = solveWithBudget(problem, values, budget);
        expect(got.value).toBe(reference.score);
      }
    });
  }

  test('matches the reference on arbitrary small rounds with a starved budget', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 25 }),
        fc.integer({ min: 1, max: 10 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 6 })), { maxLength: 120 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 10, maxLength: 10 }),
        fc.constantFrom(...starved),
        (left, right, edges, capacities, budget) => {
          const problem: IndexedProblem = {
            leftCapacity: new Int32Array(left).fill(1),
            rightCapacity: Int32Array.from(capacities.slice(0, right)),
            edgeLeft: Int32Array.from(edges, ([l]) => l % left),
            edgeRight: Int32Array.from(edges, ([, r]) => r % right),
            edgeScore: Float64Array.from(edges, ([, , s]) => s),
          };
          // The search expects objects referenced by an edge to have a seat, as the solver ensures.
          const keep = edges.map((_, k) => problem.rightCapacity[problem.edgeRight[k]!]! > 0);
          const kept: IndexedProblem = {
            ...problem,
            edgeLeft: problem.edgeLeft.filter((_, k) => keep[k]),
            edgeRight: problem.edgeRight.filter((_, k) => keep[k]),
            edgeScore: problem.edgeScore.filter((_, k) => keep[k]),
          };
          const reference = referenceOptimum(kept, false);
          expect(solveWithBudget(kept, kept.edgeScore.slice(), budget).value).toBe(reference.score);
        },
      ),
      { numRuns: 300 },
    );
  });
});
