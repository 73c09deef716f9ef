// Hostile payloads at every Socket.IO client event: not objects at all, objects with malformed,
// oversized, unicode-edge and injection-shaped fields, no acknowledgement callback, extra arguments.
// Each is answered in its acknowledgement (ok, or an error with a stable code, never an internal
// one), a refused event leaves every table as it was, and the connection and the server carry on.
import type { AckResponse, ClientToServerEvents } from '@aliadas/shared';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { closeSockets, connectAs, openConversation, sendMessage, type ClientSocket } from '../test-support/chat.js';
import { databaseFingerprint, generousLimits, hostileString, wrongValue } from '../test-support/hostile.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';

const CLEAR_CODES = ['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'RATE_LIMITED'];
const RUNS = Number(process.env.HOSTILE_RUNS ?? 25);
/** Socket.IO's maxHttpBufferSize on the server: a bigger packet ends the connection (tested apart). */
const TRANSPORT_LIMIT = 64 * 1024;

let api: TestServer;
let socket: ClientSocket;
let conversationId: string;
/** A conversation she is not in. */
let elsewhere: string;

beforeAll(async () => {
  api = await startTestServer(generousLimits());
  const [her, mentor, other] = [
    await api.person(['ENTREPRENEUR']),
    await api.person(['MENTOR']),
    await api.person(['ENTREPRENEUR']),
  ];
  conversationId = (await openConversation(api, [her.id, mentor.id])).id;
  elsewhere = (await openConversation(api, [other.id, mentor.id])).id;
  socket = await connectAs(api, her.token);
  expect(await sendMessage(socket, { conversationId })).toMatchObject({ ok: true });
});
afterAll(async () => {
  closeSockets();
  await api?.close();
});

const conversation = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null).map(() => conversationId) },
  { weight: 1, arbitrary: fc.constant(null).map(() => elsewhere) },
  { weight: 1, arbitrary: fc.uuid() },
  { weight: 3, arbitrary: hostileString },
  { weight: 1, arbitrary: wrongValue },
);
const seq = fc.oneof(
  fc.integer({ min: 0, max: 5 }),
  fc.constantFrom(-1, 2 ** 31, 2 ** 53 + 2, 1e308, -0, 0.5),
  wrongValue,
);
const text = fc.oneof({ weight: 3, arbitrary: hostileString }, { weight: 1, arbitrary: wrongValue });

/** Field by field, each event's payload; typed against the shared map, so a new event needs its entry. */
const PAYLOADS: { [E in keyof ClientToServerEvents]-?: Record<string, fc.Arbitrary<unknown>> } = {
  'message:send': {
    conversationId: conversation,
    clientMessageId: fc.oneof(fc.uuid(), text),
    body: text,
  },
  'conversation:sync': { conversationId: conversation, afterSeq: seq, limit: fc.oneof(seq, fc.constant(undefined)) },
  'conversation:read': { conversationId: conversation, seq },
  'conversation:delivered': { conversationId: conversation, seq },
  'conversation:typing': { conversationId: conversation, typing: fc.oneof(fc.boolean(), wrongValue) },
};

function payloadFor(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown> {
  const withExtra = fc
    .tuple(fc.record(fields, { requiredKeys: [] }), fc.option(fc.tuple(hostileString, wrongValue), { freq: 5 }))
    .map(([record, extra]) => (extra ? { ...record, [extra[0]]: extra[1] } : record));
  return fc
    .oneof(
      { weight: 4, arbitrary: fc.record(fields) },
      { weight: 2, arbitrary: withExtra },
      { weight: 2, arbitrary: wrongValue },
    )
    .filter((payload) => (JSON.stringify(payload) ?? '').length < TRANSPORT_LIMIT / 2);
}

type Call = 'ack' | 'no-ack' | 'extra-args' | 'ack-only';

async function emit(event: string, payload: unknown, call: Call): Promise<AckResponse<object> | null> {
  const untyped = socket as unknown as {
    timeout(ms: number): { emitWithAck(event: string, ...args: unknown[]): Promise<AckResponse<object>> };
    emit(event: string, ...args: unknown[]): void;
  };
  switch (call) {
    case 'ack':
      return untyped.timeout(5000).emitWithAck(event, payload);
    case 'extra-args':
      return untyped.timeout(5000).emitWithAck(event, payload, 'extra', { $gt: '' }, null);
    case 'ack-only':
      return untyped.timeout(5000).emitWithAck(event);
    case 'no-ack':
      untyped.emit(event, payload);
      return null;
  }
}

/** She can still use the connection: a catch-up on her own conversation is answered. */
async function stillServed(): Promise<void> {
  expect(socket.connected).toBe(true);
  const sync = await socket.timeout(5000).emitWithAck('conversation:sync', { conversationId, afterSeq: 0 });
  expect(sync.ok, JSON.stringify(sync)).toBe(true);
}

test('every client event of the shared map has hostile payloads', () => {
  expect(Object.keys(PAYLOADS).sort()).toEqual(
    ['conversation:delivered', 'conversation:read', 'conversation:sync', 'conversation:typing', 'message:send'].sort(),
  );
});

describe.each(Object.entries(PAYLOADS))('%s', (event, fields) => {
  test('answers every hostile payload clearly, and what it refuses changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        payloadFor(fields),
        fc.constantFrom<Call>('ack', 'ack', 'ack', 'extra-args', 'ack-only', 'no-ack'),
        async (payload, call) => {
          const before = await databaseFingerprint(api.server.orm);
          const answer = await emit(event, payload, call);
          if (answer === null) {
            // Without an acknowledgement there is nothing to answer; the connection must survive.
            await stillServed();
            return;
          }
          if (answer.ok) return;
          expect(CLEAR_CODES, JSON.stringify(answer)).toContain(answer.error.code);
          expect(answer.error.key).toMatch(/^[a-z]+\.[A-Za-z.]+$/);
          expect(typeof answer.error.message).toBe('string');
          expect(await databaseFingerprint(api.server.orm)).toEqual(before);
        },
      ),
      { numRuns: RUNS },
    );
    await stillServed();
    expect((await fetch(`${api.url}/health`)).status).toBe(200);
  }, 120_000);
});

test('an event the server does not know gets no answer and harms nothing', async () => {
  const untyped = socket as unknown as { emit(event: string, ...args: unknown[]): void };
  untyped.emit('conversation:delete', { conversationId });
  untyped.emit('__proto__', {});
  untyped.emit('constructor', {});
  await stillServed();
});

test('a packet over the transport limit closes that connection only; she connects again and carries on', async () => {
  const own = await connectAs(api, (await api.person(['ENTREPRENEUR'])).token);
  const closed = new Promise<string>((resolve) => own.once('disconnect', resolve));
  own.emit(
    'message:send',
    { conversationId, clientMessageId: 'oversized-1', body: 'x'.repeat(TRANSPORT_LIMIT * 2) },
    () => {
      throw new Error('an oversized packet must not be processed');
    },
  );
  expect(await closed).toBe('transport close');
  await stillServed();
  expect((await fetch(`${api.url}/health`)).status).toBe(200);
});
