// Who may see a person's contact details and a psychosocial adviser's case notes, written once and used
// by the services. Staff are not in either rule: curation needs neither (docs/decisions/0006).
import type { User } from '../accounts/user.entity.js';
import type { MatchStatus } from '../matching/match-lifecycle.js';
import type { Match } from '../matching/match.entity.js';

/**
 * While the two of them are working together. ACCEPTED becomes ACTIVE in the same transaction, so a
 * match is only ever seen ACTIVE from the moment the supporter says yes until it ends.
 */
export const CONTACT_STATUSES: readonly MatchStatus[] = ['ACTIVE'];

/** The other party of an active match, and only if the owner chose to share. */
export function canSeeContactDetails(viewer: User, match: Match, owner: User): boolean {
  if (viewer.id === owner.id || owner.deletedAt != null || !owner.shareContactDetails) return false;
  if (!CONTACT_STATUSES.includes(match.status)) return false;
  const parties = [match.entrepreneur.id, match.supporter.id];
  return parties.includes(viewer.id) && parties.includes(owner.id);
}

/** Case notes are kept on psychosocial cases only, while they run and after they end. */
export const CASE_NOTE_STATUSES: readonly MatchStatus[] = ['ACTIVE', 'COMPLETED', 'WITHDRAWN'];

/** Only the psychosocial adviser of the case: not the entrepreneur, not coordinators, not admins. */
export function isCaseAdviser(viewer: User, match: Match): boolean {
  return match.kind === 'PSYCHOSOCIAL' && match.supporter.id === viewer.id && viewer.hasRole('ADVISER');
}
