// Peer circles against the real server: coordinators create and staff them, women browse, join and
// leave; messages go through the chat's one send path (ack, retry, catch-up, limits), only since she
// joined; blocks hide people from each other; reports reach the queue; the moderator removes.
import type { ClientToServerEvents } from '@aliadas/shared';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  closeSockets,
  collect,
  connectAs,
  nextEvent,
  sendMessage,
  sleep,
  type ClientSocket,
} from '../../test-support/chat.js';
import { errorCodes, startTestServer, type TestPerson, type TestServer } from '../../test-support/test-server.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { Message } from '../chat/message.entity.js';
import { Notification } from '../notifications/notification.entity.js';

/** Messages per person per minute on this server: low enough to reach in a test. */
const LIMIT = 8;

let api: TestServer;
let coordinator: TestPerson;

beforeAll(async () => {
  api = await startTestServer({ chat: { rateLimit: { messages: LIMIT, windowMs: 60_000 } } });
  coordinator = await api.person(['COORDINATOR']);
});
afterAll(async () => {
  closeSockets();
  await api?.close();
});

const CIRCLE =
  'id name language country sector memberCap memberCount joined moderating full conversationId archivedAt moderator { userId displayName }';

interface CircleShape {
  id: string;
  name: string;
  memberCount: number;
  joined: boolean;
  moderating: boolean;
  full: boolean;
  conversationId: string | null;
  archivedAt: string | null;
  moderator: { userId: string; displayName: string } | null;
}

