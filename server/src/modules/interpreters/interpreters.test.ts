// Interpreters in a match's conversation: proposed by a coordinator, let in only with both women's
// consent, reading and writing only there and only while assigned, and taken out live when her part ends.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { closeSockets, connectAs, nextEvent, sendMessage } from '../../test-support/chat.js';
import { errorCodes, startTestServer, type TestServer } from '../../test-support/test-server.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { Notification } from '../notifications/notification.entity.js';
import { makeEntrepreneur, makeStaff, makeSupporter, type Someone } from '../matching/matching.factories.js';
import { matchOf } from '../privacy/privacy.factories.js';
import { InterpreterAssignment } from './interpreter-assignment.entity.js';

const ASSIGNMENT =
  'id conversationId matchId status interpreterId interpreterName entrepreneurLanguage supporterLanguage entrepreneurConsented supporterConsented mySide endReason';
const CANDIDATES =
  'query($id: ID!) { interpreterCandidates(matchId: $id) { userId displayName entrepreneurLanguage supporterLanguage } }';
const PROPOSE = `mutation($m: ID!, $i: ID!) { proposeInterpreter(input: { matchId: $m, interpreterId: $i }) { ${ASSIGNMENT} } }`;
const ANSWER = `mutation($id: ID!, $accept: Boolean!) { answerInterpreterProposal(assignmentId: $id, accept: $accept) { ${ASSIGNMENT} } }`;
const END = `mutation($id: ID!) { endInterpreterAssignment(assignmentId: $id) { ${ASSIGNMENT} } }`;
const OF_CONVERSATION = `query($id: ID!) { conversationInterpreters(conversationId: $id) { ${ASSIGNMENT} } }`;
const OF_MATCH = `query($id: ID!) { matchInterpreters(matchId: $id) { ${ASSIGNMENT} } }`;
const CONVERSATIONS = 'query { conversations { id matchId members { userId } } }';
const MESSAGES = 'query($id: ID!) { messages(conversationId: $id) { messages { body } } }';
const SEND =
  'mutation($id: ID!, $c: String!, $b: String!) { sendMessage(input: { conversationId: $id, clientMessageId: $c, body: $b }) { seq } }';
const COMPLETE = 'mutation($id: ID!) { completeMatch(matchId: $id, outcome: GOALS_MET) { status } }';

interface Assignment {
  id: string;
  conversationId: string;
  matchId: string | null;
  status: string;
  interpreterName: string;
  entrepreneurLanguage: string;
  supporterLanguage: string;
  entrepreneurConsented: boolean;
  supporterConsented: boolean;
  mySide: string | null;
  endReason: string | null;
}

let api: TestServer;
let coordinator: Someone;
beforeAll(async () => {
  api = await startTestServer({ chat: { rateLimit: { messages: 1000, windowMs: 60_000 } } });
  coordinator = await makeStaff(api.server.orm);
});
afterAll(async () => {
  closeSockets();
  await api?.close();
});

/** A Haitian entrepreneur with some Spanish, matched with a Spanish-speaking mentor. */
async function haitianMatch() {
  const entrepreneur = await makeEntrepreneur(api.server.orm, {
    languages: [
      { language: 'ht', level: 'NATIVE' },
      { language: 'es', level: 'CONVERSATIONAL' },
    ],
  });
  const match = await matchOf(api, coordinator, { entrepreneur });
  const conversations = await api.gql<{ conversations: { id: string; matchId: string }[] }>(
    CONVERSATIONS,
    {},
    match.supporter,
  );
  const conversationId = conversations.data!.conversations.find((c) => c.matchId === match.matchId)!.id;
  return { ...match, conversationId };
}

/** An interpreter between Haitian Creole and Spanish. */
function makeInterpreter(
  languages = [
    { language: 'ht', level: 'NATIVE' },
    { language: 'es', level: 'FLUENT' },
  ],
) {
  return makeSupporter(api.server.orm, { languages } as never, ['INTERPRETER']);
}

