// The lifecycle table, checked against the specification in DESIGN.md, and the demand split.
import { describe, expect, test } from 'vitest';
import { splitIntoDemands } from './demand-split.js';
import {
  checkTransition,
  demandStatusAfter,
  endsBadly,
  MATCH_ACTORS,
  MATCH_STATUSES,
  MATCH_TRANSITIONS,
  transitionRule,
  type MatchActor,
  type MatchStatus,
} from './match-lifecycle.js';

/** DESIGN.md, written out: from, to, who. Everything else is refused. */
const SPECIFIED: [MatchStatus | null, MatchStatus, MatchActor[]][] = [
  [null, 'PROPOSED', ['COORDINATOR']],
  ['PROPOSED', 'APPROVED', ['COORDINATOR']],
  ['PROPOSED', 'REJECTED', ['COORDINATOR']],
  ['PROPOSED', 'WITHDRAWN', ['ENTREPRENEUR', 'SUPPORTER']],
  ['APPROVED', 'ACCEPTED', ['SUPPORTER']],
  ['APPROVED', 'DECLINED', ['SUPPORTER']],
  ['APPROVED', 'EXPIRED', ['SYSTEM']],
  ['APPROVED', 'WITHDRAWN', ['ENTREPRENEUR', 'SUPPORTER', 'COORDINATOR']],
  ['ACCEPTED', 'ACTIVE', ['SYSTEM']],
  ['ACCEPTED', 'WITHDRAWN', ['ENTREPRENEUR', 'SUPPORTER', 'COORDINATOR']],
  ['ACTIVE', 'COMPLETED', ['ENTREPRENEUR', 'SUPPORTER', 'COORDINATOR']],
  ['ACTIVE', 'WITHDRAWN', ['ENTREPRENEUR', 'SUPPORTER', 'COORDINATOR']],
];

describe('match lifecycle', () => {
  test('the table holds exactly the specified transitions', () => {
    expect(MATCH_TRANSITIONS.map((t) => [t.from, t.to, [...t.by].sort()])).toEqual(
      SPECIFIED.map(([from, to, by]) => [from, to, [...by].sort()]),
    );
  });

  const cases = [null, ...MATCH_STATUSES].flatMap((from) =>
    MATCH_STATUSES.flatMap((to) => MATCH_ACTORS.map((actor) => [from, to, actor] as const)),
  );
  test.each(cases)('%s → %s by %s', (from, to, actor) => {
    const specified = SPECIFIED.find(([f, t]) => f === from && t === to);
    const check = checkTransition(from, to, actor);
    if (!specified) expect(check).toEqual({ allowed: false, why: 'WRONG_STATE' });
    else if (!specified[2].includes(actor)) expect(check).toEqual({ allowed: false, why: 'NOT_YOURS' });
    else expect(check.allowed).toBe(true);
  });

  test('final statuses lead nowhere', () => {
    for (const from of ['COMPLETED', 'WITHDRAWN', 'DECLINED', 'REJECTED', 'EXPIRED'] as const) {
      expect(MATCH_TRANSITIONS.filter((t) => t.from === from)).toEqual([]);
    }
  });

  test('a decline, a rejection or an expiry re-opens the demand; completion closes it', () => {
    expect(demandStatusAfter(transitionRule('APPROVED', 'DECLINED')!, 'SUPPORTER', 'NO_TIME')).toBe('OPEN');
    expect(demandStatusAfter(transitionRule('PROPOSED', 'REJECTED')!, 'COORDINATOR', 'NOT_SUITABLE')).toBe('OPEN');
    expect(demandStatusAfter(transitionRule('APPROVED', 'EXPIRED')!, 'SYSTEM', null)).toBe('OPEN');
    expect(demandStatusAfter(transitionRule('ACTIVE', 'COMPLETED')!, 'SUPPORTER', null)).toBe('COMPLETED');
    expect(demandStatusAfter(transitionRule('PROPOSED', 'APPROVED')!, 'COORDINATOR', null)).toBe('MATCHED');
  });

  test('a withdrawal re-opens the demand unless she no longer needs it', () => {
    const rule = transitionRule('ACTIVE', 'WITHDRAWN')!;
    expect(demandStatusAfter(rule, 'SUPPORTER', 'PERSONAL_REASONS')).toBe('OPEN');
    expect(demandStatusAfter(rule, 'ENTREPRENEUR', 'NOT_RESPONDING')).toBe('OPEN');
    expect(demandStatusAfter(rule, 'ENTREPRENEUR', 'NO_LONGER_NEEDED')).toBe('WITHDRAWN');
    expect(demandStatusAfter(rule, 'COORDINATOR', 'NO_LONGER_NEEDED')).toBe('OPEN');
  });

  test('only safety and conduct endings keep a pair apart', () => {
    expect(endsBadly('SAFETY_CONCERN')).toBe(true);
    expect(endsBadly('MISCONDUCT')).toBe(true);
    expect(endsBadly(null, 'CONDUCT_PROBLEM')).toBe(true);
    expect(endsBadly('NO_TIME')).toBe(false);
    expect(endsBadly('SWAPPED')).toBe(false);
    expect(endsBadly(null, 'NOT_MET')).toBe(false);
    expect(endsBadly(null, null)).toBe(false);
  });
});

