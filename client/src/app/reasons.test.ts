// Every reason the matching engine gives, and every reason nobody fits, reads in each language.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { vocabularyLabel, type Labels } from '@aliadas/shared';
import { describe, expect, it } from 'vitest';
import es from '../i18n/es.json';
import { reasonParams } from './reasons';
import type { LabelOf } from './vocabulary';

const engine = (file: string) =>
  readFileSync(fileURLToPath(new URL(`../../../shared/src/matching/engine/${file}`, import.meta.url)), 'utf8');
const codes = (text: string, pattern: RegExp) => [...new Set([...text.matchAll(pattern)].map((m) => m[1]!))];

describe('reasons', () => {
  it('have a sentence for every score reason of the engine', () => {
    const used = codes(engine('score.ts'), /code: (?:demand\.kind === 'MENTOR' \? )?'([A-Z_]+)'(?: : '([A-Z_]+)')?/g);
    const all = [...used, 'SAME_COUNTRY'];
    expect(all.length).toBeGreaterThan(10);
    expect(all.filter((code) => !(code in es.reasons))).toEqual([]);
  });

  it('have a sentence for every hard constraint that can leave her without anyone', () => {
    const constraintCodes = codes(engine('constraints.ts'), /'((?:NO|NOT|KIND|DIFFERENT|IN_PERSON)_[A-Z_]+)'/g);
    expect(constraintCodes.length).toBeGreaterThan(3);
    expect(constraintCodes.filter((code) => !(code in es.blocked))).toEqual([]);
  });

  it('show vocabulary codes in parameters by their labels', () => {
    const label: LabelOf = <K extends string | number>(table: Readonly<Record<K, Labels>>, code: K) =>
      vocabularyLabel(table, code, 'ht');
    expect(
      reasonParams(
        { lang: 'ht', level: 'NATIVE', country: 'DO', needs: ['REGULARIZATION', 'TAXES'], hours: 7.25 },
        label,
      ),
    ).toEqual({
      lang: 'Kreyòl ayisyen',
      level: 'Lang manman',
      country: 'Repiblik Dominikèn',
      needs: 'Papye ak regilarizasyon, Taks',
      hours: 7.3,
    });
  });
});
