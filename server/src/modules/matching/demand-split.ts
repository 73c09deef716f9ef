// A support request becomes one demand per support kind: the needs that kind can serve, so one lawyer
// covering both regularization and labor rights for the same woman takes one seat of her capacity.
import { kindsForNeed, SUPPORT_KINDS } from '@aliadas/shared';
import type { Need, SupportKind } from '@aliadas/shared';

export interface DemandPart {
  kind: SupportKind;
  needs: Need[];
}

/**
 * A need that several kinds can serve (BUSINESS_FORMALIZATION → LEGAL or FISCAL; CREDIT_ACCESS and
 * SEED_CAPITAL → FINANCIAL or MENTOR) goes to exactly one demand, chosen so that she needs as few
 * supporters as possible:
 * 1. to a kind that another of her needs already requires (formalization joins TAXES with the fiscal
 *    adviser; seed capital joins BUSINESS_PLAN with the mentor);
 * 2. otherwise to the first kind the vocabulary lists for it (the kind that serves it best: LEGAL for
 *    formalization, FINANCIAL for credit and seed capital).
 * When rule 1 offers several kinds, the first listed for the need wins. Needs keep her order inside a
 * demand; demands come in the vocabulary's order of kinds.
 */
export function splitIntoDemands(needs: readonly Need[]): DemandPart[] {
  const unique = [...new Set(needs)];
  const required = new Set<SupportKind>();
  for (const need of unique) {
    const kinds = kindsForNeed(need);
    if (kinds.length === 1) required.add(kinds[0]!);
  }
  const byKind = new Map<SupportKind, Need[]>();
  for (const need of unique) {
    const kinds = kindsForNeed(need);
    if (kinds.length === 0) continue;
    const kind = kinds.find((k) => required.has(k)) ?? kinds[0]!;
    required.add(kind);
    const list = byKind.get(kind) ?? [];
    list.push(need);
    byKind.set(kind, list);
  }
  return SUPPORT_KINDS.filter((k) => byKind.has(k)).map((kind) => ({ kind, needs: byKind.get(kind)! }));
}
