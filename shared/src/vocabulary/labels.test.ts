import { describe, expect, test } from 'vitest';
import { explain, generateNetwork, OPEN_DEMAND_REASON_CODES, REASON_CODES } from '../matching/engine/index.js';
import {
  BUSINESS_STAGES,
  COUNTRY_CODES,
  LANGUAGE_CODES,
  LANGUAGE_LEVELS,
  LOCALES,
  GOAL_STATUSES,
  MATCH_OUTCOMES,
  MATCH_REASON_CODES,
  MATCH_STATUSES,
  MODALITIES,
  NEED_CODES,
  NEEDS,
  PILLARS,
  ROLES,
  SECTORS,
  SERVICE_CATEGORIES,
  SUPPORT_KINDS,
  URGENCIES,
  WEEKDAYS,
  needsForKind,
  type Locale,
} from './codes.js';
import {
  BUSINESS_STAGE_LABELS,
  COUNTRY_LABELS,
  LANGUAGE_LABELS,
  LANGUAGE_LEVEL_LABELS,
  GOAL_STATUS_LABELS,
  MATCH_OUTCOME_LABELS,
  MATCH_REASON_LABELS,
  MATCH_STATUS_LABELS,
  MODALITY_LABELS,
  NEED_DESCRIPTIONS,
  NEED_LABELS,
  OPEN_DEMAND_REASON_LABELS,
  PILLAR_LABELS,
  ROLE_LABELS,
  SCORE_REASON_LABELS,
  SECTOR_LABELS,
  SERVICE_CATEGORY_LABELS,
  SUPPORT_KIND_LABELS,
  URGENCY_LABELS,
  WEEKDAY_LABELS,
  vocabularyLabel,
  type Labels,
} from './labels.js';

interface Table {
  name: string;
  codes: readonly (string | number)[];
  labels: Readonly<Record<string | number, Labels>>;
}

const TABLES: Table[] = [
  { name: 'ROLE_LABELS', codes: ROLES, labels: ROLE_LABELS },
  { name: 'SUPPORT_KIND_LABELS', codes: SUPPORT_KINDS, labels: SUPPORT_KIND_LABELS },
  { name: 'PILLAR_LABELS', codes: PILLARS, labels: PILLAR_LABELS },
  { name: 'NEED_LABELS', codes: NEED_CODES, labels: NEED_LABELS },
  { name: 'NEED_DESCRIPTIONS', codes: NEED_CODES, labels: NEED_DESCRIPTIONS },
  { name: 'LANGUAGE_LABELS', codes: LANGUAGE_CODES, labels: LANGUAGE_LABELS },
  { name: 'LANGUAGE_LEVEL_LABELS', codes: LANGUAGE_LEVELS, labels: LANGUAGE_LEVEL_LABELS },
  { name: 'COUNTRY_LABELS', codes: COUNTRY_CODES, labels: COUNTRY_LABELS },
  { name: 'SECTOR_LABELS', codes: SECTORS, labels: SECTOR_LABELS },
  { name: 'BUSINESS_STAGE_LABELS', codes: BUSINESS_STAGES, labels: BUSINESS_STAGE_LABELS },
  { name: 'MODALITY_LABELS', codes: MODALITIES, labels: MODALITY_LABELS },
  { name: 'URGENCY_LABELS', codes: URGENCIES, labels: URGENCY_LABELS },
  { name: 'WEEKDAY_LABELS', codes: WEEKDAYS, labels: WEEKDAY_LABELS },
  // Every code the server sends about matching: statuses, reasons for an ending, outcomes, why a demand
  // is still open (constraints, full seats, waiting for a round), and the reasons behind a proposal.
  { name: 'MATCH_STATUS_LABELS', codes: MATCH_STATUSES, labels: MATCH_STATUS_LABELS },
  { name: 'MATCH_REASON_LABELS', codes: MATCH_REASON_CODES, labels: MATCH_REASON_LABELS },
  { name: 'MATCH_OUTCOME_LABELS', codes: MATCH_OUTCOMES, labels: MATCH_OUTCOME_LABELS },
  { name: 'GOAL_STATUS_LABELS', codes: GOAL_STATUSES, labels: GOAL_STATUS_LABELS },
  { name: 'SERVICE_CATEGORY_LABELS', codes: SERVICE_CATEGORIES, labels: SERVICE_CATEGORY_LABELS },
  { name: 'OPEN_DEMAND_REASON_LABELS', codes: OPEN_DEMAND_REASON_CODES, labels: OPEN_DEMAND_REASON_LABELS },
  { name: 'SCORE_REASON_LABELS', codes: REASON_CODES, labels: SCORE_REASON_LABELS },
];

