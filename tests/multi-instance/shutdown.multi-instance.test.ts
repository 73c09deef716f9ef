// SIGTERM under a steady chat stream, with a second instance beside it: the stopping server answers the
// events it had started (their acknowledgements arrive), refuses new ones and new connections with a
// reason to go elsewhere, closes the connections so that clients reconnect by themselves, and exits 0.
// Every acknowledged message is stored exactly once and reaches the other person, in order.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REALTIME_PATH, type ClientToServerEvents, type ServerToClientEvents } from '@aliadas/shared';
import { io, type Socket } from 'socket.io-client';
import { ChatClient, sleep } from '../support/chat-client.js';
import { createChatWorld, storedMessages, type WorldPair } from '../support/chat-world.js';
import { freshSharedDatabase, type SharedDatabase } from '../support/databases.js';
import { startPrivateRedis, type PrivateRedis } from '../support/redis-server.js';
import { startServerProcess, type ServerProcess } from '../support/server-process.js';

const POSTGRES_URL = process.env.DATABASE_URL;

let redis: PrivateRedis;
let db: SharedDatabase;
let world: WorldPair[];
let stopping: ServerProcess;
let staying: ServerProcess;
const clients: ChatClient[] = [];

beforeAll(async () => {
  redis = await startPrivateRedis();
  db = await freshSharedDatabase(POSTGRES_URL ? 'postgresql' : 'sqlite', POSTGRES_URL);
  world = await createChatWorld(db.database, 2);
  const env = { ...db.env, REDIS_URL: redis.url, CHAT_RATE_LIMIT_MESSAGES: '10000', CHAT_RATE_LIMIT_SECONDS: '60' };
  stopping = await startServerProcess({ env: { ...env, LOG_LEVEL: 'info' } });
  staying = await startServerProcess({ env });
});

afterAll(async () => {
  for (const client of clients) client.close();
  await Promise.all([stopping?.stop('SIGKILL'), staying?.stop()]);
  await redis?.stop();
  await db?.drop();
});

type RawSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

function rawSocket(url: string, token: string): Promise<RawSocket> {
  return new Promise((resolve, reject) => {
    const socket: RawSocket = io(url, {
      path: REALTIME_PATH,
      transports: ['websocket'],
      auth: { token },
      forceNew: true,
      reconnection: false,
    });
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

describe('SIGTERM with a second instance beside it', () => {
  test('acknowledged means stored and delivered once; clients are sent elsewhere; exit 0', async () => {
    const { entrepreneur, mentor, conversationId } = world[0]!;
    const her = new ChatClient({
      name: 'her',
      token: entrepreneur.token,
      conversationId,
      urls: [stopping.url, staying.url],
    });
    const him = new ChatClient({ name: 'him', token: mentor.token, conversationId, urls: [staying.url, stopping.url] });
    clients.push(her, him);
    await Promise.all([her.start(), him.start()]);
    // A plain socket on the stopping server (in another conversation), to see how it is let go.
    const other = world[1]!;
    const watcher = await rawSocket(stopping.url, other.entrepreneur.token);
    const letGo = new Promise<string>((resolve) => watcher.once('disconnect', (reason) => resolve(reason)));
    const burst: { clientMessageId: string; answer?: { ok: boolean; key?: string } }[] = [];

    let exitMs = 0;
    const exited = new Promise<number | null>((resolve) =>
      stopping.child.once('exit', (code) => {
        exitMs = performance.now() - stoppedAt;
        resolve(code);
      }),
    );
    let stoppedAt = 0;
    const timer = setInterval(() => {
      her.send(`ella ${her.outbox.length + 1}`);
      him.send(`él ${him.outbox.length + 1}`);
    }, 20);
    await sleep(1200);
    // A burst of messages on the wire as the signal lands. Each one the server has read is answered before
    // the connection closes, stored (ok) or refused with realtime.serverStopping; one still unread when
    // the transport closes gets no answer, and its sender sends it again with the same id elsewhere.
    for (let i = 0; i < 30; i += 1) {
      const entry: (typeof burst)[number] = { clientMessageId: `burst-at-sigterm-${String(i).padStart(2, '0')}` };
      burst.push(entry);
      watcher.emit(
        'message:send',
        { conversationId: other.conversationId, clientMessageId: entry.clientMessageId, body: `ráfaga ${i}` },
        (response) => {
          entry.answer = response.ok ? { ok: true } : { ok: false, key: response.error.key };
        },
      );
    }
    stopping.child.kill('SIGTERM');
    stoppedAt = performance.now();
    // While it drains, a new connection is told to go elsewhere.
    const refused = await rawSocket(stopping.url, entrepreneur.token).then(
      (socket) => {
        socket.disconnect();
        return 'connected';
      },
      (error: Error & { data?: { code: string } }) => error.data?.code ?? error.message,
    );
    expect(['UNAVAILABLE', 'websocket error', 'xhr poll error']).toContain(refused);
    await sleep(2000);
    clearInterval(timer);

    expect(await exited).toBe(0);
    // The transport closed under it: Socket.IO clients reconnect by themselves (not "io server disconnect").
    expect(await letGo).toBe('transport close');
    const answered = burst.filter((b) => b.answer);
    expect(answered.every((b) => b.answer!.ok || b.answer!.key === 'realtime.serverStopping')).toBe(true);
    // Acknowledged means stored, once and in order; refused means not stored; unanswered may be either.
    const storedBurst = (await storedMessages(db.database, other.conversationId)).map((r) => r.clientMessageId);
    const acknowledged = answered.filter((b) => b.answer!.ok).map((b) => b.clientMessageId);
    const refusedIds = answered.filter((b) => !b.answer!.ok).map((b) => b.clientMessageId);
    expect(storedBurst.filter((id) => acknowledged.includes(id))).toEqual(acknowledged);
    expect(storedBurst.filter((id) => refusedIds.includes(id))).toEqual([]);
    expect(new Set(storedBurst).size).toBe(storedBurst.length);
    expect(storedBurst.every((id) => burst.some((b) => b.clientMessageId === id))).toBe(true);

    await Promise.all([her.settle(), him.settle()]);
    expect(her.connectedUrls).toEqual([stopping.url, staying.url]);
    expect(her.outbox.length).toBeGreaterThan(50);
    for (const [receiver, sender] of [
      [her, him],
      [him, her],
    ] as const) {
      const held = [...receiver.messages.values()].sort((a, b) => a.seq - b.seq);
      expect(held.map((m) => m.seq)).toEqual(held.map((_, i) => i + 1));
      const received = held.filter((m) => sender.outbox.some((o) => o.clientMessageId === m.clientMessageId));
      expect(received.map((m) => m.clientMessageId)).toEqual(sender.outbox.map((m) => m.clientMessageId));
      expect(sender.outbox.every((m) => m.ack && !m.error)).toBe(true);
    }
    const rows = await storedMessages(db.database, conversationId);
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
    const sent = [...her.outbox, ...him.outbox].map((m) => m.clientMessageId);
    expect(rows.map((r) => r.clientMessageId).sort()).toEqual([...sent].sort());
    expect(stopping.output()).toContain('stopped');
    console.log(
      `SIGTERM: exited 0 after ${exitMs.toFixed(0)} ms; ${rows.length} messages stored once each, ` +
        `${her.outbox.length + him.outbox.length} sent and acknowledged; of a burst of 30 at the signal, ` +
        `${acknowledged.length} stored and acknowledged, ${refusedIds.length} refused to be sent elsewhere, ` +
        `${burst.length - answered.length} still unread when the transport closed`,
    );
  });
});
