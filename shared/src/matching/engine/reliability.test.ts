import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { makeDemand, makeSupporter } from '../../test-support/engine-factories.js';
import { recommend } from './recommend.js';
import {
  DEFAULT_RELIABILITY,
  DEFAULT_RELIABILITY_PRIOR,
  networkPrior,
  trackRecordOf,
  type SupporterHistory,
} from './reliability.js';
import { DEFAULT_SCORE_WEIGHTS, explain, scorePair } from './score.js';
import { SupporterIndex, weightVector } from './supporter-index.js';
import { EMPTY_PAIR_HISTORY } from './types.js';

const NOTHING: SupporterHistory = { ratingSum: 0, ratingCount: 0, completed: 0, dropped: 0 };
const GOOD: SupporterHistory = { ratingSum: 5 + 5 + 4, ratingCount: 3, completed: 3, dropped: 1 };
const POOR: SupporterHistory = { ratingSum: 1 + 1, ratingCount: 2, completed: 0, dropped: 3 };

describe('reliability', () => {
  test('someone new stands exactly at the prior: neither held back nor pushed forward', () => {
    expect(trackRecordOf(NOTHING)).toEqual({ reliability: DEFAULT_RELIABILITY, completed: 0, evidence: 0 });
    expect(DEFAULT_RELIABILITY).toBeCloseTo((0.75 + 0.8) / 2, 12);
  });

  test('a record is a Bayesian average, worked out by hand', () => {
    // Ratings 5, 5, 4 → (4 + 4 + 3) / 4 = 2.75 points; with the prior's 3 × 0.75: 5 / 6.
    // Three completed, one dropped, with the prior's 3 × 0.8: 5.4 / 7.
    const record = trackRecordOf(GOOD);
    expect(record.reliability).toBeCloseTo((5 / 6 + 5.4 / 7) / 2, 12);
    expect(record).toMatchObject({ completed: 3, evidence: 7 });
    // Two ratings of 1 and three dropped: 2.25 / 5 and 2.4 / 6.
    expect(trackRecordOf(POOR).reliability).toBeCloseTo((2.25 / 5 + 2.4 / 6) / 2, 12);
  });

  test('one bad rating moves a newcomer only a little', () => {
    const once = trackRecordOf({ ratingSum: 1, ratingCount: 1, completed: 0, dropped: 0 });
    expect(once.reliability).toBeLessThan(DEFAULT_RELIABILITY);
    expect(DEFAULT_RELIABILITY - once.reliability).toBeLessThan(0.1);
  });

  test('the network prior is the network’s own mean, itself smoothed toward the default', () => {
    const prior = networkPrior([GOOD, POOR, NOTHING]);
    // Ratings: 3 × 0.75 + 2.75 + 0 over 3 + 5 = 0.625; follow-through: 3 × 0.8 + 3 over 3 + 7 = 0.54.
    expect(prior.rating).toBeCloseTo(0.625, 12);
    expect(prior.followThrough).toBeCloseTo(0.54, 12);
    expect(prior.weight).toBe(DEFAULT_RELIABILITY_PRIOR.weight);
    expect(trackRecordOf(NOTHING, prior).reliability).toBeCloseTo((0.625 + 0.54) / 2, 12);
    const empty = networkPrior([]);
    expect(empty.rating).toBeCloseTo(DEFAULT_RELIABILITY_PRIOR.rating, 12);
    expect(empty.followThrough).toBeCloseTo(DEFAULT_RELIABILITY_PRIOR.followThrough, 12);
  });

  test('stays within [0, 1] and grows with better ratings and more matches seen through', () => {
    const history = fc.record({
      ratingCount: fc.nat(50),
      ratingStars: fc.nat(4),
      completed: fc.nat(50),
      dropped: fc.nat(50),
    });
    fc.assert(
      fc.property(history, ({ ratingCount, ratingStars, completed, dropped }) => {
        const h = { ratingSum: ratingCount * (1 + ratingStars), ratingCount, completed, dropped };
        const r = trackRecordOf(h).reliability;
        expect(r).toBeGreaterThanOrEqual(0);
        expect(r).toBeLessThanOrEqual(1);
        expect(trackRecordOf({ ...h, completed: completed + 1 }).reliability).toBeGreaterThan(r);
        expect(trackRecordOf({ ...h, dropped: dropped + 1 }).reliability).toBeLessThan(r);
        if (ratingCount > 0 && ratingStars < 4) {
          expect(trackRecordOf({ ...h, ratingSum: h.ratingSum + 1 }).reliability).toBeGreaterThan(r);
        }
      }),
    );
  });
});

describe('reliability in the score', () => {
  test('is a term with its weight; the reason names matches seen through, never a rating', () => {
    const record = trackRecordOf(GOOD);
    const { terms } = scorePair(makeDemand(), makeSupporter({ trackRecord: record }));
    const term = terms.find((t) => t.term === 'reliability')!;
    expect(term.weight).toBe(DEFAULT_SCORE_WEIGHTS.reliability);
    expect(term.value).toBeCloseTo(record.reliability, 12);
    expect(term.reason).toEqual({ code: 'TRACK_RECORD', params: { completed: 3 } });
  });

  test('someone new, or unknown to the caller, scores the default and reads as new', () => {
    for (const supporter of [makeSupporter(), makeSupporter({ trackRecord: trackRecordOf(NOTHING) })]) {
      const term = scorePair(makeDemand(), supporter).terms.find((t) => t.term === 'reliability')!;
      expect(term.value).toBe(DEFAULT_RELIABILITY);
      expect(term.reason).toEqual({ code: 'NEW_SUPPORTER', params: {} });
    }
  });

  test('all else equal, the more reliable supporter ranks first', () => {
    const demand = makeDemand();
    const poor = makeSupporter({ trackRecord: trackRecordOf(POOR) });
    const fresh = makeSupporter();
    const good = makeSupporter({ trackRecord: trackRecordOf(GOOD) });
    const result = recommend(demand, [poor, fresh, good], EMPTY_PAIR_HISTORY);
    expect(result.recommendations.map((r) => r.supporterUserId)).toEqual([good.userId, fresh.userId, poor.userId]);
    const gap = scorePair(demand, good).score - scorePair(demand, poor).score;
    expect(gap).toBeCloseTo(
      DEFAULT_SCORE_WEIGHTS.reliability * (trackRecordOf(GOOD).reliability - trackRecordOf(POOR).reliability),
      9,
    );
    expect(explain(demand, good).map((r) => r.code)).toContain('TRACK_RECORD');
  });

  test('the supporter index gives the same score as scorePair with track records', () => {
    const demand = makeDemand();
    const supporters = [GOOD, POOR, NOTHING].map((h) => makeSupporter({ trackRecord: trackRecordOf(h) }));
    supporters.push(makeSupporter({ trackRecord: null }));
    const index = new SupporterIndex(supporters);
    const features = index.prepare(demand, EMPTY_PAIR_HISTORY);
    const weights = { ...DEFAULT_SCORE_WEIGHTS, reliability: 13.5 };
    supporters.forEach((s, j) =>
      expect(index.score(features, j, weightVector(weights))).toBe(scorePair(demand, s, weights).score),
    );
  });
});
