// Who may see or move what in matching, written once and used by the services.
import type { User } from '../accounts/user.entity.js';
import type { MatchActor } from './match-lifecycle.js';
import type { Match } from './match.entity.js';
import type { MatchTransition } from './match-transition.entity.js';

/** Coordinators and admins curate matches across the network. */
export function isMatchingStaff(user: User): boolean {
  return user.hasRole('COORDINATOR', 'ADMIN');
}

/** In what capacity this person acts on this match; a party acts as a party even if she is also staff. */
export function actingAs(user: User, match: Match): MatchActor | null {
  if (match.entrepreneur.id === user.id) return 'ENTREPRENEUR';
  if (match.supporter.id === user.id) return 'SUPPORTER';
  if (isMatchingStaff(user)) return 'COORDINATOR';
  return null;
}

/** Parties see a match once a coordinator has approved it; proposals and rejections are curation. */
export function canSeeMatch(user: User, match: Match): boolean {
  const as = actingAs(user, match);
  if (as === 'COORDINATOR') return true;
  return as !== null && match.approvedAt != null;
}

/**
 * A note, and a safety or conduct reason, is shown only to the person who wrote it and to staff: a
 * woman who reports misconduct must not have her words shown to the person she reports.
 */
export function canSeeTransitionDetail(viewer: User, transition: MatchTransition): boolean {
  return transition.actor?.id === viewer.id || isMatchingStaff(viewer);
}
