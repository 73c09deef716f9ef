// Each limit trips with RATE_LIMITED, its own message key and the seconds to wait: over HTTP with 429
// and Retry-After, over the socket in the acknowledgement. Counted per person or per address, and
// aliases are no way around it. (Two instances sharing a count through Redis: tests/multi-instance.)
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ConfigError, loadConfig, type Config } from '../config.js';
import { aliadasSchema } from '../graphql/schema.js';
import { closeSockets, connectAs, openConversation } from '../test-support/chat.js';
import { startTestServer, type GraphQLResult, type TestServer } from '../test-support/test-server.js';
import { GRAPHQL_LIMITS } from './rate-limits.js';

const tight = { points: 2, windowMs: 60_000 };

let api: TestServer;

beforeAll(async () => {
  const rateLimits: Config['rateLimits'] = {
    logIn: tight,
    signUp: tight,
    reports: tight,
    typing: tight,
    sync: tight,
    recommendations: tight,
    matchingRounds: tight,
    history: tight,
    assistedSignUp: tight,
    accountRecovery: tight,
  };
  api = await startTestServer({ rateLimits, chat: { rateLimit: { messages: 2, windowMs: 60_000 } } });
});

afterAll(async () => {
  closeSockets();
  await api.close();
});

function expectRefused(result: GraphQLResult, key: string): void {
  expect(result.status).toBe(429);
  expect(result.data ?? null).toBeNull();
  const error = result.errors?.[0];
  expect(error?.extensions).toMatchObject({ code: 'RATE_LIMITED', key });
  const seconds = (error?.extensions as { retryAfterSeconds: number }).retryAfterSeconds;
  expect(seconds).toBeGreaterThan(0);
  expect(seconds).toBeLessThanOrEqual(60);
  expect(error?.extensions?.params).toEqual({ retryAfterSeconds: seconds });
  expect(error?.message).toMatch(new RegExp(`Try again in ${seconds} seconds?\\.`));
  expect(result.headers.get('retry-after')).toBe(String(seconds));
}

/** Calls `call` twice (allowed, whatever it answers) and once more, and returns the third answer. */
async function third(call: () => Promise<GraphQLResult>): Promise<GraphQLResult> {
  for (let i = 0; i < 2; i += 1) {
    const allowed = await call();
    expect(allowed.status).toBe(200);
    expect(allowed.errors?.map((e) => e.extensions?.code) ?? []).not.toContain('RATE_LIMITED');
  }
  return call();
}

describe('by address, before anyone is signed in', () => {
  test('log-in attempts, whichever email they name', async () => {
    const logIn = 'mutation($i: LogInInput!) { logIn(input: $i) { token } }';
    const refused = await third(() =>
      api.gql(logIn, { i: { email: `${randomUUID()}@test.aliadas`, password: 'not-the-password' } }),
    );
    expectRefused(refused, 'rateLimit.logIn');
  });

  test('sign-ups', async () => {
    const register = 'mutation($i: RegisterInput!) { register(input: $i) { token } }';
    const input = () => ({
      email: `${randomUUID()}@test.aliadas`,
      password: 'a-long-enough-password',
      displayName: 'Nueva',
      roles: ['ENTREPRENEUR'],
    });
    const refused = await third(() => api.gql(register, { i: input() }));
    expectRefused(refused, 'rateLimit.signUp');
    // Nothing was written for the refused one.
    const again = await api.gql(register, { i: input() });
    expect(again.status).toBe(429);
  });
});

describe('by person', () => {
  test('reports: hers are counted apart from anyone else’s', async () => {
    const [rosa, ana] = [await api.person(['ENTREPRENEUR']), await api.person(['ENTREPRENEUR'])];
    const report = 'mutation($i: ReportPersonInput!) { reportPerson(input: $i) { id } }';
    const call = (token: string) => api.gql(report, { i: { userId: randomUUID(), reason: 'SPAM' } }, { token });
    expectRefused(await third(() => call(rosa.token)), 'rateLimit.reports');
    // Reporting a message counts against the same limit.
    const message = await api.gql(
      'mutation($i: ReportMessageInput!) { reportMessage(input: $i) { id } }',
      { i: { messageId: randomUUID(), reason: 'SPAM' } },
      { token: rosa.token },
    );
    expectRefused(message, 'rateLimit.reports');
    expect((await call(ana.token)).status).toBe(200);
  });

  test('recommendations, and aliases count one each', async () => {
    const [rosa, ana] = [await api.person(['ENTREPRENEUR']), await api.person(['ENTREPRENEUR'])];
    const aliased = await api.gql(
      `query($d: ID!) { a: recommendations(demandId: $d) { demandId } b: recommendations(demandId: $d) { demandId }
        c: recommendations(demandId: $d) { demandId } }`,
      { d: randomUUID() },
      { token: rosa.token },
    );
    expectRefused(aliased, 'rateLimit.recommendations');
    const one = 'query($d: ID!) { recommendations(demandId: $d) { demandId } }';
    expectRefused(
      await third(() => api.gql(one, { d: randomUUID() }, { token: ana.token })),
      'rateLimit.recommendations',
    );
  });

  test('matching rounds', async () => {
    const coordinator = await api.person(['COORDINATOR']);
    const round = 'mutation { runMatchingRound(input: { dryRun: true }) { id } }';
    expectRefused(await third(() => api.gql(round, {}, { token: coordinator.token })), 'rateLimit.matchingRounds');
  });

  test('pages of history, also through a fragment', async () => {
    const rosa = await api.person(['ENTREPRENEUR']);
    const page = `query($c: ID!) { ...Page } fragment Page on Query { messages(conversationId: $c, before: 100) { hasMore } }`;
    expectRefused(await third(() => api.gql(page, { c: randomUUID() }, { token: rosa.token })), 'rateLimit.history');
  });

  test('fields without a limit are not counted', async () => {
    const rosa = await api.person(['ENTREPRENEUR']);
    for (let i = 0; i < 5; i += 1) {
      const me = await api.gql('{ me { id } }', {}, { token: rosa.token });
      expect(me.status).toBe(200);
      expect(me.errors).toBeUndefined();
    }
  });
});

