// The database goes away under a running server process and comes back: /health says 503, GraphQL and
// the chat answer with a clear error quickly (no hang, no crash), and once the database is back the
// same process serves again without a restart. On PostgreSQL, through a TCP proxy the test cuts.
// (SQLite is a file on the server's own disk: it has no outage to recover from — see the README.)
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REALTIME_PATH, type ClientToServerEvents, type ServerToClientEvents } from '@aliadas/shared';
import { io, type Socket } from 'socket.io-client';
import { createChatWorld, type WorldPair } from '../support/chat-world.js';
import { freshSharedDatabase, type SharedDatabase } from '../support/databases.js';
import { startServerProcess, type ServerProcess } from '../support/server-process.js';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.js';

const POSTGRES_URL = process.env.DATABASE_URL;

let db: SharedDatabase;
let world: WorldPair[];
let proxy: TcpProxy;
let server: ServerProcess;

beforeAll(async () => {
  if (!POSTGRES_URL) return;
  db = await freshSharedDatabase('postgresql', POSTGRES_URL);
  world = await createChatWorld(db.database, 1);
  const direct = new URL(db.env.DATABASE_URL!);
  proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
  const throughProxy = new URL(direct);
  throughProxy.hostname = '127.0.0.1';
  throughProxy.port = String(proxy.port);
  server = await startServerProcess({ env: { DATABASE_URL: throughProxy.toString() } });
});

afterAll(async () => {
  await server?.stop();
  await proxy?.close();
  await db?.drop();
});

interface Timed<T> {
  ms: number;
  value: T;
}

async function timed<T>(work: () => Promise<T>): Promise<Timed<T>> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

async function health(): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${server.url}/health`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function me(token: string) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ me { id } }' }),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      data?: { me: { id: string } | null } | null;
      errors?: { message: string; extensions: { code: string; key: string } }[];
    },
  };
}

type RawSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

function rawSocket(token: string): Promise<RawSocket> {
  return new Promise((resolve, reject) => {
    const socket: RawSocket = io(server.url, {
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

async function until<T>(what: string, check: () => Promise<T | null>, timeoutMs: number): Promise<Timed<T>> {
  const started = performance.now();
  for (;;) {
    const value = await check().catch(() => null);
    if (value !== null) return { ms: performance.now() - started, value };
    if (performance.now() - started > timeoutMs)
      throw new Error(`${what} not within ${timeoutMs} ms:\n${server.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.skipIf(!POSTGRES_URL)('PostgreSQL unreachable, then back', () => {
  test('503 and clear errors while it is away, then the same process serves again', async () => {
    const { entrepreneur, conversationId } = world[0]!;
    expect(await health()).toEqual({ status: 200, body: { status: 'ok', database: 'up' } });
    expect((await me(entrepreneur.token)).body.data?.me?.id).toBe(entrepreneur.id);
    const socket = await rawSocket(entrepreneur.token);

    await proxy.cut();

    const down = await timed(health);
    expect(down.value).toMatchObject({ status: 503, body: { status: 'unavailable', database: 'down' } });
    expect(down.ms).toBeLessThan(3000);

    const query = await timed(() => me(entrepreneur.token));
    expect(query.ms).toBeLessThan(10_000);
    expect(query.value.status).toBe(503);
    expect(query.value.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/database/i) as string,
      extensions: { code: 'UNAVAILABLE', key: 'error.databaseUnavailable' },
    });

    const send = await timed(() =>
      socket.timeout(15_000).emitWithAck('message:send', {
        conversationId,
        clientMessageId: 'while-the-database-is-away',
        body: '¿Hay alguien?',
      }),
    );
    expect(send.ms).toBeLessThan(10_000);
    expect(send.value).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE', key: 'error.databaseUnavailable' } });
    // A new connection is refused with the same reason (the client tries again later).
    const refused = await rawSocket(entrepreneur.token).then(
      () => null,
      (error: Error & { data?: unknown }) => ({ message: error.message, data: error.data }),
    );
    expect(refused).toMatchObject({
      message: expect.stringMatching(/database/) as string,
      data: { code: 'UNAVAILABLE', key: 'error.databaseUnavailable' },
    });
    expect(server.child.exitCode).toBeNull();

    await proxy.restore();

    const recovered = await until('/health 200', async () => ((await health()).status === 200 ? true : null), 20_000);
    expect(recovered.value).toBe(true);
    expect((await me(entrepreneur.token)).body).toEqual({ data: { me: { id: entrepreneur.id } } });
    // The message she retries now is stored once, on the same socket, by the same process.
    const retried = await socket.timeout(10_000).emitWithAck('message:send', {
      conversationId,
      clientMessageId: 'while-the-database-is-away',
      body: '¿Hay alguien?',
    });
    expect(retried).toMatchObject({ ok: true, seq: 1 });
    socket.disconnect();
    console.log(
      `database outage: /health 503 after ${down.ms.toFixed(0)} ms, GraphQL error after ${query.ms.toFixed(0)} ms, ` +
        `socket error after ${send.ms.toFixed(0)} ms, serving again ${recovered.ms.toFixed(0)} ms after the database returned`,
    );
  });

  test('a database host that stops answering: errors within seconds, not a wait on a silent network', async () => {
    const { mentor } = world[0]!;
    expect((await health()).status).toBe(200);
    await proxy.blackhole();

    const down = await timed(health);
    expect(down.value).toMatchObject({ status: 503, body: { database: 'down' } });
    expect(down.ms).toBeLessThan(3000);
    const query = await timed(() => me(mentor.token));
    expect(query.value.status).toBe(503);
    expect(query.value.body.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAVAILABLE',
      key: 'error.databaseUnavailable',
    });
    expect(query.ms).toBeLessThan(12_000);
    expect(server.child.exitCode).toBeNull();

    await proxy.restore();
    const recovered = await until('/health 200', async () => ((await health()).status === 200 ? true : null), 20_000);
    expect(recovered.value).toBe(true);
    expect((await me(mentor.token)).body).toEqual({ data: { me: { id: mentor.id } } });
    console.log(
      `silent database host: /health 503 after ${down.ms.toFixed(0)} ms, GraphQL error after ` +
        `${query.ms.toFixed(0)} ms, serving again ${recovered.ms.toFixed(0)} ms after it answered again`,
    );
  });
});
