// The chat rules against the database itself: numbering under concurrency (also from two "instances",
// that is two connections with their own writers), exactly-once storage of retries, conversations of
// matches and their events after commit, and the blocks the matching engine reads.
import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DomainEvents, type DomainEvent } from '../../domain-events.js';
import { openDatabase } from '../../db/orm.js';
import { openConversation, servicesOf } from '../../test-support/chat.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { blockSource, matchConversations } from './chat.ports.js';
import { ChatService, type ChatDependencies } from './chat.service.js';
import { ConversationMember } from './conversation-member.entity.js';
import { Conversation } from './conversation.entity.js';
import { Message } from './message.entity.js';
import { MessageWriter } from './message-writer.js';

let api: TestServer;
/**
 * On PostgreSQL, a second connection pool with its own writer: what another server instance would be.
 * (Not on SQLite: its driver is synchronous, so two connections in one process wait on each other
 * with the event loop stopped; real processes are tested in tests/multi-instance.)
 */
let otherInstance: MikroORM;

beforeAll(async () => {
  api = await startTestServer({ chat: { rateLimit: { messages: 100_000, windowMs: 60_000 } } });
  const database = api.server.config.database;
  otherInstance = database.kind === 'postgresql' ? await openDatabase(database) : api.server.orm;
});
afterAll(async () => {
  if (otherInstance !== api?.server.orm) await otherInstance?.close();
  await api?.close();
});

const otherWriters = new Map<MikroORM, MessageWriter>();

function chatOn(orm: MikroORM, deps: Partial<ChatDependencies> = {}): ChatService {
  if (!otherWriters.has(orm)) otherWriters.set(orm, new MessageWriter(orm, { concurrency: 2 }));
  return new ChatService(orm.em.fork(), { ...api.server.deps, messageWriter: otherWriters.get(orm)!, ...deps });
}

function recorder(): { events: DomainEvent[]; bus: DomainEvents } {
  const events: DomainEvent[] = [];
  const bus = new DomainEvents();
  bus.subscribe((e) => events.push(e));
  return { events, bus };
}

describe('numbering', () => {
  test('many senders on two instances writing to one conversation at once: 1…n, no gaps, no repeats', async () => {
    const people = await Promise.all(Array.from({ length: 4 }, () => api.person(['ENTREPRENEUR'])));
    const conversation = await openConversation(
      api,
      people.map((p) => p.id),
    );
    const sends = Array.from({ length: 120 }, (_, i) => {
      const sender = people[i % people.length]!;
      return chatOn(i % 2 ? otherInstance : api.server.orm).sendMessage(sender.id, {
        conversationId: conversation.id,
        clientMessageId: randomUUID(),
        body: `n${i}`,
      });
    });
    const results = await Promise.all(sends);
    expect(results.map((r) => r.message.seq).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 120 }, (_, i) => i + 1),
    );
    const em = api.server.orm.em.fork();
    expect(await em.count(Message, { conversation: conversation.id })).toBe(120);
    expect((await em.findOneOrFail(Conversation, conversation.id)).lastSeq).toBe(120);
  });

  test('a refused message leaves no hole in the numbers', async () => {
    const [a, b, stranger] = await Promise.all([
      api.person(['ENTREPRENEUR']),
      api.person(['MENTOR']),
      api.person(['ENTREPRENEUR']),
    ]);
    const conversation = await openConversation(api, [a.id, b.id]);
    const chat = servicesOf(api).chat;
    const results = await Promise.allSettled([
      chat.sendMessage(a.id, { conversationId: conversation.id, clientMessageId: randomUUID(), body: '1' }),
      chat.sendMessage(stranger.id, { conversationId: conversation.id, clientMessageId: randomUUID(), body: 'x' }),
      chat.sendMessage(b.id, { conversationId: conversation.id, clientMessageId: randomUUID(), body: '2' }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const seqs = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value.message.seq] : []));
    expect(seqs.sort()).toEqual([1, 2]);
    expect((await api.server.orm.em.fork().findOneOrFail(Conversation, conversation.id)).lastSeq).toBe(2);
  });
});

