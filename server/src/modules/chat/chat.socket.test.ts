// Chat over Socket.IO against the real server: sending, acknowledgements, retries, order and
// catch-up, read receipts, typing, unread counts, closed conversations, blocks and the rate limit.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  closeSockets,
  collect,
  connectAs,
  nextEvent,
  openConversation,
  sendMessage,
  servicesOf,
  sleep,
  type ClientSocket,
} from '../../test-support/chat.js';
import { startTestServer, type TestPerson, type TestServer } from '../../test-support/test-server.js';
import { Message } from './message.entity.js';

let api: TestServer;

beforeAll(async () => {
  api = await startTestServer({ chat: { rateLimit: { messages: 1000, windowMs: 60_000 } } });
});
afterAll(async () => {
  closeSockets();
  await api?.close();
});

interface Pair {
  entrepreneur: TestPerson;
  mentor: TestPerson;
  conversationId: string;
  her: ClientSocket;
  mentorSocket: ClientSocket;
}

async function pair(): Promise<Pair> {
  const entrepreneur = await api.person(['ENTREPRENEUR']);
  const mentor = await api.person(['MENTOR']);
  const conversation = await openConversation(api, [entrepreneur.id, mentor.id]);
  return {
    entrepreneur,
    mentor,
    conversationId: conversation.id,
    her: await connectAs(api, entrepreneur.token),
    mentorSocket: await connectAs(api, mentor.token),
  };
}

function storedRows(conversationId: string) {
  return api.server.orm.em.fork().find(Message, { conversation: conversationId }, { orderBy: { seq: 'asc' } });
}