describe('splitting a request into demands', () => {
  test('one demand per kind, with the needs that kind serves', () => {
    expect(splitIntoDemands(['REGULARIZATION', 'LABOR_RIGHTS', 'PSYCHOSOCIAL_SUPPORT'])).toEqual([
      { kind: 'LEGAL', needs: ['REGULARIZATION', 'LABOR_RIGHTS'] },
      { kind: 'PSYCHOSOCIAL', needs: ['PSYCHOSOCIAL_SUPPORT'] },
    ]);
  });

  test('a need two kinds serve joins a kind she already needs', () => {
    expect(splitIntoDemands(['BUSINESS_FORMALIZATION', 'TAXES'])).toEqual([
      { kind: 'FISCAL', needs: ['BUSINESS_FORMALIZATION', 'TAXES'] },
    ]);
    expect(splitIntoDemands(['SEED_CAPITAL', 'BUSINESS_PLAN'])).toEqual([
      { kind: 'MENTOR', needs: ['SEED_CAPITAL', 'BUSINESS_PLAN'] },
    ]);
    expect(splitIntoDemands(['REGULARIZATION', 'BUSINESS_FORMALIZATION', 'TAXES'])).toEqual([
      { kind: 'LEGAL', needs: ['REGULARIZATION', 'BUSINESS_FORMALIZATION'] },
      { kind: 'FISCAL', needs: ['TAXES'] },
    ]);
  });

  test('alone, it goes to the first kind the vocabulary lists for it', () => {
    expect(splitIntoDemands(['BUSINESS_FORMALIZATION'])).toEqual([
      { kind: 'LEGAL', needs: ['BUSINESS_FORMALIZATION'] },
    ]);
    expect(splitIntoDemands(['CREDIT_ACCESS', 'SEED_CAPITAL'])).toEqual([
      { kind: 'FINANCIAL', needs: ['CREDIT_ACCESS', 'SEED_CAPITAL'] },
    ]);
  });

  test('every need lands in exactly one demand, of a kind that serves it, whatever the order', () => {
    const needs = ['SEED_CAPITAL', 'BUSINESS_FORMALIZATION', 'TAXES', 'CREDIT_ACCESS', 'SOFT_SKILLS'] as const;
    const parts = splitIntoDemands([...needs]);
    expect(parts.flatMap((p) => p.needs).sort()).toEqual([...needs].sort());
    expect(splitIntoDemands([...needs].reverse()).map((p) => [p.kind, [...p.needs].sort()])).toEqual(
      parts.map((p) => [p.kind, [...p.needs].sort()]),
    );
    expect(splitIntoDemands(['TAXES', 'TAXES'])).toEqual([{ kind: 'FISCAL', needs: ['TAXES'] }]);
  });
});
