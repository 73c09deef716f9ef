// Chat over GraphQL: her conversations with unread counts, paged history, marking read, sending
// without a socket, blocking, reporting, and the coordinators' queue.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import {
  closeSockets,
  connectAs,
  nextEvent,
  openConversation,
  sendMessage,
  servicesOf,
} from '../../test-support/chat.js';
import { errorCodes, startTestServer, type TestPerson, type TestServer } from '../../test-support/test-server.js';

let api: TestServer;

beforeAll(async () => {
  api = await startTestServer({ chat: { rateLimit: { messages: 1000, windowMs: 60_000 } } });
});
afterAll(async () => {
  closeSockets();
  await api?.close();
});

const CONVERSATIONS = `query { conversations {
  id kind matchId unreadCount lastReadSeq lastSeq canSend blockedByMe closedAt
  lastMessage { seq body senderId }
  members { userId displayName lastReadSeq }
} }`;
const MESSAGES = `query($id: ID!, $before: Int, $after: Int, $limit: Int!) {
  messages(conversationId: $id, before: $before, after: $after, limit: $limit) { hasMore messages { seq body } }
}`;

interface ConversationView {
  id: string;
  unreadCount: number;
  lastSeq: number;
  canSend: boolean;
  blockedByMe: boolean;
  closedAt: string | null;
  lastMessage: { seq: number; body: string } | null;
  members: { userId: string; lastReadSeq: number }[];
}

async function talk(count: number, from: 'her' | 'mentor' = 'her') {
  const entrepreneur = await api.person(['ENTREPRENEUR']);
  const mentor = await api.person(['MENTOR']);
  const matchId = randomUUID();
  const conversation = await openConversation(api, [entrepreneur.id, mentor.id], matchId);
  const chat = servicesOf(api).chat;
  for (let i = 1; i <= count; i += 1) {
    await chat.sendMessage(from === 'her' ? entrepreneur.id : mentor.id, {
      conversationId: conversation.id,
      clientMessageId: randomUUID(),
      body: `m${i}`,
    });
  }
  return { entrepreneur, mentor, conversationId: conversation.id, matchId };
}

async function conversationsOf(person: TestPerson): Promise<ConversationView[]> {
  const result = await api.gql<{ conversations: ConversationView[] }>(CONVERSATIONS, {}, { token: person.token });
  expect(result.errors).toBeUndefined();
  return result.data!.conversations;
}

describe('conversations', () => {
  test('lists hers, most recently active first, with unread counts and the last message', async () => {
    const { mentor, conversationId } = await talk(3);
    const entrepreneur2 = await api.person(['ENTREPRENEUR']);
    const second = await openConversation(api, [entrepreneur2.id, mentor.id]);
    let list = await conversationsOf(mentor);
    expect(list.map((c) => c.id)).toEqual([second.id, conversationId]);
    expect(list[1]).toMatchObject({
      unreadCount: 3,
      lastSeq: 3,
      canSend: true,
      blockedByMe: false,
      lastMessage: { seq: 3, body: 'm3' },
    });
    await servicesOf(api).chat.sendMessage(mentor.id, {
      conversationId,
      clientMessageId: randomUUID(),
      body: 'respuesta',
    });
    list = await conversationsOf(mentor);
    expect(list[0]).toMatchObject({ id: conversationId, unreadCount: 0, lastMessage: { body: 'respuesta' } });
    expect(list[0]!.members.find((m) => m.userId === mentor.id)?.lastReadSeq).toBe(4);
  });

  test('a conversation is visible only to its members', async () => {
    const { conversationId } = await talk(1);
    const stranger = await api.person(['COORDINATOR']);
    const result = await api.gql('query($id: ID!) { conversation(id: $id) { id } }', { id: conversationId }, stranger);
    expect(errorCodes(result)).toEqual(['NOT_FOUND']);
    const history = await api.gql(MESSAGES, { id: conversationId, limit: 10 }, stranger);
    expect(errorCodes(history)).toEqual(['NOT_FOUND']);
    expect(await conversationsOf(stranger)).toEqual([]);
  });
});

