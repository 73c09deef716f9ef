import { describe, expect, test } from 'vitest';
import { USABLE_LANGUAGE_LEVELS } from '../../vocabulary/index.js';
import { checkPair, failedConstraints, placeKey } from './constraints.js';
import { makeDemand, makeSupporter } from '../../test-support/engine-factories.js';
import { LANGUAGE_LEVEL_VALUE } from './score.js';
import { SupporterIndex } from './supporter-index.js';
import type { PairHistory } from './types.js';

describe('hard constraints', () => {
  test('a mentor who fits is feasible', () => {
    expect(checkPair(makeDemand(), makeSupporter())).toEqual({ feasible: true });
  });

  describe('shared language at a usable level', () => {
    test('refuses when they share no language', () => {
      const demand = makeDemand({ languages: [{ language: 'ht', level: 'NATIVE' }] });
      expect(checkPair(demand, makeSupporter())).toEqual({ feasible: false, failed: ['NO_SHARED_LANGUAGE'] });
    });
    test('refuses when one side only has basic level', () => {
      const demand = makeDemand({
        languages: [
          { language: 'ht', level: 'NATIVE' },
          { language: 'es', level: 'BASIC' },
        ],
      });
      expect(failedConstraints(demand, makeSupporter())).toEqual(['NO_SHARED_LANGUAGE']);
      const supporter = makeSupporter({ languages: [{ language: 'es', level: 'BASIC' }] });
      expect(failedConstraints(makeDemand(), supporter)).toEqual(['NO_SHARED_LANGUAGE']);
    });
    test.each(USABLE_LANGUAGE_LEVELS)('allows %s on both sides', (level) => {
      const demand = makeDemand({ languages: [{ language: 'ht', level }] });
      const supporter = makeSupporter({
        languages: [
          { language: 'es', level: 'NATIVE' },
          { language: 'ht', level },
        ],
      });
      expect(checkPair(demand, supporter).feasible).toBe(true);
    });
    test('usable levels are exactly those with a positive language value', () => {
      for (const [level, value] of Object.entries(LANGUAGE_LEVEL_VALUE)) {
        expect(value > 0).toBe((USABLE_LANGUAGE_LEVELS as readonly string[]).includes(level));
      }
    });
  });

  test('the supporter must offer the kind', () => {
    const demand = makeDemand({ kind: 'FINANCIAL', needs: ['CREDIT_ACCESS'] });
    expect(failedConstraints(demand, makeSupporter())).toEqual(['KIND_NOT_OFFERED']);
    expect(checkPair(demand, makeSupporter({ supportKinds: ['MENTOR', 'FINANCIAL'] })).feasible).toBe(true);
  });

  describe('jurisdiction for legal and fiscal advice', () => {
    const lawyer = (jurisdictions: ('CR' | 'PA' | 'NI')[]) =>
      makeSupporter({
        supportKinds: ['LEGAL', 'FISCAL'],
        needs: ['REGULARIZATION', 'TAXES'],
        jurisdictions,
        country: 'PA',
      });
    test.each(['LEGAL', 'FISCAL'] as const)('%s refuses an adviser without the country of residence', (kind) => {
      const demand = makeDemand({ kind, needs: kind === 'LEGAL' ? ['REGULARIZATION'] : ['TAXES'] });
      expect(failedConstraints(demand, lawyer(['PA', 'NI']))).toEqual(['NO_JURISDICTION']);
      expect(checkPair(demand, lawyer(['PA', 'CR'])).feasible).toBe(true);
    });
    test('other kinds do not need a jurisdiction', () => {
      const demand = makeDemand({ kind: 'FINANCIAL', needs: ['CREDIT_ACCESS'] });
      const adviser = makeSupporter({ supportKinds: ['FINANCIAL'], jurisdictions: [], country: 'PA' });
      expect(checkPair(demand, adviser).feasible).toBe(true);
    });
  });

  describe('in person only within the same city', () => {
    const inPerson = makeDemand({ modality: 'IN_PERSON', city: 'San José' });
    test('refuses another city, or the same city name in another country', () => {
      expect(failedConstraints(inPerson, makeSupporter({ city: 'Heredia' }))).toEqual(['DIFFERENT_CITY']);
      expect(failedConstraints(inPerson, makeSupporter({ country: 'PA', city: 'San José' }))).toEqual([
        'DIFFERENT_CITY',
      ]);
    });
    test('refuses a supporter who does not meet in person', () => {
      expect(failedConstraints(inPerson, makeSupporter({ modalities: ['CHAT'] }))).toEqual(['IN_PERSON_NOT_OFFERED']);
    });
    test('allows the same city whatever the accents and case', () => {
      expect(checkPair(inPerson, makeSupporter({ city: '  san jose ' })).feasible).toBe(true);
      expect(placeKey('CR', 'San José')).toBe(placeKey('CR', 'SAN  JOSE'));
    });
    test('chat and calls cross borders', () => {
      expect(
        checkPair(makeDemand({ modality: 'CALL' }), makeSupporter({ country: 'DO', city: 'Santo Domingo' })).feasible,
      ).toBe(true);
    });
  });

  test('free capacity', () => {
    expect(failedConstraints(makeDemand(), makeSupporter({ capacity: 2, activeLoad: 2 }))).toEqual(['NO_CAPACITY']);
    expect(failedConstraints(makeDemand(), makeSupporter({ capacity: 2, activeLoad: 3 }))).toEqual(['NO_CAPACITY']);
    expect(checkPair(makeDemand(), makeSupporter({ capacity: 2, activeLoad: 1 })).feasible).toBe(true);
  });

  test('no block, in either direction', () => {
    const demand = makeDemand();
    const supporter = makeSupporter();
    const byHer: PairHistory = {
      blocks: [{ userId: demand.entrepreneurUserId, blockedUserId: supporter.userId }],
      badEndings: [],
    };
    const byThem: PairHistory = {
      blocks: [{ userId: supporter.userId, blockedUserId: demand.entrepreneurUserId }],
      badEndings: [],
    };
    const others: PairHistory = {
      blocks: [{ userId: demand.entrepreneurUserId, blockedUserId: 'someone-else' }],
      badEndings: [],
    };
    expect(failedConstraints(demand, supporter, byHer)).toEqual(['BLOCKED']);
    expect(failedConstraints(demand, supporter, byThem)).toEqual(['BLOCKED']);
    expect(checkPair(demand, supporter, others).feasible).toBe(true);
  });

  test('not a pair that already ended badly', () => {
    const demand = makeDemand();
    const supporter = makeSupporter();
    const history: PairHistory = {
      blocks: [],
      badEndings: [{ entrepreneurUserId: demand.entrepreneurUserId, supporterUserId: supporter.userId }],
    };
    expect(failedConstraints(demand, supporter, history)).toEqual(['ENDED_BADLY']);
    expect(checkPair(demand, makeSupporter(), history).feasible).toBe(true);
  });

  test('not a supporter already turned down for this very demand; her other demands are not affected', () => {
    const demand = makeDemand();
    const other = makeDemand({ entrepreneurId: demand.entrepreneurId, entrepreneurUserId: demand.entrepreneurUserId });
    const supporter = makeSupporter();
    const history: PairHistory = {
      blocks: [],
      badEndings: [],
      turnedDown: [{ demandId: demand.id, supporterUserId: supporter.userId }],
    };
    expect(failedConstraints(demand, supporter, history)).toEqual(['TURNED_DOWN_BEFORE']);
    expect(checkPair(other, supporter, history).feasible).toBe(true);
    expect(checkPair(demand, makeSupporter(), history).feasible).toBe(true);

    // The indexed path used by rounds and recommendations says the same.
    const index = new SupporterIndex([supporter, makeSupporter()]);
    const features = index.prepare(demand, history);
    expect(index.firstFailure(features, 0)).toBe('TURNED_DOWN_BEFORE');
    expect(index.firstFailure(features, 1)).toBeNull();
    expect(index.firstFailure(index.prepare(other, history), 0)).toBeNull();
    const found = new Int32Array(2);
    expect(Array.from(found.subarray(0, index.feasible(features, found)))).toEqual([1]);
  });

  test('advisers must be verified; mentors need not be', () => {
    const legal = makeDemand({ kind: 'LEGAL', needs: ['LABOR_RIGHTS'] });
    const unverified = makeSupporter({ supportKinds: ['LEGAL', 'MENTOR'], jurisdictions: ['CR'], verified: false });
    expect(failedConstraints(legal, unverified)).toEqual(['NOT_VERIFIED']);
    expect(checkPair(makeDemand(), unverified).feasible).toBe(true);
    expect(checkPair(legal, { ...unverified, verified: true }).feasible).toBe(true);
  });

  test('the supporter must be active', () => {
    expect(failedConstraints(makeDemand(), makeSupporter({ active: false }))).toEqual(['NOT_ACTIVE']);
  });

  test('nobody is matched with herself', () => {
    const demand = makeDemand();
    expect(failedConstraints(demand, makeSupporter({ userId: demand.entrepreneurUserId }))).toEqual(['SAME_PERSON']);
  });

  test('lists every failed constraint in funnel order', () => {
    const demand = makeDemand({
      kind: 'LEGAL',
      needs: ['REGULARIZATION'],
      modality: 'IN_PERSON',
      languages: [{ language: 'ht', level: 'NATIVE' }],
    });
    const supporter = makeSupporter({
      active: false,
      verified: false,
      capacity: 1,
      activeLoad: 1,
      city: 'Liberia',
      modalities: ['CHAT'],
    });
    expect(failedConstraints(demand, supporter)).toEqual([
      'KIND_NOT_OFFERED',
      'NOT_ACTIVE',
      'NOT_VERIFIED',
      'NO_SHARED_LANGUAGE',
      'NO_JURISDICTION',
      'IN_PERSON_NOT_OFFERED',
      'DIFFERENT_CITY',
      'NO_CAPACITY',
    ]);
  });
});