async function propose(matchId: string, interpreterId: string): Promise<Assignment> {
  const result = await api.gql<{ proposeInterpreter: Assignment }>(
    PROPOSE,
    { m: matchId, i: interpreterId },
    coordinator,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.proposeInterpreter;
}

async function answer(who: Someone, id: string, accept: boolean): Promise<Assignment> {
  const result = await api.gql<{ answerInterpreterProposal: Assignment }>(ANSWER, { id, accept }, who);
  expect(result.errors).toBeUndefined();
  return result.data!.answerInterpreterProposal;
}

async function assigned() {
  const match = await haitianMatch();
  const interpreter = await makeInterpreter();
  const proposal = await propose(match.matchId, interpreter.id);
  await answer(match.entrepreneur, proposal.id, true);
  const active = await answer(match.supporter, proposal.id, true);
  expect(active.status).toBe('ACTIVE');
  return { ...match, interpreter, assignmentId: proposal.id };
}

async function conversationIdsOf(who: Someone): Promise<string[]> {
  const result = await api.gql<{ conversations: { id: string }[] }>(CONVERSATIONS, {}, who);
  expect(result.errors).toBeUndefined();
  return result.data!.conversations.map((c) => c.id);
}

async function say(who: Someone, conversationId: string, body: string) {
  return api.gql(SEND, { id: conversationId, c: crypto.randomUUID(), b: body }, who);
}

describe('proposing an interpreter', () => {
  test('a coordinator sees only interpreters who share a language with each woman, and proposes one', async () => {
    const { matchId, conversationId } = await haitianMatch();
    const bridge = await makeInterpreter();
    const onlyEnglish = await makeInterpreter([{ language: 'en', level: 'NATIVE' }]);
    const basicCreole = await makeInterpreter([
      { language: 'ht', level: 'BASIC' },
      { language: 'en', level: 'NATIVE' },
    ]);
    const mentorNotInterpreter = await makeSupporter(api.server.orm, {
      languages: [
        { language: 'ht', level: 'NATIVE' },
        { language: 'es', level: 'NATIVE' },
      ],
    });

    const candidates = await api.gql<{ interpreterCandidates: { userId: string; entrepreneurLanguage: string }[] }>(
      CANDIDATES,
      { id: matchId },
      coordinator,
    );
    expect(candidates.errors).toBeUndefined();
    const ids = candidates.data!.interpreterCandidates.map((c) => c.userId);
    expect(ids).toContain(bridge.id);
    expect(ids).not.toContain(onlyEnglish.id);
    expect(ids).not.toContain(basicCreole.id);
    expect(ids).not.toContain(mentorNotInterpreter.id);

    for (const wrong of [onlyEnglish, basicCreole]) {
      const refused = await api.gql(PROPOSE, { m: matchId, i: wrong.id }, coordinator);
      expect(refused.errors?.[0]?.extensions?.key).toBe('interpreter.noSharedLanguages');
    }
    const notInterpreter = await api.gql(PROPOSE, { m: matchId, i: mentorNotInterpreter.id }, coordinator);
    expect(errorCodes(notInterpreter)).toEqual(['NOT_FOUND']);

    const proposal = await propose(matchId, bridge.id);
    expect(proposal).toMatchObject({
      status: 'PROPOSED',
      conversationId,
      entrepreneurLanguage: 'ht',
      supporterLanguage: 'es',
      entrepreneurConsented: false,
      supporterConsented: false,
    });
    const again = await api.gql(PROPOSE, { m: matchId, i: bridge.id }, coordinator);
    expect(again.errors?.[0]?.extensions?.key).toBe('interpreter.alreadyAssigned');

    const em = api.server.orm.em.fork();
    const audit = await em.find(AuditEntry, { action: 'interpreter.proposed', subjectId: proposal.id });
    expect(audit.map((a) => a.actor?.id)).toEqual([coordinator.id]);
  });

  test('only coordinators propose; the women and the interpreter cannot', async () => {
    const { matchId, entrepreneur, supporter } = await haitianMatch();
    const interpreter = await makeInterpreter();
    for (const who of [entrepreneur, supporter, interpreter]) {
      const result = await api.gql(PROPOSE, { m: matchId, i: interpreter.id }, who);
      expect(errorCodes(result)).toEqual(['FORBIDDEN']);
      const listed = await api.gql(CANDIDATES, { id: matchId }, who);
      expect(errorCodes(listed)).toEqual(['FORBIDDEN']);
    }
  });

  test('not for a match that is not active', async () => {
    const pending = await matchOf(api, coordinator, { accept: false });
    const interpreter = await makeInterpreter([{ language: 'es', level: 'NATIVE' }]);
    const result = await api.gql(PROPOSE, { m: pending.matchId, i: interpreter.id }, coordinator);
    expect(result.errors?.[0]?.extensions?.key).toBe('interpreter.matchNotActive');
  });
});

describe('consent', () => {
  test('she joins only when both women consent, and is told so on her open devices', async () => {
    const { matchId, entrepreneur, supporter, conversationId } = await haitianMatch();
    const interpreter = await makeInterpreter();
    const proposal = await propose(matchId, interpreter.id);

    const asked = await api.gql<{ conversationInterpreters: Assignment[] }>(
      OF_CONVERSATION,
      { id: conversationId },
      entrepreneur,
    );
    expect(asked.data?.conversationInterpreters).toMatchObject([{ id: proposal.id, mySide: 'ENTREPRENEUR' }]);
    const em = api.server.orm.em.fork();
    const notices = await em.find(Notification, {
      kind: 'INTERPRETER_CONSENT_REQUESTED',
      recipient: [entrepreneur.id, supporter.id],
    });
    expect(notices.map((n) => n.recipient.id).sort()).toEqual([entrepreneur.id, supporter.id].sort());

    const first = await answer(entrepreneur, proposal.id, true);
    expect(first).toMatchObject({ status: 'PROPOSED', entrepreneurConsented: true, supporterConsented: false });
    expect(await conversationIdsOf(interpreter)).toEqual([]);
    const early = await say(interpreter, conversationId, 'Bonjou');
    expect(errorCodes(early)).toEqual(['NOT_FOUND']);

    const socket = await connectAs(api, interpreter.token);
    const opened = nextEvent(socket, 'conversation:opened', (e) => e.conversationId === conversationId);
    const second = await answer(supporter, proposal.id, true);
    await opened;
    expect(second).toMatchObject({ status: 'ACTIVE', supporterConsented: true, mySide: 'SUPPORTER' });
    expect(await conversationIdsOf(interpreter)).toEqual([conversationId]);
    const joined = await em.find(Notification, { kind: 'INTERPRETER_JOINED', recipient: interpreter.id });
    expect(joined).toHaveLength(1);
    const consents = await em.find(AuditEntry, { action: 'interpreter.consented', subjectId: proposal.id });
    expect(consents.map((a) => a.actor?.id).sort()).toEqual([entrepreneur.id, supporter.id].sort());
    const stored = await em.findOneOrFail(InterpreterAssignment, proposal.id);
    expect(stored.entrepreneurConsentAt).toBeInstanceOf(Date);
    expect(stored.supporterConsentAt).toBeInstanceOf(Date);
  });

  test('a refusal by either woman cancels the proposal', async () => {
    const { matchId, entrepreneur, supporter } = await haitianMatch();
    const interpreter = await makeInterpreter();
    const proposal = await propose(matchId, interpreter.id);
    await answer(entrepreneur, proposal.id, true);
    const refused = await answer(supporter, proposal.id, false);
    expect(refused.status).toBe('REFUSED');
    const late = await api.gql(ANSWER, { id: proposal.id, accept: true }, entrepreneur);
    expect(late.errors?.[0]?.extensions?.key).toBe('interpreter.notProposed');
    expect(await conversationIdsOf(interpreter)).toEqual([]);
    // A new proposal may follow a refusal.
    const next = await propose(matchId, interpreter.id);
    expect(next.status).toBe('PROPOSED');
  });

  test('nobody else answers for the women: not the coordinator, the interpreter or another woman', async () => {
    const { matchId } = await haitianMatch();
    const interpreter = await makeInterpreter();
    const stranger = await makeEntrepreneur(api.server.orm);
    const proposal = await propose(matchId, interpreter.id);
    expect(errorCodes(await api.gql(ANSWER, { id: proposal.id, accept: true }, stranger))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await api.gql(ANSWER, { id: proposal.id, accept: true }, coordinator))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await api.gql(ANSWER, { id: proposal.id, accept: true }, interpreter))).toEqual(['FORBIDDEN']);
  });
});

