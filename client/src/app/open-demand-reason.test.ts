// Why a demand is still open reads in every language for every code the server can send: the codes of a
// round's unmatched demands (each hard constraint, full seats) and of the recruiting view (waiting).
import {
  CONSTRAINT_CODES,
  LOCALES,
  OPEN_DEMAND_REASON_CODES,
  UNMATCHED_REASON_CODES,
  vocabularyLabel,
  type Labels,
  type Locale,
} from '@aliadas/shared';
import { describe, expect, it } from 'vitest';
import { openDemandReasonLabel } from './open-demand-reason';
import type { LabelOf } from './vocabulary';

const labelIn =
  (locale: Locale): LabelOf =>
  <K extends string | number>(table: Readonly<Record<K, Labels>>, code: K) =>
    vocabularyLabel(table, code, locale);

describe('openDemandReasonLabel', () => {
  const sent = [...new Set<string>([...CONSTRAINT_CODES, ...UNMATCHED_REASON_CODES, ...OPEN_DEMAND_REASON_CODES])];

  it('covers the constraints, full seats and waiting for a round', () => {
    expect(sent).toEqual(
      expect.arrayContaining(['TURNED_DOWN_BEFORE', 'BLOCKED', 'CAPACITY_EXHAUSTED', 'AWAITING_ROUND']),
    );
  });

  it.each(LOCALES)('labels every code in %s with words, not the code', (locale) => {
    const label = labelIn(locale);
    const unlabelled = sent.filter((code) => {
      const text = openDemandReasonLabel(label, code);
      return text === code || text.trim() === '';
    });
    expect(unlabelled).toEqual([]);
  });

  it('labels in the chosen language', () => {
    expect(openDemandReasonLabel(labelIn('en'), 'TURNED_DOWN_BEFORE')).not.toBe(
      openDemandReasonLabel(labelIn('es'), 'TURNED_DOWN_BEFORE'),
    );
  });

  it('shows a code newer than this client as it is', () => {
    expect(openDemandReasonLabel(labelIn('fr'), 'SOME_FUTURE_REASON')).toBe('SOME_FUTURE_REASON');
  });
});
