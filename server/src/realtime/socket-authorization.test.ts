// The authorization matrix of the Socket.IO client events, beside graphql/authorization.test.ts for
// GraphQL: every event, by an anonymous caller (the handshake refuses her), by the two members of a
// conversation, and by a person of each role who is not in it (a mentor with her own mentee, an
// entrepreneur with her own conversation, staff). Outsiders get NOT_FOUND, and nothing stored, sent
// or revealed. An event of the shared map without a rule fails to compile; a handler the server
// registers without a rule fails the first test.
import { ROLES, type AckResponse, type ClientToServerEvents, type Role } from '@aliadas/shared';
import { Socket as ServerSocket } from 'socket.io';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { Message } from '../modules/chat/message.entity.js';
import {
  closeSockets,
  collect,
  connectAs,
  connected,
  openConversation,
  sendMessage,
  sleep,
  socketTo,
  type ClientSocket,
} from '../test-support/chat.js';
import { generousLimits } from '../test-support/hostile.js';
import { startTestServer, type TestPerson, type TestServer } from '../test-support/test-server.js';

/** Everything a member may do with her conversation; the same call by anyone else must be refused. */
interface SocketEventRule {
  payload: (conversationId: string) => unknown;
  /** What the other member sees when the event is accepted, so that a refused one can be shown to send nothing. */
  seenBy: 'message:new' | 'conversation:read' | 'conversation:delivered' | 'conversation:typing' | null;
}

const SOCKET_RULES: { [E in keyof ClientToServerEvents]-?: SocketEventRule } = {
  'message:send': {
    payload: (conversationId) => ({ conversationId, clientMessageId: crypto.randomUUID(), body: 'Hola' }),
    seenBy: 'message:new',
  },
  'conversation:sync': { payload: (conversationId) => ({ conversationId, afterSeq: 0 }), seenBy: null },
  'conversation:read': { payload: (conversationId) => ({ conversationId, seq: 1 }), seenBy: 'conversation:read' },
  'conversation:delivered': {
    payload: (conversationId) => ({ conversationId, seq: 1 }),
    seenBy: 'conversation:delivered',
  },
  'conversation:typing': {
    payload: (conversationId) => ({ conversationId, typing: true }),
    seenBy: 'conversation:typing',
  },
};

type Outsider = Role;

let api: TestServer;
let entrepreneur: TestPerson;
let mentor: TestPerson;
let conversationId: string;
/** One person of each role, none in the conversation; the mentor and entrepreneur each have their own. */
const outsiders = {} as Record<Outsider, TestPerson>;
let registered: string[] = [];

beforeAll(async () => {
  api = await startTestServer(generousLimits());
  entrepreneur = await api.person(['ENTREPRENEUR']);
  mentor = await api.person(['MENTOR']);
  conversationId = (await openConversation(api, [entrepreneur.id, mentor.id])).id;
  for (const role of ROLES) outsiders[role] = await api.person([role]);
  // Another mentor with her own mentee, and another entrepreneur with her own mentor.
  await openConversation(api, [outsiders.MENTOR.id, (await api.person(['ENTREPRENEUR'])).id]);
  await openConversation(api, [outsiders.ENTREPRENEUR.id, (await api.person(['MENTOR'])).id]);
  const first = await connectAs(api, entrepreneur.token);
  expect(await sendMessage(first, { conversationId, body: 'Primer mensaje' })).toMatchObject({ ok: true });

  // Which events the server listens to on a connection: the handlers of every module.
  const on = vi.spyOn(ServerSocket.prototype, 'on');
  const socket = await connectAs(api, (await api.person(['ENTREPRENEUR'])).token);
  await sleep(50);
  registered = [...new Set(on.mock.calls.map(([event]) => String(event)))];
  on.mockRestore();
  socket.disconnect();
});
afterAll(async () => {
  closeSockets();
  await api?.close();
});

function emit(socket: ClientSocket, event: string, payload: unknown): Promise<AckResponse<object>> {
  const untyped = socket as unknown as {
    timeout(ms: number): { emitWithAck(event: string, payload: unknown): Promise<AckResponse<object>> };
  };
  return untyped.timeout(5000).emitWithAck(event, payload);
}

function messageCount(): Promise<number> {
  return api.server.orm.em.fork().count(Message, { conversation: conversationId });
}

test('every event the server listens to has a rule, and every rule an event', () => {
  const reserved = new Set(['disconnect', 'disconnecting', 'error', 'newListener', 'removeListener']);
  expect(registered.filter((e) => !reserved.has(e)).sort()).toEqual(Object.keys(SOCKET_RULES).sort());
});

describe.each(Object.entries(SOCKET_RULES))('%s', (event, rule) => {
  test('anonymous: the handshake refuses her, so no event reaches a handler', async () => {
    const error = await connected(socketTo(api, undefined)).then(
      () => null,
      (e: Error & { data?: { code: string } }) => e,
    );
    expect(error?.data?.code).toBe('UNAUTHENTICATED');
  });

  test.each(['ENTREPRENEUR', 'MENTOR'] as const)('the member who is %s may', async (who) => {
    const caller = who === 'ENTREPRENEUR' ? entrepreneur : mentor;
    const socket = await connectAs(api, caller.token);
    const answer = await emit(socket, event, rule.payload(conversationId));
    expect(answer, JSON.stringify(answer)).toMatchObject({ ok: true });
    socket.disconnect();
  });

  test.each(ROLES)('a %s outside the conversation gets NOT_FOUND, and nothing is stored or sent', async (role) => {
    const members = [await connectAs(api, entrepreneur.token), await connectAs(api, mentor.token)];
    const seen = rule.seenBy ? members.map((m) => collect(m, rule.seenBy!)) : [];
    const before = await messageCount();
    const socket = await connectAs(api, outsiders[role].token);

    const answer = await emit(socket, event, rule.payload(conversationId));

    expect(answer).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(JSON.stringify(answer)).not.toContain('Primer mensaje');
    await sleep(150);
    expect(seen.flat()).toEqual([]);
    expect(await messageCount()).toBe(before);
    for (const s of [...members, socket]) s.disconnect();
  });
});