async function createCircle(input: Record<string, unknown> = {}, moderator?: TestPerson): Promise<CircleShape> {
  const result = await api.gql<{ createCircle: CircleShape }>(
    `mutation($input: CircleInput!) { createCircle(input: $input) { ${CIRCLE} } }`,
    {
      input: {
        name: `Circle ${randomUUID().slice(0, 8)}`,
        description: 'Haitian Creole speakers in the Dominican Republic.',
        language: 'ht',
        country: 'DO',
        ...(moderator ? { moderatorId: moderator.id } : {}),
        ...input,
      },
    },
    coordinator,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.createCircle;
}

async function join(person: TestPerson, circleId: string) {
  return api.gql<{ joinCircle: CircleShape }>(
    `mutation($id: ID!) { joinCircle(id: $id) { ${CIRCLE} } }`,
    { id: circleId },
    person,
  );
}

async function joined(person: TestPerson, circleId: string): Promise<string> {
  const result = await join(person, circleId);
  expect(result.errors).toBeUndefined();
  return result.data!.joinCircle.conversationId!;
}

async function leave(person: TestPerson, circleId: string) {
  return api.gql<{ leaveCircle: CircleShape }>(
    `mutation($id: ID!) { leaveCircle(id: $id) { ${CIRCLE} } }`,
    { id: circleId },
    person,
  );
}

async function history(person: TestPerson, conversationId: string) {
  return api.gql<{
    messages: {
      messages: { id: string; seq: number; body: string; senderId: string; hidden: boolean; removed: boolean }[];
    };
  }>(
    'query($id: ID!) { messages(conversationId: $id, limit: 50) { messages { id seq body senderId hidden removed } } }',
    { id: conversationId },
    person,
  );
}

async function say(socket: ClientSocket, conversationId: string, body: string): Promise<{ id: string; seq: number }> {
  const ack = await sendMessage(socket, { conversationId, body });
  if (!ack.ok) throw new Error(`not sent: ${ack.error.key}`);
  return ack;
}

/** A circle with its moderator and two women in it, each with a socket. */
async function circleOfThree() {
  const moderator = await api.person(['MENTOR'], { displayName: 'Moderadora' });
  const circle = await createCircle({}, moderator);
  const ana = await api.person(['ENTREPRENEUR'], { displayName: 'Ana' });
  const rose = await api.person(['ENTREPRENEUR'], { displayName: 'Rose' });
  const conversationId = await joined(ana, circle.id);
  await joined(rose, circle.id);
  return {
    circle,
    conversationId,
    moderator,
    ana,
    rose,
    sockets: {
      moderator: await connectAs(api, moderator.token),
      ana: await connectAs(api, ana.token),
      rose: await connectAs(api, rose.token),
    },
  };
}

describe('coordinators', () => {
  test('create a circle with a moderator: audited, she is in it and notified', async () => {
    const moderator = await api.person(['ENTREPRENEUR'], { displayName: 'Mirlande' });
    const circle = await createCircle({ sector: 'FOOD', memberCap: 12 }, moderator);
    expect(circle).toMatchObject({ memberCount: 1, joined: false, memberCap: 12, conversationId: null });
    expect(circle.moderator).toEqual({ userId: moderator.id, displayName: 'Mirlande' });
    const seen = await api.gql<{ circle: CircleShape }>(
      `query($id: ID!) { circle(id: $id) { ${CIRCLE} } }`,
      { id: circle.id },
      moderator,
    );
    expect(seen.data!.circle).toMatchObject({ joined: true, moderating: true });
    expect(seen.data!.circle.conversationId).toBeTruthy();

    const em = api.server.orm.em.fork();
    const actions = (await em.find(AuditEntry, { subjectType: 'Circle', subjectId: circle.id })).map((a) => a.action);
    expect(actions.sort()).toEqual(['circle.created', 'circle.moderatorAppointed']);
    const notes = await em.find(Notification, { recipient: moderator.id });
    expect(notes.map((n) => [n.kind, n.link])).toEqual([['CIRCLE_ADDED', `/chat/${seen.data!.circle.conversationId}`]]);
  });

  test('a circle needs a focus from the vocabulary and a name; only staff create, archive and appoint', async () => {
    const noFocus = await api.gql(
      'mutation($input: CircleInput!) { createCircle(input: $input) { id } }',
      { input: { name: 'Sin foco', description: 'Nada.' } },
      coordinator,
    );
    expect(noFocus.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', key: 'circle.focusRequired' });
    const badLanguage = await api.gql(
      'mutation($input: CircleInput!) { createCircle(input: $input) { id } }',
      { input: { name: 'Mal idioma', description: 'Nada.', language: 'xx' } },
      coordinator,
    );
    expect(errorCodes(badLanguage)).toEqual(['BAD_USER_INPUT']);
    const entrepreneur = await api.person(['ENTREPRENEUR']);
    const byHer = await api.gql(
      'mutation($input: CircleInput!) { createCircle(input: $input) { id } }',
      { input: { name: 'Mío', description: 'Nada.', country: 'CR' } },
      entrepreneur,
    );
    expect(errorCodes(byHer)).toEqual(['FORBIDDEN']);
    const staffOnly = await createCircle();
    const coordinatorAsModerator = await api.gql(
      'mutation($id: ID!, $u: ID!) { appointCircleModerator(circleId: $id, userId: $u) { id } }',
      { id: staffOnly.id, u: (await api.person(['COORDINATOR'])).id },
      coordinator,
    );
    expect(coordinatorAsModerator.errors?.[0]?.extensions).toMatchObject({ key: 'circle.moderatorRole' });
  });

  test('browsing filters by language, country and sector; archived circles leave the list and turn read-only', async () => {
    const tag = randomUUID().slice(0, 6);
    const food = await createCircle({ name: `Food ${tag}`, language: null, country: 'CR', sector: 'FOOD' });
    const creole = await createCircle({ name: `Kreyol ${tag}`, language: 'ht', country: 'DO', sector: null });
    const her = await api.person(['ENTREPRENEUR']);
    const list = async (args: string) =>
      (await api.gql<{ circles: CircleShape[] }>(`query { circles(${args}, limit: 50) { id name joined } }`, {}, her))
        .data!.circles.filter((c) => c.name.endsWith(tag))
        .map((c) => c.name);
    expect(await list('sector: FOOD')).toEqual([`Food ${tag}`]);
    expect(await list('country: DO, language: "ht"')).toEqual([`Kreyol ${tag}`]);
    expect(await list('country: CR, language: "ht"')).toEqual([]);

    const conversationId = await joined(her, creole.id);
    const archived = await api.gql<{ archiveCircle: CircleShape }>(
      'mutation($id: ID!) { archiveCircle(id: $id) { archivedAt } }',
      { id: creole.id },
      coordinator,
    );
    expect(archived.data!.archiveCircle.archivedAt).toBeTruthy();
    expect(await list('country: DO')).toEqual([]);
    const socket = await connectAs(api, her.token);
    expect(await sendMessage(socket, { conversationId })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', key: 'chat.conversationClosed' },
    });
    expect((await join(await api.person(['ENTREPRENEUR']), creole.id)).errors?.[0]?.extensions).toMatchObject({
      key: 'circle.archived',
    });
    expect(food.id).toBeTruthy();
  });
});

describe('joining and leaving', () => {
  test('she reads only what was said after she joined, by catch-up too, and sees members by name only', async () => {
    const { circle, conversationId, sockets, ana } = await circleOfThree();
    await say(sockets.ana, conversationId, 'Antes de que llegue Marie');
    const marie = await api.person(['ENTREPRENEUR'], { displayName: 'Marie' });
    const herConversation = await joined(marie, circle.id);
    expect(herConversation).toBe(conversationId);
    const after = await say(sockets.rose, conversationId, 'Bienvenida, Marie');

    const seen = await history(marie, conversationId);
    expect(seen.data!.messages.messages.map((m) => m.body)).toEqual(['Bienvenida, Marie']);
    const socket = await connectAs(api, marie.token);
    const sync = await socket.emitWithAck('conversation:sync', { conversationId, afterSeq: 0 });
    expect(sync.ok && sync.messages.map((m) => m.seq)).toEqual([after.seq]);

    const list = await api.gql<{
      conversations: {
        id: string;
        kind: string;
        unreadCount: number;
        circle: { id: string; name: string } | null;
        members: { displayName: string }[];
        lastMessage: { body: string } | null;
      }[];
    }>(
      'query { conversations { id kind unreadCount circle { id name } members { displayName } lastMessage { body } } }',
      {},
      marie,
    );
    const mine = list.data!.conversations.find((c) => c.id === conversationId)!;
    expect(mine).toMatchObject({ kind: 'CIRCLE', unreadCount: 1, circle: { id: circle.id, name: circle.name } });
    expect(mine.members.map((m) => m.displayName).sort()).toEqual(['Ana', 'Marie', 'Moderadora', 'Rose']);
    // Contact details are not part of what a member sees of another: asking for them is refused.
    const contact = await api.gql(
      'query($id: ID!) { conversation(id: $id) { members { email } } }',
      { id: conversationId },
      marie,
    );
    expect(errorCodes(contact)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(ana.id).toBeTruthy();
  });

  test('leaving takes her out on every device at once; she can no longer read, send or report there', async () => {
    const { circle, conversationId, sockets, ana, rose } = await circleOfThree();
    const before = await say(sockets.rose, conversationId, 'Hola a todas');
    const secondDevice = await connectAs(api, ana.token);
    const leftOnPhone = nextEvent(sockets.ana, 'conversation:left');
    const leftOnTablet = nextEvent(secondDevice, 'conversation:left');
    const left = await leave(ana, circle.id);
    expect(left.data!.leaveCircle).toMatchObject({ joined: false, conversationId: null, memberCount: 2 });
    expect(await leftOnPhone).toEqual({ conversationId });
    expect(await leftOnTablet).toEqual({ conversationId });

    const heard = collect(sockets.ana, 'message:new');
    await say(sockets.rose, conversationId, 'Ya no está');
    expect(errorCodes(await history(ana, conversationId))).toEqual(['NOT_FOUND']);
    expect(await sendMessage(sockets.ana, { conversationId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    const report = await api.gql(
      'mutation($id: ID!) { reportMessage(input: { messageId: $id, reason: SPAM }) { id } }',
      { id: before.id },
      ana,
    );
    expect(errorCodes(report)).toEqual(['NOT_FOUND']);
    const list = await api.gql<{ conversations: { id: string }[] }>('query { conversations { id } }', {}, ana);
    expect(list.data!.conversations.map((c) => c.id)).not.toContain(conversationId);
    await sleep(100);
    expect(heard).toEqual([]);

    // Back again: only what comes next.
    await joined(ana, circle.id);
    const after = await say(sockets.rose, conversationId, 'Volviste');
    expect((await history(ana, conversationId)).data!.messages.messages.map((m) => m.seq)).toEqual([after.seq]);
    expect(rose.id).toBeTruthy();
  });

  test('the moderator stays until replaced; a full circle refuses; coordinators cannot join', async () => {
    const moderator = await api.person(['ADVISER']);
    const circle = await createCircle({ memberCap: 2 }, moderator);
    expect((await leave(moderator, circle.id)).errors?.[0]?.extensions).toMatchObject({
      key: 'circle.moderatorCannotLeave',
    });
    const first = await api.person(['ENTREPRENEUR']);
    const second = await api.person(['ENTREPRENEUR']);
    expect((await join(first, circle.id)).data!.joinCircle).toMatchObject({ joined: true, full: true, memberCount: 2 });
    expect((await join(first, circle.id)).data!.joinCircle).toMatchObject({ joined: true, memberCount: 2 });
    expect((await join(second, circle.id)).errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      key: 'circle.full',
    });
    expect(errorCodes(await join(coordinator, circle.id))).toEqual(['FORBIDDEN']);
    await leave(first, circle.id);
    expect((await join(second, circle.id)).data!.joinCircle.joined).toBe(true);
  });

  test('joins racing for the last seat: exactly the cap gets in', async () => {
    const circle = await createCircle({ memberCap: 4 });
    const women = await Promise.all(Array.from({ length: 8 }, () => api.person(['ENTREPRENEUR'])));
    const results = await Promise.all(women.map((w) => join(w, circle.id)));
    expect(results.filter((r) => !r.errors).length).toBe(4);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.key === 'circle.full').length).toBe(4);
  });
});

describe('messages in a circle', () => {
  test('sent live to every member with her unread count; a retry is stored once', async () => {
    const { conversationId, sockets } = await circleOfThree();
    const toRose = nextEvent(sockets.rose, 'message:new');
    const toModerator = nextEvent(sockets.moderator, 'message:new');
    const clientMessageId = randomUUID();
    const first = await sendMessage(sockets.ana, { conversationId, clientMessageId, body: 'Bonjou tout moun' });
    const retry = await sendMessage(sockets.ana, { conversationId, clientMessageId, body: 'Bonjou tout moun' });
    expect(first.ok && retry.ok && retry.id === first.id && retry.seq === first.seq).toBe(true);
    expect((await toRose).body).toBe('Bonjou tout moun');
    expect((await toModerator).seq).toBe(first.ok ? first.seq : -1);
    const stored = await api.server.orm.em.fork().count(Message, { conversation: conversationId, clientMessageId });
    expect(stored).toBe(1);
  });

  test('the message limit holds in circles as in one-to-one chat', async () => {
    const { conversationId, sockets } = await circleOfThree();
    const acks = [];
    for (let i = 0; i < LIMIT; i += 1) acks.push(await sendMessage(sockets.ana, { conversationId, body: `m${i}` }));
    expect(acks.every((a) => a.ok)).toBe(true);
    expect(await sendMessage(sockets.ana, { conversationId })).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED', key: 'chat.tooManyMessages' },
    });
  });

  test('outsiders and former members get NOT_FOUND for every chat event, and nothing reaches the members', async () => {
    const { circle, conversationId, sockets, rose } = await circleOfThree();
    await say(sockets.rose, conversationId, 'Primero');
    const outsider = await connectAs(api, (await api.person(['ENTREPRENEUR'])).token);
    await leave(rose, circle.id);
    const heard = [
      collect(sockets.ana, 'message:new'),
      collect(sockets.ana, 'conversation:read'),
      collect(sockets.ana, 'conversation:typing'),
      collect(sockets.ana, 'conversation:delivered'),
    ];
    const events: { [E in keyof ClientToServerEvents]-?: unknown } = {
      'message:send': { conversationId, clientMessageId: randomUUID(), body: 'Hola' },
      'conversation:sync': { conversationId, afterSeq: 0 },
      'conversation:read': { conversationId, seq: 1 },
      'conversation:delivered': { conversationId, seq: 1 },
      'conversation:typing': { conversationId, typing: true },
    };
    for (const socket of [outsider, sockets.rose]) {
      for (const [event, payload] of Object.entries(events)) {
        const answer: unknown = await socket.timeout(5000).emitWithAck(event as 'conversation:sync', payload as never);
        expect(answer, event).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      }
    }
    await sleep(100);
    expect(heard.flat()).toEqual([]);
  });
});

