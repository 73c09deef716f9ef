// Why a pair was proposed, or why nobody fits, in her language. The server sends `{ code, params }`;
// params that are vocabulary codes (a language, a country, needs…) are shown by their labels.
import {
  BUSINESS_STAGE_LABELS,
  COUNTRY_LABELS,
  LANGUAGE_LABELS,
  LANGUAGE_LEVEL_LABELS,
  NEED_LABELS,
  SECTOR_LABELS,
  URGENCY_LABELS,
  type Labels,
} from '@aliadas/shared';
import type { TFunction } from 'i18next';
import type { LabelOf } from './vocabulary';

const CODE_PARAMS: Record<string, Readonly<Record<string, Labels>>> = {
  lang: LANGUAGE_LABELS,
  level: LANGUAGE_LEVEL_LABELS,
  country: COUNTRY_LABELS,
  residence: COUNTRY_LABELS,
  sector: SECTOR_LABELS,
  stage: BUSINESS_STAGE_LABELS,
  urgency: URGENCY_LABELS,
  needs: NEED_LABELS,
};

export interface ReasonLike {
  code: string;
  params: Record<string, unknown>;
}

export function reasonParams(params: Record<string, unknown>, label: LabelOf): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    const table = CODE_PARAMS[name];
    if (Array.isArray(value)) {
      out[name] = value.map((v) => (table ? label(table, String(v)) : String(v))).join(', ');
    } else if (typeof value === 'number') {
      out[name] = Math.round(value * 10) / 10;
    } else if (typeof value === 'string') {
      out[name] = table ? label(table, value) : value;
    }
  }
  return out;
}

/** The sentence for one reason; a code this client does not know yet is left out (null). */
export function reasonText(
  t: TFunction,
  label: LabelOf,
  reason: ReasonLike,
  group: 'reasons' | 'blocked',
): string | null {
  const key = `${group}.${reason.code}`;
  if (!t(key as 'reasons.SHARED_LANGUAGE', { defaultValue: '' })) return null;
  return t(key as 'reasons.SHARED_LANGUAGE', reasonParams(reason.params, label));
}