describe('a limit met inside an operation', () => {
  test('a chat message over the limit: RATE_LIMITED in the answer, and Retry-After for HTTP clients', async () => {
    const [rosa, mentor] = [await api.person(['ENTREPRENEUR']), await api.person(['MENTOR'])];
    const conversation = await openConversation(api, [rosa.id, mentor.id]);
    const send = (n: number) =>
      api.gql(
        'mutation($i: SendMessageInput!) { sendMessage(input: $i) { seq } }',
        { i: { conversationId: conversation.id, clientMessageId: `limit-message-${n}`, body: `Hola ${n}` } },
        { token: rosa.token },
      );
    expect((await send(1)).errors).toBeUndefined();
    expect((await send(2)).errors).toBeUndefined();
    const refused = await send(3);
    expect(refused.status).toBe(200);
    const error = refused.errors?.[0];
    expect(error?.extensions).toMatchObject({ code: 'RATE_LIMITED', key: 'chat.tooManyMessages' });
    const seconds = (error?.extensions as { retryAfterSeconds: number }).retryAfterSeconds;
    expect(seconds).toBeGreaterThan(0);
    expect(refused.headers.get('retry-after')).toBe(String(seconds));
  });
});

describe('socket events', () => {
  test('typing signals and catch-up reads answer RATE_LIMITED with the seconds to wait', async () => {
    const [rosa, mentor] = [await api.person(['ENTREPRENEUR']), await api.person(['MENTOR'])];
    const conversation = await openConversation(api, [rosa.id, mentor.id]);
    const socket = await connectAs(api, rosa.token);
    const conversationId = conversation.id;
    for (const [event, payload, key] of [
      ['conversation:typing', { conversationId, typing: true }, 'rateLimit.typing'],
      ['conversation:sync', { conversationId, afterSeq: 0 }, 'rateLimit.sync'],
    ] as const) {
      const send = () => socket.timeout(5000).emitWithAck(event as 'conversation:sync', payload as never);
      expect(await send()).toMatchObject({ ok: true });
      expect(await send()).toMatchObject({ ok: true });
      const refused = await send();
      expect(refused).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', key } });
      const { params } = (refused as { error: { params: { retryAfterSeconds: number } } }).error;
      expect(params.retryAfterSeconds).toBeGreaterThan(0);
      expect(params.retryAfterSeconds).toBeLessThanOrEqual(60);
    }
    // Reading a conversation is not limited.
    for (let i = 0; i < 4; i += 1) {
      expect(await socket.timeout(5000).emitWithAck('conversation:read', { conversationId, seq: 0 })).toMatchObject({
        ok: true,
      });
    }
  });
});

describe('settings', () => {
  test('are read as N/SECONDS, and anything else stops the server naming the variable', () => {
    const config = loadConfig({ RATE_LIMIT_SIGN_UP: '5/60', RATE_LIMIT_TYPING: '1/1' });
    expect(config.rateLimits.signUp).toEqual({ points: 5, windowMs: 60_000 });
    expect(config.rateLimits.typing).toEqual({ points: 1, windowMs: 1000 });
    expect(config.rateLimits.logIn).toEqual({ points: 30, windowMs: 300_000 });
    for (const bad of ['five', '5', '0/60', '5/0', '-1/60']) {
      expect(() => loadConfig({ RATE_LIMIT_SIGN_UP: bad })).toThrow(ConfigError);
      expect(() => loadConfig({ RATE_LIMIT_SIGN_UP: bad })).toThrow(/RATE_LIMIT_SIGN_UP/);
    }
  });
});

describe('the table of limited GraphQL fields', () => {
  test('name fields that exist, so that a rename cannot quietly lift a limit', async () => {
    const schema = await aliadasSchema();
    for (const coordinate of Object.keys(GRAPHQL_LIMITS)) {
      const [type, field] = coordinate.split('.') as ['Query' | 'Mutation', string];
      const root = type === 'Query' ? schema.getQueryType() : schema.getMutationType();
      expect(root?.getFields()[field], coordinate).toBeDefined();
    }
  });
});
