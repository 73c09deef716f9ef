// The life of a match as one explicit table: which status may follow which, and who may move it.
// Services never set a match's status by hand; they go through `applyTransition` (match-transitions.ts),
// which checks this table and writes a history row.

import { MATCH_OUTCOMES, MATCH_REASON_CODES, MATCH_STATUSES } from '@aliadas/shared';
import type { MatchOutcome, MatchReasonCode, MatchStatus } from '@aliadas/shared';

// The codes are vocabulary (shared/, with their labels in every language); the rules are here.
export {
  MATCH_OUTCOMES,
  MATCH_REASON_CODES,
  MATCH_STATUSES,
  type MatchOutcome,
  type MatchReasonCode,
  type MatchStatus,
};

/** The statuses that hold one of the supporter's seats: capacity is counted over these. */
export const SEAT_STATUSES: readonly MatchStatus[] = ['APPROVED', 'ACCEPTED', 'ACTIVE'];
/** A demand has at most one match in these at a time. */
export const LIVE_STATUSES: readonly MatchStatus[] = ['PROPOSED', 'APPROVED', 'ACCEPTED', 'ACTIVE'];
/** Statuses after which nothing happens to the match any more. */
export const FINAL_STATUSES: readonly MatchStatus[] = ['COMPLETED', 'WITHDRAWN', 'DECLINED', 'REJECTED', 'EXPIRED'];

/**
 * In what capacity someone moves a match: as its entrepreneur, as its supporter, as network staff
 * (a coordinator or an admin who is not a party to it), or the system itself (expiry, activation).
 */
export const MATCH_ACTORS = ['ENTREPRENEUR', 'SUPPORTER', 'COORDINATOR', 'SYSTEM'] as const;
export type MatchActor = (typeof MATCH_ACTORS)[number];

export interface MatchTransitionRule {
  from: MatchStatus | null;
  to: MatchStatus;
  by: readonly MatchActor[];
  /** What the demand becomes after this transition. */
  demand: 'PROPOSED' | 'MATCHED' | 'REOPEN' | 'COMPLETED' | 'REOPEN_OR_WITHDRAWN';
}

/**
 * Every allowed transition. Anything not listed is refused (CONFLICT when the match is in the wrong
 * state, FORBIDDEN when the person may not make this move).
 *
 * - A match is born PROPOSED, by a coordinator's round or by her hand.
 * - ACCEPTED → ACTIVE is made by the system in the same transaction as the supporter's acceptance, once
 *   the conversation is open: there is no step between them that a person must take, but the history
 *   still shows the acceptance and the start separately.
 * - PROPOSED → WITHDRAWN happens when the entrepreneur withdraws her request, or when either party
 *   deletes her account (ACCOUNT_DELETED); a coordinator who does not want a proposal rejects it instead.
 * - A supporter may withdraw from an invitation (APPROVED) too: deleting her account ends everything.
 */
export const MATCH_TRANSITIONS: readonly MatchTransitionRule[] = [
  { from: null, to: 'PROPOSED', by: ['COORDINATOR'], demand: 'PROPOSED' },
  { from: 'PROPOSED', to: 'APPROVED', by: ['COORDINATOR'], demand: 'MATCHED' },
  { from: 'PROPOSED', to: 'REJECTED', by: ['COORDINATOR'], demand: 'REOPEN' },
  { from: 'PROPOSED', to: 'WITHDRAWN', by: ['ENTREPRENEUR', 'SUPPORTER'], demand: 'REOPEN_OR_WITHDRAWN' },
  { from: 'APPROVED', to: 'ACCEPTED', by: ['SUPPORTER'], demand: 'MATCHED' },
  { from: 'APPROVED', to: 'DECLINED', by: ['SUPPORTER'], demand: 'REOPEN' },
  { from: 'APPROVED', to: 'EXPIRED', by: ['SYSTEM'], demand: 'REOPEN' },
  {
    from: 'APPROVED',
    to: 'WITHDRAWN',
    by: ['ENTREPRENEUR', 'SUPPORTER', 'COORDINATOR'],
    demand: 'REOPEN_OR_WITHDRAWN',
  },
  { from: 'ACCEPTED', to: 'ACTIVE', by: ['SYSTEM'], demand: 'MATCHED' },
  {
    from: 'ACCEPTED',
    to: 'WITHDRAWN',
    by: ['ENTREPRENEUR', 'SUPPORTER', 'COORDINATOR'],
    demand: 'REOPEN_OR_WITHDRAWN',
  },
  { from: 'ACTIVE', to: 'COMPLETED', by: ['ENTREPRENEUR', 'SUPPORTER', 'COORDINATOR'], demand: 'COMPLETED' },
  { from: 'ACTIVE', to: 'WITHDRAWN', by: ['ENTREPRENEUR', 'SUPPORTER', 'COORDINATOR'], demand: 'REOPEN_OR_WITHDRAWN' },
];

