// Who acts on an interpreter assignment, written once for the service.
import type { InterpreterAssignmentStatus } from '@aliadas/shared';
import type { User } from '../accounts/user.entity.js';
import type { Match } from '../matching/match.entity.js';

export type MatchParty = 'ENTREPRENEUR' | 'SUPPORTER';

/** Proposed or present: a conversation has at most one such interpreter at a time. */
export const OPEN_STATUSES: readonly InterpreterAssignmentStatus[] = ['PROPOSED', 'ACTIVE'];

/** Interpreters offered to a coordinator for one match, at most. */
export const INTERPRETER_CANDIDATES_MAX = 50;

/** Which of the two women of the match she is; null for anyone else, staff and the interpreter included. */
export function partyOf(user: User, match: Match): MatchParty | null {
  if (match.entrepreneur.id === user.id) return 'ENTREPRENEUR';
  if (match.supporter.id === user.id) return 'SUPPORTER';
  return null;
}
