// Who may hold or hand out which role. Trusted roles are never self-granted.
import type { Role } from '@aliadas/shared';
import type { User } from './user.entity.js';

/** Roles a person can choose for herself at sign-up. Advisers start unverified. */
export const SELF_SERVICE_ROLES: readonly Role[] = ['ENTREPRENEUR', 'MENTOR', 'ADVISER'];

export function canGrantRole(actor: User, role: Role): boolean {
  if (actor.hasRole('ADMIN')) return true;
  return role !== 'ADMIN' && actor.hasRole('COORDINATOR');
}

export function canVerifySupporters(actor: User): boolean {
  return actor.hasRole('COORDINATOR', 'ADMIN');
}

/** Staff may read profiles to curate matches; everyone else reads only her own. */
export function canReadProfilesOf(actor: User, owner: { id: string }): boolean {
  return actor.id === owner.id || actor.hasRole('COORDINATOR', 'ADMIN');
}
