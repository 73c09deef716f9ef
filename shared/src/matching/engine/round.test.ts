import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkPair, freeCapacity } from './constraints.js';
import { makeDemand, makeSupporter } from '../../test-support/engine-factories.js';
import { generateNetwork } from './generator.js';
import { buildRoundProblem, planRound } from './round.js';
import { scorePair } from './score.js';
import type { PairHistory } from './types.js';

describe('matching rounds', () => {
  test('never proposes an infeasible pair and never exceeds capacity', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 1, max: 40 }),
        (seed, demandCount, supporterCount) => {
          const { demands, supporters, history } = generateNetwork({
            seed,
            demands: demandCount,
            supporters: supporterCount,
          });
          const plan = planRound(demands, supporters, history);
          const demandById = new Map(demands.map((d) => [d.id, d]));
          const supporterById = new Map(supporters.map((s) => [s.id, s]));
          const seats = new Map<string, number>();
          const served = new Set<string>();
          for (const p of plan.proposals) {
            const demand = demandById.get(p.demandId)!;
            const supporter = supporterById.get(p.supporterId)!;
            expect(checkPair(demand, supporter, history)).toEqual({ feasible: true });
            expect(p.score).toBe(scorePair(demand, supporter).score);
            expect(served.has(p.demandId)).toBe(false);
            served.add(p.demandId);
            seats.set(p.supporterId, (seats.get(p.supporterId) ?? 0) + 1);
          }
          for (const [id, used] of seats) expect(used).toBeLessThanOrEqual(freeCapacity(supporterById.get(id)!));
          expect(plan.proposals.length + plan.unmatched.length).toBe(demands.length);
          const counted = Object.values(plan.unmatchedCounts).reduce((a, b) => a + b, 0);
          expect(counted).toBe(plan.unmatched.length);
        },
      ),
      { numRuns: 60 },
    );
  });

  test('serves as many demands as possible before the score', () => {
    // One mentor with one seat, two women: the one only she can serve gets her, although the other scores higher.
    const mentor = makeSupporter({
      capacity: 1,
      languages: [
        { language: 'es', level: 'NATIVE' },
        { language: 'ht', level: 'NATIVE' },
      ],
    });
    const other = makeSupporter({
      capacity: 1,
      needs: [],
      sectors: [],
      languages: [{ language: 'es', level: 'CONVERSATIONAL' }],
    });
    const spanish = makeDemand({ urgency: 'HIGH', daysWaiting: 80 });
    const haitian = makeDemand({ languages: [{ language: 'ht', level: 'NATIVE' }], urgency: 'LOW', daysWaiting: 0 });
    expect(scorePair(spanish, mentor).score).toBeGreaterThan(scorePair(haitian, mentor).score);
    const plan = planRound([spanish, haitian], [mentor, other]);
    expect(plan.proposals.map((p) => [p.demandId, p.supporterId]).sort()).toEqual(
      [
        [spanish.id, other.id],
        [haitian.id, mentor.id],
      ].sort(),
    );
    expect(plan.unmatched).toEqual([]);
  });

  test('proposals carry readable reasons', () => {
    const demand = makeDemand({ languages: [{ language: 'ht', level: 'NATIVE' }] });
    const supporter = makeSupporter({ languages: [{ language: 'ht', level: 'FLUENT' }] });
    const [proposal] = planRound([demand], [supporter]).proposals;
    expect(proposal).toMatchObject({ demandId: demand.id, supporterId: supporter.id, kind: 'MENTOR' });
    expect(proposal!.reasons).toContainEqual(
      expect.objectContaining({ code: 'SHARED_LANGUAGE', params: { lang: 'ht', level: 'FLUENT' } }),
    );
  });

  test('says why each unmatched demand was left out, with counts per reason', () => {
    const mentor = makeSupporter({ capacity: 1 });
    const lawyerPanama = makeSupporter({ supportKinds: ['LEGAL'], jurisdictions: ['PA'], country: 'PA' });
    const first = makeDemand({ daysWaiting: 30 });
    const second = makeDemand({ daysWaiting: 1 });
    const legal = makeDemand({ kind: 'LEGAL', needs: ['REGULARIZATION'] });
    const haitian = makeDemand({ languages: [{ language: 'ht', level: 'NATIVE' }] });
    const psychosocial = makeDemand({ kind: 'PSYCHOSOCIAL', needs: ['PSYCHOSOCIAL_SUPPORT'] });
    const plan = planRound([first, second, legal, haitian, psychosocial], [mentor, lawyerPanama]);

    expect(plan.proposals.map((p) => p.demandId)).toEqual([first.id]);
    const why = Object.fromEntries(plan.unmatched.map((u) => [u.demandId, u]));
    expect(why[second.id]).toMatchObject({ reason: 'CAPACITY_EXHAUSTED', feasibleCount: 1, params: { feasible: 1 } });
    expect(why[legal.id]).toMatchObject({
      reason: 'NO_JURISDICTION',
      params: { kind: 'LEGAL', country: 'CR' },
      feasibleCount: 0,
      failedCounts: { KIND_NOT_OFFERED: 1, NO_JURISDICTION: 1 },
    });
    expect(why[haitian.id]).toMatchObject({ reason: 'NO_SHARED_LANGUAGE', params: { languages: ['ht'] } });
    expect(why[psychosocial.id]).toMatchObject({ reason: 'KIND_NOT_OFFERED', params: { kind: 'PSYCHOSOCIAL' } });
    expect(plan.unmatchedCounts).toEqual({
      CAPACITY_EXHAUSTED: 1,
      NO_JURISDICTION: 1,
      NO_SHARED_LANGUAGE: 1,
      KIND_NOT_OFFERED: 1,
    });
    expect(plan.stats).toMatchObject({ demands: 5, supporters: 2, feasiblePairs: 2, matched: 1 });
  });

  test('supporters already full or paused are not counted as feasible', () => {
    const demand = makeDemand();
    const plan = planRound([demand], [makeSupporter({ capacity: 2, activeLoad: 2 }), makeSupporter({ active: false })]);
    expect(plan.unmatched[0]).toMatchObject({ reason: 'NO_CAPACITY', failedCounts: { NOT_ACTIVE: 1, NO_CAPACITY: 1 } });
  });

  test('edges are built in the indexed form, with progress reports', () => {
    const { demands, supporters, history } = generateNetwork({ seed: 5, demands: 100, supporters: 50 });
    const stages: string[] = [];
    const problem = buildRoundProblem(demands, supporters, history, { onProgress: (p) => stages.push(p.stage) });
    expect(problem.edgeLeft).toHaveLength(problem.edgeCount);
    expect(problem.edgeScore).toBeInstanceOf(Float64Array);
    expect(problem.leftCapacity).toHaveLength(100);
    expect(Array.from(problem.rightCapacity)).toEqual(supporters.map(freeCapacity));
    expect(problem.feasiblePerDemand.reduce((a, b) => a + b, 0)).toBe(problem.edgeCount);
    expect(stages).toContain('edges');
  });

  test('a supporter turned down for a demand goes to the next best; with nobody left, the round says so', () => {
    const declined = makeSupporter({ sectors: ['FOOD'] });
    const next = makeSupporter({ sectors: [] });
    const demand = makeDemand({ sector: 'FOOD' });
    expect(planRound([demand], [declined, next]).proposals[0]!.supporterId).toBe(declined.id);

    const once: PairHistory = {
      blocks: [],
      badEndings: [],
      turnedDown: [{ demandId: demand.id, supporterUserId: declined.userId }],
    };
    expect(planRound([demand], [declined, next], once).proposals[0]!.supporterId).toBe(next.id);

    const both: PairHistory = {
      ...once,
      turnedDown: [...once.turnedDown!, { demandId: demand.id, supporterUserId: next.userId }],
    };
    const plan = planRound([demand], [declined, next], both);
    expect(plan.proposals).toEqual([]);
    expect(plan.unmatched[0]).toMatchObject({ reason: 'TURNED_DOWN_BEFORE', failedCounts: { TURNED_DOWN_BEFORE: 2 } });
  });

  test('reports progress through every stage, ending each at its total', () => {
    const { demands, supporters, history } = generateNetwork({ seed: 6, demands: 200, supporters: 40 });
    const seen: { stage: string; done: number; total: number }[] = [];
    planRound(demands, supporters, history, { onProgress: (p) => seen.push(p) });
    expect([...new Set(seen.map((p) => p.stage))]).toEqual(['edges', 'solve', 'explain']);
    for (const stage of ['edges', 'solve', 'explain']) {
      const mine = seen.filter((p) => p.stage === stage);
      expect(mine.at(-1)!.done, stage).toBe(mine.at(-1)!.total);
      expect(mine.every((p, i) => i === 0 || p.done >= mine[i - 1]!.done)).toBe(true);
    }
  });

  test('an empty round is fine', () => {
    expect(planRound([], [])).toMatchObject({ proposals: [], unmatched: [], stats: { feasiblePairs: 0 } });
  });
});
