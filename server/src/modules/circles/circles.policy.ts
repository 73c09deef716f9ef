// Who may do what with circles, written once for the resolver and the service.
import { CIRCLE_MEMBER_ROLES } from '@aliadas/shared';
import type { User } from '../accounts/user.entity.js';
import type { Circle } from './circle.entity.js';

/** Coordinators and admins create, archive and staff circles; they read them only through reports. */
export function mayManageCircles(user: User): boolean {
  return user.hasRole('COORDINATOR', 'ADMIN');
}

/** Entrepreneurs and supporters join circles, and one of them may keep a circle as its moderator. */
export function mayBelongToCircles(user: User): boolean {
  return !user.deletedAt && user.hasRole(...CIRCLE_MEMBER_ROLES);
}

/** The moderator removes messages and members of her circle; staff may too, when a report calls for it. */
export function mayModerate(user: User, circle: Circle): boolean {
  return circle.moderator?.id === user.id || mayManageCircles(user);
}