describe('while she interprets', () => {
  test('she reads from when she joined and writes there, and nowhere else: not the match, goals or case notes', async () => {
    const match = await haitianMatch();
    expect((await say(match.entrepreneur, match.conversationId, 'Before she came')).errors).toBeUndefined();
    const interpreter = await makeInterpreter();
    const proposal = await propose(match.matchId, interpreter.id);
    await answer(match.entrepreneur, proposal.id, true);
    await answer(match.supporter, proposal.id, true);

    expect((await say(interpreter, match.conversationId, 'Mwen la pou tradui')).errors).toBeUndefined();
    const read = await api.gql<{ messages: { messages: { body: string }[] } }>(
      MESSAGES,
      { id: match.conversationId },
      interpreter,
    );
    expect(read.data?.messages.messages.map((m) => m.body)).toEqual(['Mwen la pou tradui']);
    const women = await api.gql<{ messages: { messages: { body: string }[] } }>(
      MESSAGES,
      { id: match.conversationId },
      match.entrepreneur,
    );
    expect(women.data?.messages.messages.map((m) => m.body)).toEqual(['Before she came', 'Mwen la pou tradui']);

    const seen = await api.gql<{ conversationInterpreters: Assignment[] }>(
      OF_CONVERSATION,
      { id: match.conversationId },
      interpreter,
    );
    expect(seen.data?.conversationInterpreters).toMatchObject([{ matchId: null, mySide: null, status: 'ACTIVE' }]);

    const matches = await api.gql<{ myMatches: unknown[] }>('query { myMatches { id } }', {}, interpreter);
    expect(matches.data?.myMatches ?? []).toEqual([]);
    const goals = await api.gql(
      'query($id: ID!) { goalBoard(matchId: $id) { matchId } }',
      { id: match.matchId },
      interpreter,
    );
    expect(errorCodes(goals)).toEqual(['FORBIDDEN']);
    const notes = await api.gql(
      'query($id: ID!) { caseNotes(matchId: $id) { id } }',
      { id: match.matchId },
      interpreter,
    );
    expect(errorCodes(notes)).toEqual(['FORBIDDEN']);
    const history = await api.gql(OF_MATCH, { id: match.matchId }, interpreter);
    expect(errorCodes(history)).toEqual(['FORBIDDEN']);
    expect(errorCodes(await api.gql(END, { id: proposal.id }, interpreter))).toEqual(['FORBIDDEN']);

    // Another match's conversation stays closed to her.
    const other = await haitianMatch();
    expect(errorCodes(await say(interpreter, other.conversationId, 'Hola'))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await api.gql(OF_CONVERSATION, { id: other.conversationId }, interpreter))).toEqual([
      'NOT_FOUND',
    ]);
  });
});

