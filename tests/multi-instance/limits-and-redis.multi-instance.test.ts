// Two real server processes sharing one database and a private Redis (its own redis-server on a free
// port, so that killing it disturbs nothing else): rate limits are one count across both instances;
// when Redis dies both go on serving — limits count per instance, chat works within an instance and
// catches up across them — and once Redis is back the instances share counts and rooms again.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { randomUUID } from 'node:crypto';
import { REALTIME_PATH, type AckResponse, type ClientToServerEvents, type ServerToClientEvents } from '@aliadas/shared';
import { io, type Socket } from 'socket.io-client';
import { createChatWorld, type WorldPair } from '../support/chat-world.js';
import { freshSharedDatabase, type SharedDatabase } from '../support/databases.js';
import { startPrivateRedis, type PrivateRedis } from '../support/redis-server.js';
import { startServerProcess, type ServerProcess } from '../support/server-process.js';

const POSTGRES_URL = process.env.DATABASE_URL;

let redis: PrivateRedis;
let db: SharedDatabase;
let world: WorldPair[];
let first: ServerProcess;
let second: ServerProcess;
const sockets: RawSocket[] = [];

beforeAll(async () => {
  redis = await startPrivateRedis();
  db = await freshSharedDatabase(POSTGRES_URL ? 'postgresql' : 'sqlite', POSTGRES_URL);
  world = await createChatWorld(db.database, 3);
  const env = {
    ...db.env,
    REDIS_URL: redis.url,
    RATE_LIMIT_SIGN_UP: '3/600',
    RATE_LIMIT_TYPING: '4/600',
    LOG_LEVEL: 'error',
  };
  first = await startServerProcess({ env });
  second = await startServerProcess({ env });
});

afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  await Promise.all([first?.stop(), second?.stop()]);
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
    });
    sockets.push(socket);
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

function nextMessage(socket: RawSocket, body: string, timeoutMs = 5000): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      socket.off('message:new', listener);
      resolve(false);
    }, timeoutMs);
    const listener: ServerToClientEvents['message:new'] = (message) => {
      if (message.body !== body) return;
      clearTimeout(timer);
      socket.off('message:new', listener);
      resolve(true);
    };
    socket.on('message:new', listener);
  });
}

async function signUp(url: string): Promise<{ status: number; retryAfter: string | null; codes: string[] }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($i: RegisterInput!) { register(input: $i) { token } }',
      variables: {
        i: {
          email: `${randomUUID()}@test.aliadas`,
          password: 'a-long-enough-password',
          displayName: 'Nueva',
          roles: ['ENTREPRENEUR'],
        },
      },
    }),
  });
  const body = (await response.json()) as { errors?: { extensions: { code: string } }[] };
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    codes: (body.errors ?? []).map((e) => e.extensions.code),
  };
}

async function typing(socket: RawSocket, conversationId: string): Promise<AckResponse<Record<never, never>>> {
  return (await socket
    .timeout(5000)
    .emitWithAck('conversation:typing', { conversationId, typing: true })) as AckResponse<Record<never, never>>;
}