describe('sending', () => {
  test('stores, acknowledges {id, seq, createdAt}, then delivers to the other member', async () => {
    const { her, mentorSocket, conversationId, entrepreneur } = await pair();
    const delivered = nextEvent(mentorSocket, 'message:new');
    const ack = await sendMessage(her, { conversationId, body: '  Bonjou, mwen bezwen èd ak plan biznis mwen.  ' });
    expect(ack).toMatchObject({ ok: true, seq: 1 });
    if (!ack.ok) throw new Error('not sent');
    // Already in the database when the acknowledgement arrives.
    const rows = await storedRows(conversationId);
    expect(rows.map((m) => [m.id, m.seq, m.body])).toEqual([
      [ack.id, 1, 'Bonjou, mwen bezwen èd ak plan biznis mwen.'],
    ]);
    expect(new Date(ack.createdAt).toISOString()).toBe(ack.createdAt);
    const message = await delivered;
    expect(message).toMatchObject({
      id: ack.id,
      seq: 1,
      conversationId,
      senderId: entrepreneur.id,
      body: 'Bonjou, mwen bezwen èd ak plan biznis mwen.',
    });
  });

  test('reaches her other devices but is not echoed to the socket that sent it', async () => {
    const { her, conversationId, entrepreneur } = await pair();
    const tablet = await connectAs(api, entrepreneur.token);
    const echoes = collect(her, 'message:new');
    const onTablet = nextEvent(tablet, 'message:new');
    const ack = await sendMessage(her, { conversationId });
    expect((await onTablet).seq).toBe(ack.ok && ack.seq);
    await sleep(200);
    expect(echoes).toEqual([]);
  });

  test('a retry with the same clientMessageId returns the stored message and stores nothing more', async () => {
    const { her, mentorSocket, conversationId } = await pair();
    const deliveries = collect(mentorSocket, 'message:new');
    const clientMessageId = randomUUID();
    const first = await sendMessage(her, { conversationId, clientMessageId, body: 'Una vez' });
    const again = await sendMessage(her, { conversationId, clientMessageId, body: 'Una vez' });
    expect(again).toEqual(first);
    await sleep(200);
    expect(deliveries).toHaveLength(1);
    expect(await storedRows(conversationId)).toHaveLength(1);
  });

  test('the same message sent at once from two devices is stored once; both get it', async () => {
    const { her, conversationId, entrepreneur } = await pair();
    const phone = await connectAs(api, entrepreneur.token);
    const clientMessageId = randomUUID();
    const acks = await Promise.all([
      sendMessage(her, { conversationId, clientMessageId }),
      sendMessage(phone, { conversationId, clientMessageId }),
      sendMessage(her, { conversationId, clientMessageId }),
    ]);
    expect(new Set(acks.map((a) => a.ok && a.id)).size).toBe(1);
    expect(acks.every((a) => a.ok && a.seq === 1)).toBe(true);
    expect(await storedRows(conversationId)).toHaveLength(1);
  });

  test('a clientMessageId cannot be reused for another conversation', async () => {
    const first = await pair();
    const second = await openConversation(api, [first.entrepreneur.id, (await api.person(['ADVISER'])).id]);
    const clientMessageId = randomUUID();
    await sendMessage(first.her, { conversationId: first.conversationId, clientMessageId });
    const reused = await sendMessage(first.her, { conversationId: second.id, clientMessageId });
    expect(reused).toMatchObject({ ok: false, error: { code: 'CONFLICT', key: 'chat.clientMessageIdReused' } });
  });

  test('refuses empty, too long, or badly identified messages, saying why', async () => {
    const { her, conversationId } = await pair();
    expect(await sendMessage(her, { conversationId, body: '   \n ' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT', key: 'chat.emptyMessage' },
    });
    expect(await sendMessage(her, { conversationId, body: 'a'.repeat(4001) })).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT', key: 'chat.messageTooLong', params: { max: 4000, length: 4001 } },
    });
    expect(await sendMessage(her, { conversationId, clientMessageId: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT', key: 'chat.badClientMessageId' },
    });
    // Characters, not UTF-16 units: 4,000 emoji fit.
    expect(await sendMessage(her, { conversationId, body: '🌱'.repeat(4000) })).toMatchObject({ ok: true });
    expect(await storedRows(conversationId)).toHaveLength(1);
  });

  test('only members write: to anyone else the conversation does not exist', async () => {
    const { conversationId } = await pair();
    const stranger = await api.person(['ENTREPRENEUR']);
    const socket = await connectAs(api, stranger.token);
    expect(await sendMessage(socket, { conversationId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    const sync = await socket.emitWithAck('conversation:sync', { conversationId, afterSeq: 0 });
    expect(sync).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  test('messages sent in a row on one connection are numbered in that order', async () => {
    const { her, conversationId } = await pair();
    const acks = await Promise.all(
      Array.from({ length: 30 }, (_, i) => sendMessage(her, { conversationId, body: `mensaje ${i + 1}` })),
    );
    expect(acks.map((a) => a.ok && a.seq)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect((await storedRows(conversationId)).map((m) => m.body)).toEqual(
      Array.from({ length: 30 }, (_, i) => `mensaje ${i + 1}`),
    );
  });

  test('both members writing at once: every message gets its own seq, without gaps', async () => {
    const { her, mentorSocket, conversationId } = await pair();
    const acks = await Promise.all(
      Array.from({ length: 40 }, (_, i) => sendMessage(i % 2 ? her : mentorSocket, { conversationId })),
    );
    const seqs = acks.map((a) => (a.ok ? a.seq : 0)).sort((x, y) => x - y);
    expect(seqs).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });
});

describe('catch-up', () => {
  test('sync returns everything after the last seq she holds, a page at a time', async () => {
    const { her, mentorSocket, conversationId, mentor, entrepreneur } = await pair();
    for (let i = 1; i <= 7; i += 1) await sendMessage(her, { conversationId, body: `m${i}` });
    const after2 = await mentorSocket.emitWithAck('conversation:sync', { conversationId, afterSeq: 2 });
    if (!after2.ok) throw new Error('sync failed');
    expect(after2.messages.map((m) => m.body)).toEqual(['m3', 'm4', 'm5', 'm6', 'm7']);
    expect(after2).toMatchObject({ hasMore: false, lastSeq: 7 });
    expect(after2.readSeqs).toEqual(
      expect.arrayContaining([
        { userId: entrepreneur.id, seq: 7 },
        { userId: mentor.id, seq: 0 },
      ]),
    );
    const page = await mentorSocket.emitWithAck('conversation:sync', { conversationId, afterSeq: 0, limit: 3 });
    expect(page).toMatchObject({ ok: true, hasMore: true });
    expect(page.ok && page.messages.map((m) => m.seq)).toEqual([1, 2, 3]);
  });

  test('a member who was offline gets what she missed', async () => {
    const { her, mentorSocket, conversationId } = await pair();
    await sendMessage(her, { conversationId, body: 'antes' });
    mentorSocket.disconnect();
    await sendMessage(her, { conversationId, body: 'mientras tanto 1' });
    await sendMessage(her, { conversationId, body: 'mientras tanto 2' });
    mentorSocket.connect();
    await new Promise<void>((resolve) => mentorSocket.once('connect', () => resolve()));
    const missed = await mentorSocket.emitWithAck('conversation:sync', { conversationId, afterSeq: 1 });
    expect(missed.ok && missed.messages.map((m) => m.body)).toEqual(['mientras tanto 1', 'mientras tanto 2']);
  });
});

describe('read receipts, unread counts and typing', () => {
  test('each message carries the recipient’s unread count; reading sends a receipt and updates her devices', async () => {
    const { her, mentorSocket, conversationId, mentor } = await pair();
    const unread = collect(mentorSocket, 'message:new');
    const counts: number[] = [];
    mentorSocket.on('message:new', (_m, u) => counts.push(u.unreadCount));
    await sendMessage(her, { conversationId });
    await sendMessage(her, { conversationId });
    const third = await sendMessage(her, { conversationId });
    await sleep(200);
    expect(unread).toHaveLength(3);
    expect(counts).toEqual([1, 2, 3]);

    const mentorLaptop = await connectAs(api, mentor.token);
    const receipt = nextEvent(her, 'conversation:read');
    const laptopCount = nextEvent(mentorLaptop, 'conversation:unread');
    const read = await mentorSocket.emitWithAck('conversation:read', { conversationId, seq: 2 });
    expect(read).toEqual({ ok: true, conversationId, seq: 2, unreadCount: 1 });
    expect(await receipt).toEqual({ conversationId, userId: mentor.id, seq: 2 });
    expect(await laptopCount).toEqual({ conversationId, unreadCount: 1, lastSeq: third.ok ? third.seq : -1 });

    // Never moves back, and never beyond the last message.
    expect(await mentorSocket.emitWithAck('conversation:read', { conversationId, seq: 1 })).toMatchObject({ seq: 2 });
    expect(await mentorSocket.emitWithAck('conversation:read', { conversationId, seq: 99 })).toMatchObject({
      seq: 3,
      unreadCount: 0,
    });
  });

  test('her own message counts as read for her', async () => {
    const { her, mentorSocket, conversationId } = await pair();
    await sendMessage(mentorSocket, { conversationId });
    await sendMessage(her, { conversationId });
    const sync = await her.emitWithAck('conversation:sync', { conversationId, afterSeq: 0 });
    expect(sync.ok && sync.readSeqs.map((r) => r.seq).sort()).toEqual([1, 2]);
  });

  test('a device that received messages sends a delivery receipt to the sender, kept for catch-up', async () => {
    const { her, mentorSocket, conversationId, mentor } = await pair();
    await sendMessage(her, { conversationId });
    await sendMessage(her, { conversationId });
    const herOwn = collect(mentorSocket, 'conversation:delivered');
    const receipt = nextEvent(her, 'conversation:delivered');
    expect(await mentorSocket.emitWithAck('conversation:delivered', { conversationId, seq: 2 })).toEqual({
      ok: true,
      conversationId,
      seq: 2,
    });
    expect(await receipt).toEqual({ conversationId, userId: mentor.id, seq: 2 });

    // Never back, never beyond the last message, and a repeat announces nothing.
    const repeats = collect(her, 'conversation:delivered');
    expect(await mentorSocket.emitWithAck('conversation:delivered', { conversationId, seq: 1 })).toMatchObject({
      seq: 2,
    });
    expect(await mentorSocket.emitWithAck('conversation:delivered', { conversationId, seq: 99 })).toMatchObject({
      seq: 2,
    });
    await sleep(150);
    expect(repeats).toEqual([]);
    expect(herOwn).toEqual([]);

    // A sender who was away learns it by catch-up; reading counts as receiving.
    const sync = await her.emitWithAck('conversation:sync', { conversationId, afterSeq: 0 });
    expect(sync.ok && sync.deliveredSeqs.find((d) => d.userId === mentor.id)?.seq).toBe(2);
    await sendMessage(her, { conversationId });
    await mentorSocket.emitWithAck('conversation:read', { conversationId, seq: 3 });
    const afterRead = await her.emitWithAck('conversation:sync', { conversationId, afterSeq: 3 });
    expect(afterRead.ok && afterRead.deliveredSeqs.find((d) => d.userId === mentor.id)?.seq).toBe(3);
  });

  test('typing reaches the others only', async () => {
    const { her, mentorSocket, conversationId, entrepreneur } = await pair();
    const herOwn = collect(her, 'conversation:typing');
    const seen = nextEvent(mentorSocket, 'conversation:typing');
    her.emit('conversation:typing', { conversationId, typing: true });
    expect(await seen).toEqual({ conversationId, userId: entrepreneur.id, typing: true });
    await sleep(150);
    expect(herOwn).toEqual([]);
  });
});

describe('conversations that open and close', () => {
  test('members already connected hear of a new conversation and can write at once', async () => {
    const entrepreneur = await api.person(['ENTREPRENEUR']);
    const adviser = await api.person(['ADVISER']);
    const her = await connectAs(api, entrepreneur.token);
    const his = await connectAs(api, adviser.token);
    const opened = nextEvent(her, 'conversation:opened');
    const matchId = randomUUID();
    const conversation = await openConversation(api, [entrepreneur.id, adviser.id], matchId);
    expect(await opened).toEqual({
      conversationId: conversation.id,
      kind: 'MATCH',
      matchId,
      memberIds: expect.arrayContaining([entrepreneur.id, adviser.id]),
    });
    const delivered = nextEvent(his, 'message:new');
    await sendMessage(her, { conversationId: conversation.id });
    expect((await delivered).conversationId).toBe(conversation.id);
  });

  test('when the match ends the conversation is read-only: told live, writing refused, reading allowed', async () => {
    const entrepreneur = await api.person(['ENTREPRENEUR']);
    const mentor = await api.person(['MENTOR']);
    const matchId = randomUUID();
    const conversation = await openConversation(api, [entrepreneur.id, mentor.id], matchId);
    const her = await connectAs(api, entrepreneur.token);
    const clientMessageId = randomUUID();
    const before = await sendMessage(her, {
      conversationId: conversation.id,
      clientMessageId,
      body: 'gracias por todo',
    });
    const closed = nextEvent(her, 'conversation:closed');
    await servicesOf(api).chat.closeConversationForMatch(matchId);
    expect((await closed).conversationId).toBe(conversation.id);
    expect(await sendMessage(her, { conversationId: conversation.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', key: 'chat.conversationClosed' },
    });
    // A retry of a message stored before it closed still gets its answer.
    expect(
      await sendMessage(her, { conversationId: conversation.id, clientMessageId, body: 'gracias por todo' }),
    ).toEqual(before);
    const history = await her.emitWithAck('conversation:sync', { conversationId: conversation.id, afterSeq: 0 });
    expect(history.ok && history.messages.map((m) => m.body)).toEqual(['gracias por todo']);
    expect(await her.emitWithAck('conversation:read', { conversationId: conversation.id, seq: 1 })).toMatchObject({
      ok: true,
    });
    expect((await storedRows(conversation.id)).length).toBe(1);
  });
});

describe('blocks', () => {
  test('no messages either way once one blocks the other, and again after unblocking', async () => {
    const { her, mentorSocket, conversationId, mentor, entrepreneur } = await pair();
    await servicesOf(api).chat.blockUser(entrepreneur.id, mentor.id);
    const refused = { ok: false, error: { code: 'FORBIDDEN', key: 'chat.blocked' } };
    expect(await sendMessage(her, { conversationId })).toMatchObject(refused);
    expect(await sendMessage(mentorSocket, { conversationId })).toMatchObject(refused);
    const typing = collect(her, 'conversation:typing');
    mentorSocket.emit('conversation:typing', { conversationId, typing: true });
    await sleep(150);
    expect(typing).toEqual([]);
    await servicesOf(api).chat.unblockUser(entrepreneur.id, mentor.id);
    expect(await sendMessage(mentorSocket, { conversationId })).toMatchObject({ ok: true, seq: 1 });
  });
});

describe('rate limit', () => {
  test('refuses past the limit with the time to wait; a retry of a stored message still answers', async () => {
    const limited = await startTestServer({ chat: { rateLimit: { messages: 3, windowMs: 60_000 } } });
    try {
      const entrepreneur = await limited.person(['ENTREPRENEUR']);
      const mentor = await limited.person(['MENTOR']);
      const conversation = await openConversation(limited, [entrepreneur.id, mentor.id]);
      const her = await connectAs(limited, entrepreneur.token);
      const clientMessageId = randomUUID();
      const first = await sendMessage(her, { conversationId: conversation.id, clientMessageId });
      await sendMessage(her, { conversationId: conversation.id });
      await sendMessage(her, { conversationId: conversation.id });
      const fourth = await sendMessage(her, { conversationId: conversation.id });
      expect(fourth).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', key: 'chat.tooManyMessages' } });
      if (fourth.ok) throw new Error('not limited');
      expect(fourth.error.params.retryAfterSeconds).toBeGreaterThan(0);
      expect(fourth.error.message).toMatch(/Try again in \d+ seconds?\./);
      expect(await sendMessage(her, { conversationId: conversation.id, clientMessageId })).toEqual(first);
    } finally {
      await limited.close();
    }
  });
});