describe('history', () => {
  test('pages back from the newest with `before`, and forward with `after`', async () => {
    const { entrepreneur, conversationId } = await talk(12);
    const page = async (vars: Record<string, unknown>) =>
      (
        await api.gql<{ messages: { hasMore: boolean; messages: { seq: number }[] } }>(
          MESSAGES,
          { id: conversationId, limit: 5, ...vars },
          entrepreneur,
        )
      ).data!.messages;
    const newest = await page({});
    expect(newest.messages.map((m) => m.seq)).toEqual([8, 9, 10, 11, 12]);
    expect(newest.hasMore).toBe(true);
    const older = await page({ before: 8 });
    expect(older.messages.map((m) => m.seq)).toEqual([3, 4, 5, 6, 7]);
    const oldest = await page({ before: 3 });
    expect(oldest).toMatchObject({ hasMore: false, messages: [{ seq: 1 }, { seq: 2 }] });
    const newer = await page({ after: 9 });
    expect(newer).toMatchObject({ hasMore: false, messages: [{ seq: 10 }, { seq: 11 }, { seq: 12 }] });
    const tooMany = await api.gql(MESSAGES, { id: conversationId, limit: 1000 }, entrepreneur);
    expect(errorCodes(tooMany)).toEqual(['BAD_USER_INPUT']);
  });

  test('markRead moves her receipt forward, live to the other member', async () => {
    const { entrepreneur, mentor, conversationId } = await talk(4);
    const herSocket = await connectAs(api, entrepreneur.token);
    const receipt = nextEvent(herSocket, 'conversation:read');
    const read = await api.gql<{ markRead: { seq: number; unreadCount: number } }>(
      'mutation($id: ID!) { markRead(conversationId: $id, seq: 3) { seq unreadCount } }',
      { id: conversationId },
      mentor,
    );
    expect(read.data?.markRead).toEqual({ seq: 3, unreadCount: 1 });
    expect(await receipt).toEqual({ conversationId, userId: mentor.id, seq: 3 });
    expect((await conversationsOf(mentor))[0]?.unreadCount).toBe(1);
  });
});

describe('sending through GraphQL', () => {
  test('is the same as the socket event: stored once per clientMessageId, delivered live', async () => {
    const { entrepreneur, mentor, conversationId } = await talk(0);
    const mentorSocket = await connectAs(api, mentor.token);
    const delivered = nextEvent(mentorSocket, 'message:new');
    const input = { conversationId, clientMessageId: randomUUID(), body: 'Sin socket, por GraphQL' };
    const send = 'mutation($input: SendMessageInput!) { sendMessage(input: $input) { id seq senderId createdAt } }';
    const first = await api.gql<{ sendMessage: { id: string; seq: number; senderId: string } }>(
      send,
      { input },
      entrepreneur,
    );
    expect(first.errors, JSON.stringify(first.errors)).toBeUndefined();
    expect(first.data?.sendMessage).toMatchObject({ seq: 1, senderId: entrepreneur.id });
    expect((await delivered).id).toBe(first.data?.sendMessage.id);
    const again = await api.gql<{ sendMessage: { id: string } }>(send, { input }, entrepreneur);
    expect(again.data?.sendMessage.id).toBe(first.data?.sendMessage.id);
    const empty = await api.gql(send, { input: { ...input, clientMessageId: randomUUID(), body: ' ' } }, entrepreneur);
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', key: 'chat.emptyMessage' });
  });
});

