// Who may see or do what in chat, written once for resolvers, socket handlers and services.
import type { User } from '../accounts/user.entity.js';
import type { ConversationMember } from './conversation-member.entity.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else cannot name a record (and PostgreSQL would refuse to compare it). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * Only members read or write a conversation. To anyone else it does not exist (NOT_FOUND, not
 * FORBIDDEN), so its id reveals nothing.
 */
export function ownMembership(members: ConversationMember[], userId: string): ConversationMember | undefined {
  return members.find((m) => m.user.id === userId);
}

/** Coordinators and admins handle reports, and read a conversation only through a report. */
export function mayHandleReports(user: User): boolean {
  return user.hasRole('COORDINATOR', 'ADMIN');
}