describe.each(TABLES)('$name', ({ codes, labels }) => {
  test('labels every code in every locale with a non-empty, trimmed string', () => {
    for (const code of codes) {
      const entry = labels[code];
      expect(entry, `no labels for ${code}`).toBeDefined();
      for (const locale of LOCALES) {
        const label = entry?.[locale];
        expect(typeof label, `${code}/${locale}`).toBe('string');
        expect(label, `${code}/${locale} is empty`).not.toBe('');
        expect(label, `${code}/${locale} is not trimmed`).toBe(label?.trim());
        expect(label, `${code}/${locale} has doubled spaces`).not.toMatch(/\s{2}/);
      }
    }
  });

  test('labels no code that is not in the vocabulary, and only the four locales', () => {
    expect(Object.keys(labels).sort()).toEqual(codes.map(String).sort());
    for (const entry of Object.values(labels)) {
      expect(Object.keys(entry).sort()).toEqual([...LOCALES].sort());
    }
  });

  test.each(LOCALES)('labels are unique within the table in %s', (locale) => {
    const seen = new Map<string, string | number>();
    for (const code of codes) {
      const key = (labels[code]?.[locale] ?? '').toLocaleLowerCase(locale);
      const previous = seen.get(key);
      expect(previous, `${code} and ${previous} share the ${locale} label "${key}"`).toBeUndefined();
      seen.set(key, code);
    }
  });
});

describe('score reason labels', () => {
  const placeholders = (label: string): string[] => [...label.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();

  test('name the same parameters in every locale', () => {
    for (const code of REASON_CODES) {
      const english = placeholders(SCORE_REASON_LABELS[code].en);
      for (const locale of LOCALES)
        expect(placeholders(SCORE_REASON_LABELS[code][locale]), `${code}/${locale}`).toEqual(english);
    }
  });

  test('name only parameters the engine gives with that reason, and every reason it gives is labelled', () => {
    const network = generateNetwork({ seed: 3, demands: 60, supporters: 60 });
    const seen = new Set<string>();
    for (const demand of network.demands) {
      for (const supporter of network.supporters.slice(0, 20)) {
        for (const reason of explain(demand, supporter)) {
          seen.add(reason.code);
          const label = SCORE_REASON_LABELS[reason.code];
          expect(label, `no label for ${reason.code}`).toBeDefined();
          for (const name of placeholders(label.en))
            expect(reason.params, `${reason.code}.${name}`).toHaveProperty(name);
        }
      }
    }
    expect(seen.size).toBeGreaterThan(10);
  });
});

describe('need descriptions', () => {
  test('are one sentence ending with a period, different from the label', () => {
    for (const code of NEED_CODES) {
      for (const locale of LOCALES) {
        const description = NEED_DESCRIPTIONS[code][locale];
        expect(description, `${code}/${locale}`).toMatch(/^[^.]+\.$/);
        expect(description).not.toBe(NEED_LABELS[code][locale]);
      }
    }
  });
});

describe('needs → support kinds', () => {
  test('every need is served by at least one known support kind', () => {
    for (const need of NEEDS) {
      expect(need.kinds.length, need.code).toBeGreaterThan(0);
      for (const kind of need.kinds) expect(SUPPORT_KINDS).toContain(kind);
    }
  });

  test('every support kind serves at least one need', () => {
    for (const kind of SUPPORT_KINDS) {
      expect(needsForKind(kind).length, kind).toBeGreaterThan(0);
    }
  });

  test('every pillar holds at least one need', () => {
    for (const pillar of PILLARS) {
      expect(
        NEEDS.some((n) => n.pillar === pillar),
        pillar,
      ).toBe(true);
    }
  });
});

describe('vocabularyLabel', () => {
  test('returns the label in the requested locale', () => {
    expect(vocabularyLabel(NEED_LABELS, 'REGULARIZATION', 'es')).toBe('Papeles y regularización migratoria');
    expect(vocabularyLabel(NEED_LABELS, 'LABOR_RIGHTS', 'ht')).toBe('Dwa travay');
    expect(vocabularyLabel(WEEKDAY_LABELS, 1, 'fr')).toBe('Lundi');
    expect(vocabularyLabel(COUNTRY_LABELS, 'HT', 'ht')).toBe('Ayiti');
  });

  test('falls back to Spanish when the locale has no label', () => {
    expect(vocabularyLabel(PILLAR_LABELS, 'TRAINING', 'pt' as Locale)).toBe('Formación');
    const partial = { X: { es: 'Equis', en: '', fr: '', ht: '' } } as Record<'X', Labels>;
    expect(vocabularyLabel(partial, 'X', 'ht')).toBe('Equis');
  });

  test('falls back to the code itself when the code is unknown', () => {
    expect(vocabularyLabel(SECTOR_LABELS, 'UNKNOWN' as 'OTHER', 'en')).toBe('UNKNOWN');
  });
});