async function health(server: ServerProcess): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${server.url}/health`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function bothSayRedis(state: 'up' | 'down', timeoutMs = 20_000): Promise<number> {
  const started = performance.now();
  for (;;) {
    const answers = await Promise.all([health(first), health(second)]);
    if (answers.every((a) => a.body.redis === state)) {
      for (const answer of answers) expect(answer.status).toBe(200);
      return performance.now() - started;
    }
    if (performance.now() - started > timeoutMs) {
      throw new Error(`Redis not ${state} for both: ${JSON.stringify(answers)}\n${first.output()}\n${second.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The first person's typing allowance (4) spent over both instances; the fifth is refused. */
async function expectTypingSharedByBoth(pair: WorldPair): Promise<void> {
  const onFirst = await rawSocket(first.url, pair.entrepreneur.token);
  const onSecond = await rawSocket(second.url, pair.entrepreneur.token);
  for (const socket of [onFirst, onSecond, onFirst, onSecond]) {
    expect(await typing(socket, pair.conversationId)).toEqual({ ok: true });
  }
  const refused = await typing(onFirst, pair.conversationId);
  expect(refused).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', key: 'rateLimit.typing' } });
  onFirst.disconnect();
  onSecond.disconnect();
}

describe('two instances and Redis', () => {
  test('share each limit: sign-ups per address and typing signals per person', async () => {
    expect(await bothSayRedis('up')).toBeLessThan(20_000);
    for (const url of [first.url, second.url, first.url]) {
      expect(await signUp(url)).toEqual({ status: 200, retryAfter: null, codes: [] });
    }
    for (const url of [second.url, first.url]) {
      const refused = await signUp(url);
      expect(refused).toMatchObject({ status: 429, codes: ['RATE_LIMITED'] });
      expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    }
    await expectTypingSharedByBoth(world[0]!);
  });

  test('without Redis both keep serving with per-instance limits and clear errors, and share again once it is back', async () => {
    const { entrepreneur, mentor, conversationId } = world[1]!;
    const her = await rawSocket(first.url, entrepreneur.token);
    const himHere = await rawSocket(first.url, mentor.token);
    const himThere = await rawSocket(second.url, mentor.token);

    await redis.kill();
    const noticed = await bothSayRedis('down');

    // Chat goes on within an instance; the other instance's copy catches up when it syncs.
    const started = performance.now();
    const deliveredHere = nextMessage(himHere, 'sin Redis');
    const deliveredThere = nextMessage(himThere, 'sin Redis', 1500);
    const ack = await her.timeout(5000).emitWithAck('message:send', {
      conversationId,
      clientMessageId: 'sent-while-redis-is-down',
      body: 'sin Redis',
    });
    const ackMs = performance.now() - started;
    expect(ack).toMatchObject({ ok: true, seq: 1 });
    expect(ackMs).toBeLessThan(2000);
    expect(await deliveredHere).toBe(true);
    expect(await deliveredThere).toBe(false);
    const synced = await himThere.timeout(5000).emitWithAck('conversation:sync', { conversationId, afterSeq: 0 });
    expect(synced).toMatchObject({ ok: true, messages: [{ seq: 1, body: 'sin Redis' }] });

    // Log-in failures are still counted (locally) and answered as such, not as a server error.
    const logIn = await fetch(`${second.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation { logIn(input: { email: "nadie@test.aliadas", password: "not-the-password" }) { token } }',
      }),
    });
    const logInBody = (await logIn.json()) as { errors: { extensions: { code: string } }[] };
    expect(logInBody.errors.map((e) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);

    // Each instance counts sign-ups on its own: the shared count is out of reach, the limit still holds.
    for (let i = 0; i < 3; i += 1) expect((await signUp(first.url)).status).toBe(200);
    expect(await signUp(first.url)).toMatchObject({ status: 429, codes: ['RATE_LIMITED'] });
    expect(first.child.exitCode).toBeNull();
    expect(second.child.exitCode).toBeNull();

    await redis.restart();
    const recovered = await bothSayRedis('up');

    // Rooms reach across instances again…
    const acrossAgain = nextMessage(himThere, 'con Redis otra vez');
    expect(
      await her.timeout(5000).emitWithAck('message:send', {
        conversationId,
        clientMessageId: 'sent-once-redis-is-back',
        body: 'con Redis otra vez',
      }),
    ).toMatchObject({ ok: true, seq: 2 });
    expect(await acrossAgain).toBe(true);
    // …and limits are one count again (the restarted Redis holds no counts).
    await expectTypingSharedByBoth(world[2]!);
    console.log(
      `Redis outage: both instances said so within ${noticed.toFixed(0)} ms, a message was acknowledged in ` +
        `${ackMs.toFixed(0)} ms meanwhile, and both shared rooms again ${recovered.toFixed(0)} ms after Redis returned`,
    );
  });
});