describe('safety', () => {
  test('after she blocks a member, neither sees the other in the circle; the others see both', async () => {
    const { conversationId, sockets, ana, rose, moderator } = await circleOfThree();
    const blocked = await api.gql('mutation($id: ID!) { blockUser(userId: $id) { userId } }', { id: rose.id }, ana);
    expect(blocked.errors).toBeUndefined();
    const anaHeard = collect(sockets.ana, 'message:new');
    const roseHeard = collect(sockets.rose, 'message:new');
    const toModerator = collect(sockets.moderator, 'message:new');
    const fromRose = await say(sockets.rose, conversationId, 'Mensaje de Rose');
    const fromAna = await say(sockets.ana, conversationId, 'Mensaje de Ana');
    const fromModerator = await say(sockets.moderator, conversationId, 'Hola a las dos');
    await sleep(150);
    expect(anaHeard.map((m) => m.body)).toEqual(['Hola a las dos']);
    expect(roseHeard.map((m) => m.body)).toEqual(['Hola a las dos']);
    expect(toModerator.map((m) => m.body)).toEqual(['Mensaje de Rose', 'Mensaje de Ana']);

    // Catch-up keeps the numbering whole but shows her nothing of the other.
    const anaSees = (await history(ana, conversationId)).data!.messages.messages;
    expect(anaSees.map((m) => [m.seq, m.body, m.hidden])).toEqual([
      [fromRose.seq, '', true],
      [fromAna.seq, 'Mensaje de Ana', false],
      [fromModerator.seq, 'Hola a las dos', false],
    ]);
    const roseSync = await sockets.rose.emitWithAck('conversation:sync', { conversationId, afterSeq: 0 });
    expect(roseSync.ok && roseSync.messages.map((m) => [m.body, m.hidden ?? false])).toEqual([
      ['Mensaje de Rose', false],
      ['', true],
      ['Hola a las dos', false],
    ]);
    const moderatorSees = (await history(moderator, conversationId)).data!.messages.messages;
    expect(moderatorSees.map((m) => m.body)).toEqual(['Mensaje de Rose', 'Mensaje de Ana', 'Hola a las dos']);
    // Her unread count leaves out what she cannot see.
    await say(sockets.rose, conversationId, 'Otro de Rose');
    const counts = await api.gql<{ conversation: { unreadCount: number } }>(
      'query($id: ID!) { conversation(id: $id) { unreadCount } }',
      { id: conversationId },
      ana,
    );
    expect(counts.data!.conversation.unreadCount).toBe(1);
  });

  test('a reported circle message reaches the coordinators’ queue; a message from before she joined cannot be reported', async () => {
    const { circle, conversationId, sockets, ana, rose } = await circleOfThree();
    const rude = await say(sockets.rose, conversationId, 'Algo feo');
    const report = await api.gql<{ reportMessage: { id: string } }>(
      'mutation($id: ID!) { reportMessage(input: { messageId: $id, reason: HARASSMENT }) { id } }',
      { id: rude.id },
      ana,
    );
    expect(report.errors).toBeUndefined();
    const queue = await api.gql<{
      reports: { id: string; messageId: string; conversationId: string; reportedUser: { id: string } }[];
    }>('query { reports(limit: 200) { id messageId conversationId reportedUser { id } } }', {}, coordinator);
    expect(queue.data!.reports.find((r) => r.id === report.data!.reportMessage.id)).toMatchObject({
      messageId: rude.id,
      conversationId,
      reportedUser: { id: rose.id },
    });
    const late = await api.person(['ENTREPRENEUR']);
    await joined(late, circle.id);
    const tooEarly = await api.gql(
      'mutation($id: ID!) { reportMessage(input: { messageId: $id, reason: SPAM }) { id } }',
      { id: rude.id },
      late,
    );
    expect(errorCodes(tooEarly)).toEqual(['NOT_FOUND']);
  });

  test('the moderator removes a message for everyone and removes a member for good; both audited', async () => {
    const { circle, conversationId, sockets, ana, rose, moderator } = await circleOfThree();
    const rude = await say(sockets.rose, conversationId, 'Algo que no va aquí');
    const notModerator = await api.gql(
      'mutation($id: ID!) { removeCircleMessage(messageId: $id) { id } }',
      { id: rude.id },
      ana,
    );
    expect(notModerator.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', key: 'circle.notModerator' });
    const outsider = await api.gql(
      'mutation($id: ID!) { removeCircleMessage(messageId: $id) { id } }',
      { id: rude.id },
      await api.person(['ENTREPRENEUR']),
    );
    expect(errorCodes(outsider)).toEqual(['NOT_FOUND']);

    const removedLive = nextEvent(sockets.ana, 'message:removed');
    const removed = await api.gql<{ removeCircleMessage: { removed: boolean; body: string } }>(
      'mutation($id: ID!) { removeCircleMessage(messageId: $id) { removed body } }',
      { id: rude.id },
      moderator,
    );
    expect(removed.data!.removeCircleMessage).toEqual({ removed: true, body: '' });
    expect(await removedLive).toEqual({ conversationId, messageId: rude.id, seq: rude.seq });
    expect((await history(ana, conversationId)).data!.messages.messages).toMatchObject([{ removed: true, body: '' }]);

    const leftLive = nextEvent(sockets.rose, 'conversation:left');
    const out = await api.gql<{ removeCircleMember: CircleShape }>(
      'mutation($id: ID!, $u: ID!) { removeCircleMember(circleId: $id, userId: $u) { memberCount } }',
      { id: circle.id, u: rose.id },
      moderator,
    );
    expect(out.data!.removeCircleMember.memberCount).toBe(2);
    expect(await leftLive).toEqual({ conversationId });
    expect((await join(rose, circle.id)).errors?.[0]?.extensions).toMatchObject({ key: 'circle.removed' });
    const actions = (
      await api.server.orm.em.fork().find(AuditEntry, { subjectType: 'Circle', subjectId: circle.id })
    ).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['circle.messageRemoved', 'circle.memberRemoved']));
  });

  test('deleting her account takes her out of her circles and redacts what she wrote there', async () => {
    const { conversationId, sockets, ana, moderator } = await circleOfThree();
    await say(sockets.ana, conversationId, 'Algo mío');
    const deleted = await api.gql('mutation($p: String!) { deleteMyAccount(password: $p) }', { p: ana.password }, ana);
    expect(deleted.errors).toBeUndefined();
    const seen = (await history(moderator, conversationId)).data!.messages.messages;
    expect(seen.map((m) => m.body)).toEqual(['']);
    const members = await api.gql<{ conversation: { members: { userId: string }[] } }>(
      'query($id: ID!) { conversation(id: $id) { members { userId } } }',
      { id: conversationId },
      moderator,
    );
    expect(members.data!.conversation.members.map((m) => m.userId)).not.toContain(ana.id);
  });
});
