import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkPair } from './constraints.js';
import { makeDemand, makeSupporter } from '../../test-support/engine-factories.js';
import { generateNetwork } from './generator.js';
import { DEFAULT_SCORE_WEIGHTS, explain, MIN_FEASIBLE_SCORE, SCORE_TERMS, scorePair } from './score.js';
import type { ScoreTerm } from './score.js';
import { SupporterIndex, weightVector } from './supporter-index.js';

const reasonOf = (term: ScoreTerm, ...args: Parameters<typeof scorePair>) =>
  scorePair(...args).terms.find((t) => t.term === term)!.reason;

describe('score', () => {
  test('every term has a value, a weight and a reason', () => {
    const { score, terms } = scorePair(makeDemand(), makeSupporter());
    expect(terms.map((t) => t.term)).toEqual([...SCORE_TERMS]);
    for (const t of terms) {
      expect(t.value).toBeGreaterThanOrEqual(0);
      expect(t.value).toBeLessThanOrEqual(1);
      expect(t.weight).toBe(DEFAULT_SCORE_WEIGHTS[t.term]);
      expect(t.contribution).toBeCloseTo(t.weight * t.value, 12);
      expect(t.reason.code).toMatch(/^[A-Z_]+$/);
    }
    expect(score).toBeCloseTo(
      terms.reduce((sum, t) => sum + t.contribution, 0),
      9,
    );
  });

  test('needs covered', () => {
    const demand = makeDemand({ needs: ['BUSINESS_PLAN', 'MARKETING_SALES', 'DIGITAL_SKILLS', 'SOFT_SKILLS'] });
    const supporter = makeSupporter({ needs: ['BUSINESS_PLAN', 'MARKETING_SALES', 'DIGITAL_SKILLS'] });
    expect(reasonOf('needs', demand, supporter)).toEqual({
      code: 'NEEDS_COVERED',
      params: { covered: 3, total: 4, needs: ['BUSINESS_PLAN', 'MARKETING_SALES', 'DIGITAL_SKILLS'] },
    });
  });

  test('shared language names the language and the level both can use', () => {
    const demand = makeDemand({
      languages: [
        { language: 'ht', level: 'NATIVE' },
        { language: 'es', level: 'CONVERSATIONAL' },
      ],
    });
    const supporter = makeSupporter({
      languages: [
        { language: 'es', level: 'NATIVE' },
        { language: 'ht', level: 'FLUENT' },
      ],
    });
    expect(reasonOf('language', demand, supporter)).toEqual({
      code: 'SHARED_LANGUAGE',
      params: { lang: 'ht', level: 'FLUENT' },
    });
    const native = makeSupporter({ languages: [{ language: 'ht', level: 'NATIVE' }] });
    expect(reasonOf('language', demand, native)).toEqual({
      code: 'SHARED_LANGUAGE',
      params: { lang: 'ht', level: 'NATIVE' },
    });
    expect(scorePair(demand, native).score).toBeGreaterThan(scorePair(demand, supporter).score);
  });

  test('jurisdiction for lawyers, local market for mentors', () => {
    const legal = makeDemand({ kind: 'LEGAL', needs: ['LABOR_RIGHTS'] });
    const lawyer = makeSupporter({
      supportKinds: ['LEGAL'],
      needs: ['LABOR_RIGHTS'],
      jurisdictions: ['CR'],
      country: 'PA',
    });
    expect(reasonOf('country', legal, lawyer)).toEqual({ code: 'JURISDICTION', params: { country: 'CR' } });
    expect(reasonOf('country', makeDemand(), makeSupporter())).toEqual({
      code: 'LOCAL_MARKET',
      params: { country: 'CR' },
    });
    expect(reasonOf('country', makeDemand(), makeSupporter({ country: 'DO' }))).toEqual({
      code: 'OTHER_COUNTRY',
      params: { country: 'DO', residence: 'CR' },
    });
  });

  test('sector and stage fit', () => {
    expect(reasonOf('sector', makeDemand(), makeSupporter())).toEqual({
      code: 'SECTOR_MATCH',
      params: { sector: 'FOOD' },
    });
    expect(reasonOf('sector', makeDemand({ sector: 'BEAUTY' }), makeSupporter()).code).toBe('SECTOR_OTHER');
    expect(reasonOf('sector', makeDemand({ sector: null }), makeSupporter()).code).toBe('SECTOR_UNKNOWN');
    expect(reasonOf('stage', makeDemand(), makeSupporter())).toEqual({
      code: 'STAGE_MATCH',
      params: { stage: 'STARTING' },
    });
    expect(reasonOf('stage', makeDemand({ businessStage: 'IDEA' }), makeSupporter()).code).toBe('STAGE_OTHER');
    expect(reasonOf('stage', makeDemand(), makeSupporter({ businessStages: [] })).code).toBe('STAGE_ANY');
  });

  test('availability overlap in hours, across time zones', () => {
    // Her Tuesday 18:00–20:00 in Costa Rica against 19:00–23:00 in Santo Domingo (17:00–21:00 in Costa Rica).
    const supporter = makeSupporter({
      availability: {
        timeZone: 'America/Santo_Domingo',
        slots: [{ day: 2, startMinute: 19 * 60, endMinute: 23 * 60 }],
      },
    });
    expect(reasonOf('availability', makeDemand(), supporter)).toEqual({
      code: 'AVAILABILITY_OVERLAP',
      params: { hours: 2 },
    });
    const never = makeSupporter({ availability: { timeZone: 'America/Costa_Rica', slots: [] } });
    expect(reasonOf('availability', makeDemand(), never)).toEqual({ code: 'NO_COMMON_TIME', params: {} });
  });

  test('urgency, waiting time and free capacity', () => {
    const demand = makeDemand({ urgency: 'HIGH', daysWaiting: 45 });
    expect(reasonOf('urgency', demand, makeSupporter())).toEqual({ code: 'URGENCY', params: { urgency: 'HIGH' } });
    expect(reasonOf('waiting', demand, makeSupporter())).toEqual({ code: 'WAITING', params: { days: 45 } });
    expect(reasonOf('load', demand, makeSupporter({ capacity: 4, activeLoad: 1 }))).toEqual({
      code: 'FREE_CAPACITY',
      params: { free: 3, capacity: 4 },
    });
    const longer = scorePair(makeDemand({ daysWaiting: 60 }), makeSupporter()).score;
    expect(longer).toBeGreaterThan(scorePair(makeDemand({ daysWaiting: 5 }), makeSupporter()).score);
    const lighter = scorePair(makeDemand(), makeSupporter({ activeLoad: 0 })).score;
    expect(lighter).toBeGreaterThan(scorePair(makeDemand(), makeSupporter({ activeLoad: 2 })).score);
  });

  test('the weights object changes the score', () => {
    const demand = makeDemand();
    const supporter = makeSupporter();
    const base = scorePair(demand, supporter);
    const moreLanguage = scorePair(demand, supporter, { language: DEFAULT_SCORE_WEIGHTS.language + 10 });
    expect(moreLanguage.score).toBeCloseTo(base.score + 10, 9);
    const onlyNeeds = Object.fromEntries(SCORE_TERMS.map((t) => [t, t === 'needs' ? 1 : 0]));
    expect(scorePair(demand, supporter, onlyNeeds).score).toBe(1);
  });

  test('a feasible pair always scores above zero, even when every weight is zero', () => {
    const zero = Object.fromEntries(SCORE_TERMS.map((t) => [t, 0]));
    expect(scorePair(makeDemand(), makeSupporter(), zero).score).toBe(MIN_FEASIBLE_SCORE);
    const { demands, supporters, history } = generateNetwork({ seed: 7, demands: 60, supporters: 60 });
    fc.assert(
      fc.property(fc.nat(demands.length - 1), fc.nat(supporters.length - 1), (i, j) => {
        const demand = demands[i]!;
        const supporter = supporters[j]!;
        if (checkPair(demand, supporter, history).feasible)
          expect(scorePair(demand, supporter).score).toBeGreaterThan(0);
      }),
    );
  });

  test('explain lists the reasons that add points, largest first', () => {
    const reasons = explain(makeDemand({ urgency: 'LOW', daysWaiting: 0 }), makeSupporter());
    expect(reasons.length).toBeGreaterThan(0);
    for (let r = 1; r < reasons.length; r++)
      expect(reasons[r - 1]!.contribution).toBeGreaterThanOrEqual(reasons[r]!.contribution);
    expect(reasons.every((r) => r.contribution > 0)).toBe(true);
    expect(reasons[0]).toMatchObject({ term: 'needs', code: 'NEEDS_COVERED', params: { covered: 1, total: 1 } });
    expect(reasons.map((r) => r.code)).not.toContain('URGENCY');
  });

  test('the supporter index scores and filters exactly as scorePair and checkPair', () => {
    const { demands, supporters, history } = generateNetwork({ seed: 11, demands: 200, supporters: 100 });
    const index = new SupporterIndex(supporters);
    const weights = { ...DEFAULT_SCORE_WEIGHTS, sector: 3.7, availability: 12.25 };
    const w = weightVector(weights);
    const feasible = new Int32Array(index.size);
    let pairs = 0;
    for (const demand of demands) {
      const features = index.prepare(demand, history);
      const count = index.feasible(features, feasible);
      const fast = new Set(feasible.subarray(0, count));
      supporters.forEach((supporter, j) => {
        const check = checkPair(demand, supporter, history);
        expect(fast.has(j)).toBe(check.feasible);
        expect(index.firstFailure(features, j)).toBe(check.feasible ? null : check.failed[0]);
        expect(index.score(features, j, w)).toBe(scorePair(demand, supporter, weights).score);
        pairs++;
      });
    }
    expect(pairs).toBe(20_000);
  });
});
