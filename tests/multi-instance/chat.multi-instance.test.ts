// Two real server processes on different ports, one database (an SQLite file, or a fresh PostgreSQL
// database when DATABASE_URL is set) and Redis: people on different instances talk, and a server killed
// with SIGKILL in the middle of a steady stream loses and doubles nothing.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REALTIME_PATH, type ClientToServerEvents, type ServerToClientEvents } from '@aliadas/shared';
import { io, type Socket } from 'socket.io-client';
import { ChatClient, sleep } from '../support/chat-client.js';
import { createChatWorld, storedMessages, type WorldPair } from '../support/chat-world.js';
import { freshSharedDatabase, type SharedDatabase } from '../support/databases.js';
import { startServerProcess, type ServerProcess } from '../support/server-process.js';

const POSTGRES_URL = process.env.DATABASE_URL;
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

let db: SharedDatabase;
let world: WorldPair[];
let first: ServerProcess;
let second: ServerProcess;
const clients: ChatClient[] = [];

function serverEnv(): Record<string, string> {
  return { ...db.env, REDIS_URL, CHAT_RATE_LIMIT_MESSAGES: '10000', CHAT_RATE_LIMIT_SECONDS: '60' };
}

beforeAll(async () => {
  db = await freshSharedDatabase(POSTGRES_URL ? 'postgresql' : 'sqlite', POSTGRES_URL);
  // Migrates the database, then the servers start one after the other (each runs pending migrations).
  world = await createChatWorld(db.database, 4);
  first = await startServerProcess({ env: serverEnv() });
  second = await startServerProcess({ env: serverEnv() });
});

afterAll(async () => {
  for (const client of clients) client.close();
  await Promise.all([first?.stop(), second?.stop()]);
  await db?.drop();
});

function client(name: string, person: { token: string }, conversationId: string, urls: string[]): ChatClient {
  const chat = new ChatClient({ name, token: person.token, conversationId, urls });
  clients.push(chat);
  return chat;
}

type RawSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