describe('blocking', () => {
  test('she blocks, the conversation can no longer be written to by either; she unblocks', async () => {
    const { entrepreneur, mentor, conversationId } = await talk(1, 'mentor');
    const block = await api.gql<{ blockUser: { userId: string; displayName: string } }>(
      'mutation($id: ID!) { blockUser(userId: $id) { userId displayName blockedAt } }',
      { id: mentor.id },
      entrepreneur,
    );
    expect(block.data?.blockUser.userId).toBe(mentor.id);
    expect((await conversationsOf(entrepreneur))[0]).toMatchObject({ canSend: false, blockedByMe: true });
    expect((await conversationsOf(mentor))[0]).toMatchObject({ canSend: false, blockedByMe: false });
    const mentorSocket = await connectAs(api, mentor.token);
    expect(await sendMessage(mentorSocket, { conversationId })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const listed = await api.gql<{ blockedPeople: { userId: string }[] }>(
      'query { blockedPeople { userId } }',
      {},
      entrepreneur,
    );
    expect(listed.data?.blockedPeople).toEqual([{ userId: mentor.id }]);
    const self = await api.gql(
      'mutation($id: ID!) { blockUser(userId: $id) { userId } }',
      { id: entrepreneur.id },
      entrepreneur,
    );
    expect(errorCodes(self)).toEqual(['BAD_USER_INPUT']);

    const unblock = await api.gql<{ unblockUser: boolean }>(
      'mutation($id: ID!) { unblockUser(userId: $id) }',
      { id: mentor.id },
      entrepreneur,
    );
    expect(unblock.data?.unblockUser).toBe(true);
    expect((await conversationsOf(mentor))[0]?.canSend).toBe(true);
    const audit = await api.server.orm.em
      .fork()
      .find(AuditEntry, { subjectId: mentor.id }, { orderBy: { createdAt: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual(['person.blocked', 'person.unblocked']);
  });
});

describe('reports and the coordinators’ queue', () => {
  const REPORT_MESSAGE =
    'mutation($input: ReportMessageInput!) { reportMessage(input: $input) { id status createdAt } }';
  const QUEUE = `query($status: ReportStatus) { reports(status: $status) {
    id reason details status messageId conversationId reporter { id } reportedUser { id displayName } handledBy { id }
  } }`;
  const READ = `query($id: ID!, $before: Int) { reportedConversation(reportId: $id, before: $before, limit: 3) {
    hasMore messages { seq body }
    snapshot { reportedMessageId participants { userId } messages { seq body senderId } }
    report { id reason }
  } }`;

  test('a reported message reaches the queue with what surrounded it; reading the conversation is audited', async () => {
    const { entrepreneur, mentor, conversationId } = await talk(0);
    const chat = servicesOf(api).chat;
    const ids: string[] = [];
    for (let i = 1; i <= 12; i += 1) {
      const from = i === 7 ? mentor : i % 2 ? entrepreneur : mentor;
      const sent = await chat.sendMessage(from.id, { conversationId, clientMessageId: randomUUID(), body: `m${i}` });
      ids.push(sent.message.id);
    }
    const filed = await api.gql<{ reportMessage: { id: string; status: string } }>(
      REPORT_MESSAGE,
      { input: { messageId: ids[6], reason: 'HARASSMENT', details: '  Me escribe cosas que me dan miedo.  ' } },
      entrepreneur,
    );
    expect(filed.data?.reportMessage.status).toBe('OPEN');
    const reportId = filed.data!.reportMessage.id;

    const coordinator = await api.person(['COORDINATOR']);
    const queue = await api.gql<{ reports: Record<string, unknown>[] }>(QUEUE, {}, coordinator);
    expect(queue.data?.reports.find((r) => r.id === reportId)).toMatchObject({
      reason: 'HARASSMENT',
      details: 'Me escribe cosas que me dan miedo.',
      status: 'OPEN',
      messageId: ids[6],
      conversationId,
      reporter: { id: entrepreneur.id },
      reportedUser: { id: mentor.id },
      handledBy: null,
    });

    // Her own history is not his to read: a coordinator is no member.
    expect(errorCodes(await api.gql(MESSAGES, { id: conversationId, limit: 5 }, coordinator))).toEqual(['NOT_FOUND']);
    const read = await api.gql<{
      reportedConversation: {
        hasMore: boolean;
        messages: { seq: number }[];
        snapshot: { reportedMessageId: string; participants: unknown[]; messages: { seq: number; body: string }[] };
      };
    }>(READ, { id: reportId }, coordinator);
    expect(read.errors).toBeUndefined();
    const seen = read.data!.reportedConversation;
    expect(seen.snapshot.reportedMessageId).toBe(ids[6]);
    expect(seen.snapshot.messages.map((m) => m.seq)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(seen.snapshot.participants).toHaveLength(2);
    expect(seen).toMatchObject({ hasMore: true, messages: [{ seq: 10 }, { seq: 11 }, { seq: 12 }] });
    await api.gql(READ, { id: reportId, before: 10 }, coordinator);
    const audit = await api.server.orm.em
      .fork()
      .find(
        AuditEntry,
        { action: 'report.conversationRead', subjectId: conversationId },
        { orderBy: { createdAt: 'asc' } },
      );
    expect(audit).toHaveLength(2);
    expect(audit[0]?.actorId).toBe(coordinator.id);
    expect(audit[1]?.details).toMatchObject({ reportId, before: 10, seqs: [7, 8, 9] });

    const resolved = await api.gql<{ resolveReport: { status: string; handledBy: { id: string } } }>(
      'mutation($id: ID!) { resolveReport(id: $id, resolution: "Hablamos con la mentora; match cerrado.") { status handledBy { id } } }',
      { id: reportId },
      coordinator,
    );
    expect(resolved.data?.resolveReport).toEqual({ status: 'RESOLVED', handledBy: { id: coordinator.id } });
    const open = await api.gql<{ reports: { id: string }[] }>(QUEUE, {}, coordinator);
    expect(open.data?.reports.map((r) => r.id)).not.toContain(reportId);
    const all = await api.gql<{ reports: { id: string }[] }>(QUEUE, { status: null }, coordinator);
    expect(all.data?.reports.map((r) => r.id)).toContain(reportId);
  });

  test('only members report a message, never their own; a person is reported from a shared conversation', async () => {
    const { entrepreneur, mentor, conversationId } = await talk(2);
    const [mine] = (await servicesOf(api).chat.messages(entrepreneur.id, conversationId, {})).messages;
    const own = await api.gql(REPORT_MESSAGE, { input: { messageId: mine!.id, reason: 'SPAM' } }, entrepreneur);
    expect(own.errors?.[0]?.extensions?.key).toBe('report.ownMessage');
    const stranger = await api.person(['ENTREPRENEUR']);
    const outsider = await api.gql(REPORT_MESSAGE, { input: { messageId: mine!.id, reason: 'SPAM' } }, stranger);
    expect(errorCodes(outsider)).toEqual(['NOT_FOUND']);
    const tooLong = await api.gql(
      REPORT_MESSAGE,
      { input: { messageId: mine!.id, reason: 'SPAM', details: 'x'.repeat(2001) } },
      mentor,
    );
    expect(tooLong.errors?.[0]?.extensions?.key).toBe('report.detailsTooLong');

    const person = await api.gql<{ reportPerson: { id: string } }>(
      'mutation($input: ReportPersonInput!) { reportPerson(input: $input) { id } }',
      { input: { userId: entrepreneur.id, conversationId, reason: 'IMPERSONATION' } },
      mentor,
    );
    expect(person.errors).toBeUndefined();
    const coordinator = await api.person(['ADMIN']);
    const read = await api.gql<{ reportedConversation: { snapshot: { messages: unknown[] }; messages: unknown[] } }>(
      READ,
      { id: person.data!.reportPerson.id },
      coordinator,
    );
    expect(read.data?.reportedConversation.snapshot.messages).toHaveLength(2);
    const notShared = await api.gql(
      'mutation($input: ReportPersonInput!) { reportPerson(input: $input) { id } }',
      { input: { userId: stranger.id, conversationId, reason: 'SPAM' } },
      mentor,
    );
    expect(errorCodes(notShared)).toEqual(['NOT_FOUND']);
  });
});
