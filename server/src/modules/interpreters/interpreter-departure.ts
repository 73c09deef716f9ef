// When an interpreter deletes her account she leaves every conversation she interprets in. Her
// sessions end with the deletion, so no device of hers needs telling.
import type { EntityManager } from '@mikro-orm/core';
import { ConversationMember } from '../chat/conversation-member.entity.js';
import { InterpreterAssignment } from './interpreter-assignment.entity.js';
import { OPEN_STATUSES } from './interpreters.policy.js';

export async function leaveAllInterpreting(em: EntityManager, userId: string, now: Date): Promise<void> {
  const open = await em.find(InterpreterAssignment, { interpreter: userId, status: { $in: [...OPEN_STATUSES] } });
  if (open.length === 0) return;
  const active = open.filter((a) => a.status === 'ACTIVE').map((a) => a.conversation.id);
  await em.nativeUpdate(
    InterpreterAssignment,
    { id: { $in: open.map((a) => a.id) } },
    { status: 'ENDED', endedAt: now, endReason: 'ACCOUNT_DELETED' },
  );
  if (active.length > 0) await em.nativeDelete(ConversationMember, { user: userId, conversation: { $in: active } });
}
