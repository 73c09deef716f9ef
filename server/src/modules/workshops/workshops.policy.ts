// Who may do what with workshops. Mentors and coordinators publish; the organizer manages her own, and
// coordinators and admins any (a mentor may fall ill, a session may need cancelling for safety).
import type { User } from '../accounts/user.entity.js';
import type { Workshop } from './workshop.entity.js';

export const PUBLISHERS = ['MENTOR', 'COORDINATOR'] as const;
export const STAFF = ['COORDINATOR', 'ADMIN'] as const;
/** Those who may reach the managing operations at all; the service then checks the workshop. */
export const MANAGERS = ['MENTOR', 'COORDINATOR', 'ADMIN'] as const;

export function canPublish(user: User): boolean {
  return user.hasRole(...PUBLISHERS);
}

export function canManage(user: User, workshop: Workshop): boolean {
  return workshop.organizer.id === user.id || user.hasRole(...STAFF);
}

/** The meeting link and the address: for those with a seat and those who manage it, not for everyone. */
export function mayReachVenue(user: User, workshop: Workshop, hasSeat: boolean): boolean {
  return hasSeat || canManage(user, workshop);
}
