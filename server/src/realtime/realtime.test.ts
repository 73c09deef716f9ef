// Socket.IO on the application's port: who may connect, what happens when her session ends, and what
// clients see when the server stops.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DomainEvents } from '../domain-events.js';
import { Session } from '../modules/accounts/session.entity.js';
import { hashSessionToken, newSessionToken } from '../modules/accounts/session-tokens.js';
import { User } from '../modules/accounts/user.entity.js';
import {
  closeSockets,
  connectAs,
  connected,
  nextEvent,
  openConversation,
  sendMessage,
  sleep,
  socketTo,
} from '../test-support/chat.js';
import { startTestServer, TEST_PASSWORD, type TestServer } from '../test-support/test-server.js';
import { EventRunner } from './event-runner.js';
import type { AliadasSocket } from './types.js';

let api: TestServer;

beforeAll(async () => {
  api = await startTestServer();
});
afterAll(async () => {
  closeSockets();
  await api?.close();
});

async function refusal(options: Parameters<typeof socketTo>[2], token?: string) {
  const error = await connected(socketTo(api, token, options)).then(
    () => null,
    (e: Error & { data?: { code: string; key: string } }) => e,
  );
  expect(error).not.toBeNull();
  return error!;
}

async function secondSession(email: string): Promise<string> {
  const result = await api.gql<{ logIn: { token: string } }>(
    'mutation($input: LogInInput!) { logIn(input: $input) { token } }',
    { input: { email, password: TEST_PASSWORD } },
  );
  return result.data!.logIn.token;
}

describe('handshake', () => {
  test('is served on the same port as GraphQL and accepts the session token in `auth`', async () => {
    const person = await api.person(['ENTREPRENEUR']);
    const socket = await connectAs(api, person.token);
    expect(socket.connected).toBe(true);
    expect(new URL(api.url).port).toBe(String((api.server.httpServer.address() as { port: number }).port));
  });

  test('accepts a bearer header or the session cookie of this site', async () => {
    const person = await api.person(['MENTOR']);
    const viaHeader = await connected(
      socketTo(api, undefined, { extraHeaders: { authorization: `Bearer ${person.token}` } }),
    );
    expect(viaHeader.connected).toBe(true);
    const host = new URL(api.url).host;
    const viaCookie = await connected(
      socketTo(api, undefined, {
        extraHeaders: { cookie: `aliadas_session=${person.token}`, origin: `http://${host}` },
      }),
    );
    expect(viaCookie.connected).toBe(true);
  });

  test('refuses a missing session with a readable reason and a code', async () => {
    const error = await refusal({});
    expect(error.message).toBe('Please log in to chat.');
    expect(error.data).toEqual({ code: 'UNAUTHENTICATED', key: 'error.unauthenticated' });
  });

  test('refuses an unknown or malformed token', async () => {
    expect((await refusal({}, newSessionToken())).data?.code).toBe('UNAUTHENTICATED');
    expect((await refusal({ auth: { token: 'short' } })).data?.code).toBe('UNAUTHENTICATED');
  });

  test('refuses the cookie when the page is from another site', async () => {
    const person = await api.person(['ENTREPRENEUR']);
    const error = await refusal({
      extraHeaders: { cookie: `aliadas_session=${person.token}`, origin: 'https://evil.example' },
    });
    expect(error.data?.code).toBe('UNAUTHENTICATED');
  });

  test('accepts the cookie from an origin the configuration allows, as /graphql does', async () => {
    const own = await startTestServer({ corsOrigins: ['http://localhost:5173'] });
    try {
      const person = await own.person(['ENTREPRENEUR']);
      const socket = await connected(
        socketTo(own, undefined, {
          extraHeaders: { cookie: `aliadas_session=${person.token}`, origin: 'http://localhost:5173' },
        }),
      );
      expect(socket.connected).toBe(true);
      socket.disconnect();
    } finally {
      await own.close();
    }
  });

  test('refuses a session that was logged out, or that expired', async () => {
    const person = await api.person(['ENTREPRENEUR']);
    await api.gql('mutation { logOut }', {}, { token: person.token });
    expect((await refusal({}, person.token)).data?.code).toBe('UNAUTHENTICATED');

    const em = api.server.orm.em.fork();
    const expired = newSessionToken();
    em.create(Session, {
      user: em.getReference(User, person.id),
      tokenHash: hashSessionToken(expired),
      expiresAt: new Date(Date.now() - 1000),
    });
    await em.flush();
    expect((await refusal({}, expired)).data?.code).toBe('UNAUTHENTICATED');
  });
});

