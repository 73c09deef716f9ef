// Why a demand is still open, in her language, for the coordinator's pages (round, dashboard).
import { isOneOf, OPEN_DEMAND_REASON_CODES, OPEN_DEMAND_REASON_LABELS } from '@aliadas/shared';
import type { LabelOf } from './vocabulary';

/**
 * Why a demand is still open (or was left unmatched by a round), from the server's code. The shared labels
 * cover every code the engine has; a code newer than this client is shown as it is.
 */
export function openDemandReasonLabel(label: LabelOf, code: string): string {
  return isOneOf(OPEN_DEMAND_REASON_CODES, code) ? label(OPEN_DEMAND_REASON_LABELS, code) : code;
}
