// What deleting an account does to circles, run inside the deletion's transaction.
import type { EntityManager } from '@mikro-orm/core';
import { ConversationMember } from '../chat/conversation-member.entity.js';
import { Circle } from './circle.entity.js';

/** Takes her out of every circle and from moderating any; a coordinator appoints someone else. */
export async function leaveAllCircles(em: EntityManager, userId: string): Promise<void> {
  await em.nativeUpdate(Circle, { moderator: userId }, { moderator: null });
  const hers = await em.find(
    ConversationMember,
    { user: userId, conversation: { kind: 'CIRCLE' } },
    { fields: ['id'] },
  );
  if (hers.length > 0) await em.nativeDelete(ConversationMember, { id: { $in: hers.map((m) => m.id) } });
}