describe('when a session ends', () => {
  test('logging out disconnects that session’s sockets, and only those', async () => {
    const person = await api.person(['ENTREPRENEUR']);
    const otherToken = await secondSession(person.email);
    const phone = await connectAs(api, person.token);
    const laptop = await connectAs(api, otherToken);
    const ended = nextEvent(phone, 'session:ended');
    const disconnected = new Promise<string>((resolve) => phone.once('disconnect', resolve));

    await api.gql('mutation { logOut }', {}, { token: person.token });

    expect(await ended).toEqual({ reason: 'LOGGED_OUT' });
    // A server-side disconnect: socket.io-client does not reconnect by itself after it.
    expect(await disconnected).toBe('io server disconnect');
    await sleep(100);
    expect(laptop.connected).toBe(true);
  });

  test('a session that expires while connected is disconnected then', async () => {
    const person = await api.person(['MENTOR']);
    const em = api.server.orm.em.fork();
    const token = newSessionToken();
    em.create(Session, {
      user: em.getReference(User, person.id),
      tokenHash: hashSessionToken(token),
      expiresAt: new Date(Date.now() + 1200),
    });
    await em.flush();
    const socket = await connectAs(api, token);
    expect(await nextEvent(socket, 'session:ended', undefined, 5000)).toEqual({ reason: 'EXPIRED' });
  });
});

describe('each event', () => {
  test('is acknowledged before what it caused is broadcast', async () => {
    const [a, b] = [await api.person(['ENTREPRENEUR']), await api.person(['MENTOR'])];
    const conversation = await openConversation(api, [a.id, b.id]);
    const order: string[] = [];
    const bus = new DomainEvents();
    bus.subscribe((event) => order.push(`broadcast ${event.type}`));
    const runner = new EventRunner(api.server.orm, { ...api.server.deps, events: bus }, api.server.log);
    const socket = { id: 'test-socket', data: { userId: a.id } } as unknown as AliadasSocket;
    const acknowledged = new Promise<void>((resolve) => {
      runner.run(
        socket,
        'message:send',
        (response: { ok: boolean }) => {
          order.push(`ack ${response.ok}`);
          resolve();
        },
        ({ chat }) =>
          chat.sendMessage(a.id, { conversationId: conversation.id, clientMessageId: randomUUID(), body: 'Hola' }),
      );
    });
    await acknowledged;
    await runner.drain();
    expect(order).toEqual(['ack true', 'broadcast message.created']);
  });

  test('errors come back in the acknowledgement with the same codes and keys as GraphQL', async () => {
    const person = await api.person(['ENTREPRENEUR']);
    const socket = await connectAs(api, person.token);
    const missing = await sendMessage(socket, { conversationId: randomUUID() });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', key: 'error.notFound' } });
    const malformed = await socket
      .timeout(5000)
      .emitWithAck('message:send', { conversationId: 42 } as never)
      .catch((e: Error) => e);
    expect(malformed).toMatchObject({ ok: false, error: { code: 'BAD_USER_INPUT', key: 'error.validation' } });
  });
});

describe('when the server stops', () => {
  test('clients are told to reconnect (their transport closes, not a server disconnect)', async () => {
    const own = await startTestServer();
    try {
      const person = await own.person(['ENTREPRENEUR']);
      const socket = await connectAs(own, person.token);
      const reason = new Promise<string>((resolve) => socket.once('disconnect', resolve));
      await own.close();
      expect(await reason).toBe('transport close');
    } finally {
      await own.close().catch(() => undefined);
    }
  });
});
