// Who may read and write a match's goals and session log: the two people of the match and nobody else —
// not coordinators, not admins — whatever the kind of support (psychosocial matches included).
import type { MatchStatus } from '@aliadas/shared';
import type { Match } from '../matching/match.entity.js';

export const MATCH_SIDES = ['ENTREPRENEUR', 'SUPPORTER'] as const;
export type MatchSide = (typeof MATCH_SIDES)[number];

/** Once the supporter has said yes, and after the match ends (then read-only). */
export const GOALS_READABLE: readonly MatchStatus[] = ['ACCEPTED', 'ACTIVE', 'COMPLETED', 'WITHDRAWN'];
/** While the two of them are working together. */
export const GOALS_WRITABLE: readonly MatchStatus[] = ['ACCEPTED', 'ACTIVE'];

/** Her side in the match, or null when she is not one of its two people. */
export function sideIn(match: Match, userId: string): MatchSide | null {
  if (match.entrepreneur.id === userId) return 'ENTREPRENEUR';
  if (match.supporter.id === userId) return 'SUPPORTER';
  return null;
}

export function canWriteGoals(match: Match): boolean {
  return GOALS_WRITABLE.includes(match.status);
}
