// People with sessions and conversations between them, written straight into a shared database
// through the server's own code, before (or while) server processes run on it.
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { DatabaseConfig } from '@aliadas/server/dist/db/orm.js';
import { openDatabase } from '@aliadas/server/dist/db/orm.js';
import { NO_DOMAIN_EVENTS } from '@aliadas/server/dist/domain-events.js';
import { Session } from '@aliadas/server/dist/modules/accounts/session.entity.js';
import { hashSessionToken, newSessionToken } from '@aliadas/server/dist/modules/accounts/session-tokens.js';
import { UserRole } from '@aliadas/server/dist/modules/accounts/user-role.entity.js';
import { User } from '@aliadas/server/dist/modules/accounts/user.entity.js';
import { ChatService } from '@aliadas/server/dist/modules/chat/chat.service.js';
import { MessageRateLimiter } from '@aliadas/server/dist/modules/chat/message-rate-limiter.js';
import { MessageWriter } from '@aliadas/server/dist/modules/chat/message-writer.js';

export interface WorldPerson {
  id: string;
  token: string;
}

export interface WorldPair {
  entrepreneur: WorldPerson;
  mentor: WorldPerson;
  conversationId: string;
}

/**
 * `pairs` entrepreneur–mentor pairs, each with an open MATCH conversation, opened the way matching
 * opens them (ChatService.openConversationForMatch). Migrates the database first if needed.
 */
export async function createChatWorld(database: DatabaseConfig, pairs: number): Promise<WorldPair[]> {
  const orm = await openDatabase(database);
  try {
    const em = orm.em.fork();
    const people = (role: 'ENTREPRENEUR' | 'MENTOR') =>
      Array.from({ length: pairs }, (_, i) => {
        const user = em.create(User, {
          email: `${role.toLowerCase()}-${i}-${randomUUID()}@world.aliadas`,
          displayName: `${role === 'ENTREPRENEUR' ? 'Emprendedora' : 'Mentora'} ${i + 1}`,
          passwordHash: 'no-password: signed in by session only',
        });
        user.roleGrants.add(em.create(UserRole, { user, role }));
        const token = newSessionToken();
        em.create(Session, { user, tokenHash: hashSessionToken(token), expiresAt: new Date(Date.now() + 86_400_000) });
        return { id: user.id, token };
      });
    const entrepreneurs = people('ENTREPRENEUR');
    const mentors = people('MENTOR');
    await em.flush();
    const chat = new ChatService(orm.em.fork(), {
      events: NO_DOMAIN_EVENTS,
      messageRateLimiter: new MessageRateLimiter({ messages: 1, windowMs: 1000 }),
      messageWriter: new MessageWriter(orm),
    });
    const world: WorldPair[] = [];
    for (let i = 0; i < pairs; i += 1) {
      const entrepreneur = entrepreneurs[i]!;
      const mentor = mentors[i]!;
      const conversation = await chat.openConversationForMatch(randomUUID(), [entrepreneur.id, mentor.id]);
      world.push({ entrepreneur, mentor, conversationId: conversation.id });
    }
    return world;
  } finally {
    await orm.close();
  }
}

/** Messages stored for a conversation, straight from the database: what the server wrote. */
export async function storedMessages(
  database: DatabaseConfig,
  conversationId: string,
): Promise<{ seq: number; senderId: string; clientMessageId: string }[]> {
  const orm = await openDatabase(database);
  try {
    const { Message } = await import('@aliadas/server/dist/modules/chat/message.entity.js');
    const rows = await orm.em.fork().find(Message, { conversation: conversationId }, { orderBy: { seq: 'asc' } });
    return rows.map((m) => ({ seq: m.seq, senderId: m.senderId, clientMessageId: m.clientMessageId }));
  } finally {
    await orm.close();
  }
}