function rawSocket(url: string, token: string): Promise<RawSocket> {
  return new Promise((resolve, reject) => {
    const socket: RawSocket = io(url, {
      path: REALTIME_PATH,
      transports: ['websocket'],
      auth: { token },
      forceNew: true,
    });
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

function next<E extends keyof ServerToClientEvents>(socket: RawSocket, event: E): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event}`)), 10_000);
    socket.once(event, ((...args: unknown[]) => {
      clearTimeout(timer);
      resolve(args);
    }) as never);
  });
}

/** Both send a message every `everyMs` for `ms`; `during` runs alongside (to kill a server). */
async function stream(senders: ChatClient[], ms: number, everyMs: number, during: () => Promise<void>) {
  const timer = setInterval(() => {
    for (const sender of senders) sender.send(`message ${sender.outbox.length + 1}`);
  }, everyMs);
  await Promise.all([sleep(ms), during()]);
  clearInterval(timer);
}

/** Waits for both to have everything acknowledged; on failure, says what the servers logged. */
async function settle(...chats: ChatClient[]): Promise<void> {
  try {
    await Promise.all(chats.map((c) => c.settle()));
  } catch (error) {
    throw new Error(
      `${(error as Error).message}\n--- first server:\n${first.output()}\n--- second server:\n${second.output()}`,
    );
  }
}

/** Every message the peer had acknowledged reached her exactly once, in the peer's order, without gaps. */
function expectExactlyOnce(receiver: ChatClient, sender: ChatClient): void {
  const held = [...receiver.messages.values()].sort((a, b) => a.seq - b.seq);
  expect(held.map((m) => m.seq)).toEqual(held.map((_, i) => i + 1));
  const fromSender = new Map(sender.outbox.map((m) => [m.clientMessageId, m]));
  const received = held.filter((m) => fromSender.has(m.clientMessageId));
  const acknowledged = sender.outbox.filter((m) => m.ack);
  expect(acknowledged.length).toBe(sender.outbox.length);
  expect(received.map((m) => m.clientMessageId)).toEqual(acknowledged.map((m) => m.clientMessageId));
  expect(new Set(received.map((m) => m.clientMessageId)).size).toBe(received.length);
  expect(received.map((m) => m.seq)).toEqual(acknowledged.map((m) => m.ack!.seq));
}

async function expectStoredOnce(conversationId: string, ...senders: ChatClient[]): Promise<void> {
  const rows = await storedMessages(db.database, conversationId);
  const sent = senders.flatMap((s) => s.outbox.map((m) => m.clientMessageId));
  expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
  expect(rows.map((r) => r.clientMessageId).sort()).toEqual([...sent].sort());
}

describe('two instances, one database, Redis between them', () => {
  test('people connected to different instances talk: messages, receipts, typing', async () => {
    const { entrepreneur, mentor, conversationId } = world[0]!;
    const her = await rawSocket(first.url, entrepreneur.token);
    const him = await rawSocket(second.url, mentor.token);
    const delivered = next(him, 'message:new');
    const ack = await her.timeout(10_000).emitWithAck('message:send', {
      conversationId,
      clientMessageId: 'first-contact-0001',
      body: 'Hola desde la primera instancia',
    });
    expect(ack).toMatchObject({ ok: true, seq: 1 });
    const [message, unread] = await delivered;
    expect(message).toMatchObject({ seq: 1, body: 'Hola desde la primera instancia', senderId: entrepreneur.id });
    expect(unread).toMatchObject({ unreadCount: 1 });

    const receipt = next(her, 'conversation:read');
    await him.timeout(10_000).emitWithAck('conversation:read', { conversationId, seq: 1 });
    expect((await receipt)[0]).toEqual({ conversationId, userId: mentor.id, seq: 1 });
    const typing = next(her, 'conversation:typing');
    him.emit('conversation:typing', { conversationId, typing: true });
    expect((await typing)[0]).toEqual({ conversationId, userId: mentor.id, typing: true });
    her.disconnect();
    him.disconnect();
  });

  test('logging out on one instance disconnects her sockets on the other', async () => {
    const { mentor } = world[1]!;
    const him = await rawSocket(second.url, mentor.token);
    const ended = next(him, 'session:ended');
    const response = await fetch(`${first.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${mentor.token}` },
      body: JSON.stringify({ query: 'mutation { logOut }' }),
    });
    expect(((await response.json()) as { data: unknown }).data).toEqual({ logOut: true });
    expect((await ended)[0]).toEqual({ reason: 'LOGGED_OUT' });
    const refused = await rawSocket(first.url, mentor.token).then(
      () => null,
      (error: Error & { data?: { code: string } }) => error.data?.code,
    );
    expect(refused).toBe('UNAUTHENTICATED');
  });
});

describe('a server killed in the middle of a steady stream', () => {
  test('clients move to the other instance, catch up, and every acknowledged message arrives once, in order', async () => {
    const { entrepreneur, mentor, conversationId } = world[2]!;
    const her = client('her', entrepreneur, conversationId, [first.url, second.url]);
    const him = client('him', mentor, conversationId, [second.url, first.url]);
    await Promise.all([her.start(), him.start()]);
    await stream([her, him], 4000, 25, async () => {
      await sleep(1500);
      second.child.kill('SIGKILL');
    });
    await settle(her, him);
    expect(him.connectedUrls).toEqual([second.url, first.url]);
    expect(her.connections).toBe(1);
    expect(her.outbox.length).toBeGreaterThan(100);
    expectExactlyOnce(her, him);
    expectExactlyOnce(him, her);
    await expectStoredOnce(conversationId, her, him);
  });

  test('…or wait for it to restart and reconnect there', async () => {
    // The killed instance comes back on its port for this test.
    await second.stop('SIGKILL');
    second = await startServerProcess({ port: second.port, env: serverEnv() });
    const { entrepreneur, mentor, conversationId } = world[3]!;
    const her = client('her', entrepreneur, conversationId, [first.url]);
    const him = client('him', mentor, conversationId, [second.url]);
    await Promise.all([her.start(), him.start()]);
    const port = second.port;
    await stream([her, him], 5000, 25, async () => {
      await sleep(1200);
      second.child.kill('SIGKILL');
      await sleep(300);
      second = await startServerProcess({ port, env: serverEnv() });
    });
    await settle(her, him);
    expect(him.connections).toBeGreaterThanOrEqual(2);
    expect(new Set(him.connectedUrls)).toEqual(new Set([second.url]));
    expectExactlyOnce(her, him);
    expectExactlyOnce(him, her);
    await expectStoredOnce(conversationId, her, him);
  });
});