describe('exactly once', () => {
  test('the same clientMessageId sent at once through two instances is stored once', async () => {
    const [a, b] = await Promise.all([api.person(['ENTREPRENEUR']), api.person(['MENTOR'])]);
    const conversation = await openConversation(api, [a.id, b.id]);
    const { events, bus } = recorder();
    const input = { conversationId: conversation.id, clientMessageId: randomUUID(), body: 'una sola vez' };
    const results = await Promise.all([
      chatOn(api.server.orm, { events: bus }).sendMessage(a.id, input),
      chatOn(otherInstance, { events: bus }).sendMessage(a.id, input),
      chatOn(otherInstance, { events: bus }).sendMessage(a.id, input),
      chatOn(api.server.orm, { events: bus }).sendMessage(a.id, input),
    ]);
    expect(new Set(results.map((r) => r.message.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    // Delivered once: only the attempt that stored it announces it.
    expect(events.filter((e) => e.type === 'message.created')).toHaveLength(1);
    expect(await api.server.orm.em.fork().count(Message, { conversation: conversation.id })).toBe(1);
  });
});

describe('conversations of matches', () => {
  test('opening is idempotent, also when called at once; a new member is added', async () => {
    const [a, b, c] = await Promise.all([api.person(['ENTREPRENEUR']), api.person(['MENTOR']), api.person(['MENTOR'])]);
    const matchId = randomUUID();
    const opened = await Promise.all(
      Array.from({ length: 4 }, (_, i) =>
        chatOn(i % 2 ? otherInstance : api.server.orm).openConversationForMatch(matchId, [a.id, b.id]),
      ),
    );
    expect(new Set(opened.map((o) => o.id)).size).toBe(1);
    const em = api.server.orm.em.fork();
    expect(await em.count(Conversation, { matchId })).toBe(1);
    expect(await em.count(ConversationMember, { conversation: opened[0]!.id })).toBe(2);
    await chatOn(api.server.orm).openConversationForMatch(matchId, [a.id, c.id]);
    expect(await em.count(ConversationMember, { conversation: opened[0]!.id })).toBe(3);
  });

  test('closing is idempotent and announced once', async () => {
    const [a, b] = await Promise.all([api.person(['ENTREPRENEUR']), api.person(['MENTOR'])]);
    const matchId = randomUUID();
    await openConversation(api, [a.id, b.id], matchId);
    const { events, bus } = recorder();
    await chatOn(api.server.orm, { events: bus }).closeConversationForMatch(matchId);
    await chatOn(api.server.orm, { events: bus }).closeConversationForMatch(matchId);
    await chatOn(api.server.orm, { events: bus }).closeConversationForMatch(randomUUID());
    expect(events.map((e) => e.type)).toEqual(['conversation.closed']);
  });

  test('inside the caller’s transaction (as matching calls it): announced after commit, never after rollback', async () => {
    const [a, b] = await Promise.all([api.person(['ENTREPRENEUR']), api.person(['ADVISER'])]);
    const { events, bus } = recorder();
    const ports = matchConversations({ ...api.server.deps, events: bus });
    const committed = randomUUID();
    await api.server.orm.em.fork().transactional(async (em) => {
      await ports.openConversationForMatch(em, committed, [a.id, b.id]);
      expect(events).toEqual([]);
    });
    expect(events).toEqual([expect.objectContaining({ type: 'conversation.opened', matchId: committed })]);

    const rolledBack = randomUUID();
    await expect(
      api.server.orm.em.fork().transactional(async (em) => {
        await ports.openConversationForMatch(em, rolledBack, [a.id, b.id]);
        throw new Error('the match could not move');
      }),
    ).rejects.toThrow('the match could not move');
    expect(events).toHaveLength(1);
    expect(await api.server.orm.em.fork().count(Conversation, { matchId: rolledBack })).toBe(0);

    await api.server.orm.em.fork().transactional((em) => ports.closeConversationForMatch(em, committed));
    expect(events.map((e) => e.type)).toEqual(['conversation.opened', 'conversation.closed']);
  });
});

describe('blocks, as matching reads them', () => {
  test('either direction, among a set of people or involving any of them', async () => {
    const [a, b, c, d] = await Promise.all([
      api.person(['ENTREPRENEUR']),
      api.person(['MENTOR']),
      api.person(['ADVISER']),
      api.person(['MENTOR']),
    ]);
    const chat = servicesOf(api).chat;
    await chat.blockUser(a.id, b.id);
    await chat.blockUser(c.id, a.id);
    await chat.blockUser(a.id, b.id); // again: nothing changes
    expect(await chat.blocksAmong([a.id, b.id, d.id])).toEqual([{ userId: a.id, blockedUserId: b.id }]);
    expect(await chat.blocksInvolving([b.id, c.id])).toEqual(
      expect.arrayContaining([
        { userId: a.id, blockedUserId: b.id },
        { userId: c.id, blockedUserId: a.id },
      ]),
    );
    expect(await chat.blocksInvolving([d.id])).toEqual([]);
    const source = blockSource(api.server.deps);
    const all = await source(api.server.orm.em.fork());
    expect(all).toEqual(expect.arrayContaining([{ userId: c.id, blockedUserId: a.id }]));
    expect(await source(api.server.orm.em.fork(), [c.id])).toEqual([{ userId: c.id, blockedUserId: a.id }]);
    // Past a few hundred people every block is read and filtered in memory; the answer is the same.
    const many = [c.id, ...Array.from({ length: 600 }, () => randomUUID())];
    expect(await chat.blocksInvolving(many)).toEqual([{ userId: c.id, blockedUserId: a.id }]);
  });
});