export function transitionRule(from: MatchStatus | null, to: MatchStatus): MatchTransitionRule | undefined {
  return MATCH_TRANSITIONS.find((t) => t.from === from && t.to === to);
}

export type TransitionCheck =
  { allowed: true; rule: MatchTransitionRule } | { allowed: false; why: 'WRONG_STATE' | 'NOT_YOURS' };

/** Wrong state wins over wrong person: "this invitation has already been answered" is the useful answer. */
export function checkTransition(from: MatchStatus | null, to: MatchStatus, actor: MatchActor): TransitionCheck {
  const rule = transitionRule(from, to);
  if (!rule) return { allowed: false, why: 'WRONG_STATE' };
  if (!rule.by.includes(actor)) return { allowed: false, why: 'NOT_YOURS' };
  return { allowed: true, rule };
}

/**
 * A pair "ended badly" when someone ended or refused it for safety or conduct: a rejection, decline
 * or withdrawal with SAFETY_CONCERN or MISCONDUCT, or a completion with CONDUCT_PROBLEM. Such a pair
 * is never proposed again (it feeds the engine's PairHistory.badEndings). Goals not met, no time,
 * a swap or an expiry are ordinary endings and do not keep two people apart.
 */
export const BAD_ENDING_REASONS: readonly MatchReasonCode[] = ['SAFETY_CONCERN', 'MISCONDUCT'];
export const BAD_OUTCOMES: readonly MatchOutcome[] = ['CONDUCT_PROBLEM'];

export function endsBadly(reason: MatchReasonCode | null | undefined, outcome?: MatchOutcome | null): boolean {
  return (reason != null && BAD_ENDING_REASONS.includes(reason)) || (outcome != null && BAD_OUTCOMES.includes(outcome));
}

/** How a match came to be. */
export const MATCH_ORIGINS = ['ROUND', 'HAND', 'SWAP'] as const;
export type MatchOrigin = (typeof MATCH_ORIGINS)[number];

export const DEMAND_STATUSES = ['OPEN', 'PROPOSED', 'MATCHED', 'COMPLETED', 'WITHDRAWN'] as const;
export type DemandStatus = (typeof DEMAND_STATUSES)[number];

export const SUPPORT_REQUEST_STATUSES = ['OPEN', 'CLOSED', 'WITHDRAWN'] as const;
export type SupportRequestStatus = (typeof SUPPORT_REQUEST_STATUSES)[number];

/**
 * What the demand becomes after a match moves. A withdrawal re-opens the demand (the need is still
 * there: "a silent match is re-routed"), except when the entrepreneur herself says she no longer needs it.
 */
export function demandStatusAfter(
  rule: MatchTransitionRule,
  actor: MatchActor,
  reason: MatchReasonCode | null | undefined,
): DemandStatus {
  switch (rule.demand) {
    case 'PROPOSED':
      return 'PROPOSED';
    case 'MATCHED':
      return 'MATCHED';
    case 'COMPLETED':
      return 'COMPLETED';
    case 'REOPEN':
      return 'OPEN';
    case 'REOPEN_OR_WITHDRAWN':
      return actor === 'ENTREPRENEUR' && reason === 'NO_LONGER_NEEDED' ? 'WITHDRAWN' : 'OPEN';
  }
}
