// Who sees what of feedback, written once:
// - its author reads her own, and may change it while the window is open;
// - network staff (coordinators, admins) read every feedback of every match, comments included;
// - the other person of the match reads nothing of it, not even whether it was given: a woman can rate
//   the one who accompanied her honestly only if that person cannot read it;
// - everyone else, the dashboard and the matching score see only sums, and the dashboard hides an
//   average over fewer than FEEDBACK_LIMITS.minRatingsShown ratings.
import { FEEDBACK_LIMITS, type FeedbackSide, type MatchStatus } from '@aliadas/shared';
import type { User } from '../accounts/user.entity.js';
import type { Match } from '../matching/match.entity.js';

/** A match that ended after the two of them worked together; one that never started asks for nothing. */
export const FEEDBACK_ENDINGS: readonly MatchStatus[] = ['COMPLETED', 'WITHDRAWN'];

const DAY_MS = 86_400_000;

export function sideOf(match: Match, userId: string): FeedbackSide | null {
  if (match.entrepreneur.id === userId) return 'ENTREPRENEUR';
  if (match.supporter.id === userId) return 'SUPPORTER';
  return null;
}

export function isFeedbackStaff(user: User): boolean {
  return user.hasRole('COORDINATOR', 'ADMIN');
}

/** Feedback can be given, or changed, until this long after the end. */
export function feedbackOpenUntil(endedAt: Date): Date {
  return new Date(endedAt.getTime() + FEEDBACK_LIMITS.windowDays * DAY_MS);
}