describe('ending her part', () => {
  test.each([
    ['the entrepreneur', 'BY_ENTREPRENEUR'],
    ['the supporter', 'BY_SUPPORTER'],
    ['the coordinator', 'BY_COORDINATOR'],
  ] as const)(
    '%s ends it: she drops the conversation on every device at once and can no longer read or write',
    async (who, reason) => {
      const match = await assigned();
      const phone = await connectAs(api, match.interpreter.token);
      const laptop = await connectAs(api, match.interpreter.token);
      const leftPhone = nextEvent(phone, 'conversation:left', (e) => e.conversationId === match.conversationId);
      const leftLaptop = nextEvent(laptop, 'conversation:left', (e) => e.conversationId === match.conversationId);
      const ender =
        who === 'the entrepreneur' ? match.entrepreneur : who === 'the supporter' ? match.supporter : coordinator;

      const ended = await api.gql<{ endInterpreterAssignment: Assignment }>(END, { id: match.assignmentId }, ender);
      expect(ended.errors).toBeUndefined();
      expect(ended.data?.endInterpreterAssignment).toMatchObject({ status: 'ENDED', endReason: reason });
      await Promise.all([leftPhone, leftLaptop]);

      expect(await conversationIdsOf(match.interpreter)).toEqual([]);
      expect(errorCodes(await api.gql(MESSAGES, { id: match.conversationId }, match.interpreter))).toEqual([
        'NOT_FOUND',
      ]);
      expect(await sendMessage(phone, { conversationId: match.conversationId })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
      const none = await api.gql<{ conversationInterpreters: Assignment[] }>(
        OF_CONVERSATION,
        { id: match.conversationId },
        match.entrepreneur,
      );
      expect(none.data?.conversationInterpreters).toEqual([]);
      const em = api.server.orm.em.fork();
      const audit = await em.find(AuditEntry, { action: 'interpreter.ended', subjectId: match.assignmentId });
      expect(audit.map((a) => a.actor?.id)).toEqual([ender.id]);
    },
  );

  test('the match ending ends her part too', async () => {
    const match = await assigned();
    const socket = await connectAs(api, match.interpreter.token);
    const left = nextEvent(socket, 'conversation:left', (e) => e.conversationId === match.conversationId);
    const completed = await api.gql(COMPLETE, { id: match.matchId }, match.supporter);
    expect(completed.errors).toBeUndefined();
    await left;
    expect(await conversationIdsOf(match.interpreter)).toEqual([]);
    const history = await api.gql<{ matchInterpreters: Assignment[] }>(OF_MATCH, { id: match.matchId }, coordinator);
    expect(history.data?.matchInterpreters).toMatchObject([{ status: 'ENDED', endReason: 'MATCH_ENDED' }]);
  });

  test('someone outside the match cannot end it', async () => {
    const match = await assigned();
    const stranger = await makeSupporter(api.server.orm);
    expect(errorCodes(await api.gql(END, { id: match.assignmentId }, stranger))).toEqual(['NOT_FOUND']);
    expect(await conversationIdsOf(match.interpreter)).toEqual([match.conversationId]);
  });

  test('deleting her account takes her out of the conversation, and her export lists where she interpreted', async () => {
    const match = await assigned();
    const exported = await api.gql<{ myDataExport: Record<string, { id: string }[]> }>(
      'query { myDataExport }',
      {},
      match.interpreter,
    );
    expect(exported.data?.myDataExport.conversationsSheInterprets?.map((a) => a.id)).toEqual([match.assignmentId]);
    const deleted = await api.gql(
      'mutation($p: String!) { deleteMyAccount(password: $p) }',
      { p: 'a-long-test-password' },
      match.interpreter,
    );
    expect(deleted.errors).toBeUndefined();
    const history = await api.gql<{ matchInterpreters: Assignment[] }>(OF_MATCH, { id: match.matchId }, coordinator);
    expect(history.data?.matchInterpreters).toMatchObject([{ status: 'ENDED', endReason: 'ACCOUNT_DELETED' }]);
    const members = await api.gql<{ conversations: { id: string; members: { userId: string }[] }[] }>(
      CONVERSATIONS,
      {},
      match.entrepreneur,
    );
    const conversation = members.data?.conversations.find((c) => c.id === match.conversationId);
    expect(conversation?.members.map((m) => m.userId).sort()).toEqual(
      [match.entrepreneur.id, match.supporter.id].sort(),
    );
  });
});
