// Deleting an account: personal data erased, her messages redacted for the other person, her matches
// withdrawn (a supporter's seat freed, a woman's demand re-opened), sessions and sockets ended, log-in
// refused, and the audit log keeps the action under an id that leads to nobody.
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { closeSockets, connectAs, nextEvent } from '../../test-support/chat.js';
import { errorCodes, startTestServer, TEST_PASSWORD, type TestServer } from '../../test-support/test-server.js';
import { UserRole } from '../accounts/user-role.entity.js';
import { User } from '../accounts/user.entity.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { Message } from '../chat/chat.entities.js';
import { Goal, GoalUpdate } from '../goals/goal.entity.js';
import { Demand } from '../matching/demand.entity.js';
import { Match } from '../matching/match.entity.js';
import { makeEntrepreneur, makeRequest, makeStaff, type Someone } from '../matching/matching.factories.js';
import { SupportRequest } from '../matching/support-request.entity.js';
import { EntrepreneurProfile } from '../profiles/entrepreneur-profile.entity.js';
import { exportPersonalData } from './data-export.js';
import { conversationIdOf, matchOf, say, share } from './privacy.factories.js';

const DELETE = 'mutation($p: String!) { deleteMyAccount(password: $p) }';
const MESSAGES = 'query($id: ID!) { messages(conversationId: $id) { messages { body redacted senderId } } }';

let api: TestServer;
let coordinator: Someone;
beforeAll(async () => {
  api = await startTestServer();
  coordinator = await makeStaff(api.server.orm);
});
afterEach(() => closeSockets());
afterAll(async () => api?.close());

async function emailOf(id: string): Promise<string> {
  const user = await api.server.orm.em.fork().findOneOrFail(User, { id });
  return user.email!;
}

describe('deleting her account', () => {
  test('a wrong password changes nothing', async () => {
    const { entrepreneur, matchId } = await matchOf(api, coordinator);
    for (const p of ['not-my-password', 'x'.repeat(100_000)]) {
      const refused = await api.gql(DELETE, { p }, entrepreneur);
      expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
      expect(refused.errors?.[0]?.extensions?.key).toBe('privacy.wrongPassword');
    }
    const me = await api.gql<{ me: { id: string } | null }>('query { me { id } }', {}, entrepreneur);
    expect(me.data?.me?.id).toBe(entrepreneur.id);
    const match = await api.server.orm.em.fork().findOneOrFail(Match, { id: matchId });
    expect(match.status).toBe('ACTIVE');
  });

  test('an entrepreneur: erased, messages redacted, match withdrawn, seat freed, sessions and sockets ended', async () => {
    const { entrepreneur, supporter, matchId, requestId } = await matchOf(api, coordinator, { capacity: 1 });
    await share(api, entrepreneur, '+50688887777');
    const em0 = api.server.orm.em.fork();
    await em0.nativeUpdate(SupportRequest, { id: requestId }, { description: 'Necesito ayuda con mi panadería.' });
    const email = await emailOf(entrepreneur.id);
    const conversationId = await conversationIdOf(api, entrepreneur, matchId);
    await say(api, entrepreneur, conversationId, 'Mi dirección es Calle 5, casa 12.');
    await say(api, supporter, conversationId, 'Gracias, la visito el martes.');
    const goal = em0.create(Goal, {
      match: em0.getReference(Match, matchId),
      createdBy: em0.getReference(User, entrepreneur.id),
      createdBySide: 'ENTREPRENEUR',
      title: 'Abrir la panadería',
      description: 'Con el dinero de mi tía en Calle 5.',
    });
    em0.create(GoalUpdate, {
      goal,
      author: em0.getReference(User, entrepreneur.id),
      side: 'ENTREPRENEUR',
      body: 'Hablé con el banco de Calle 5.',
    });
    await em0.flush();
    const socket = await connectAs(api, entrepreneur.token);
    const ended = nextEvent(socket, 'session:ended');

    const deleted = await api.gql<{ deleteMyAccount: boolean }>(DELETE, { p: TEST_PASSWORD }, entrepreneur);
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data?.deleteMyAccount).toBe(true);
    await ended;

    // Her session is over and she cannot log in again.
    const me = await api.gql<{ me: unknown }>('query { me { id } }', {}, entrepreneur);
    expect(me.data?.me).toBeNull();
    const logIn = await api.gql('mutation($i: LogInInput!) { logIn(input: $i) { token } }', {
      i: { email, password: TEST_PASSWORD },
    });
    expect(logIn.errors?.[0]?.extensions?.key).toBe('auth.invalidCredentials');

    // The mentor's conversation shows her messages as deleted, his own untouched.
    const seen = await api.gql<{ messages: { messages: { body: string; redacted: boolean; senderId: string }[] } }>(
      MESSAGES,
      { id: conversationId },
      supporter,
    );
    expect(seen.data?.messages.messages).toEqual([
      { body: '', redacted: true, senderId: entrepreneur.id },
      { body: 'Gracias, la visito el martes.', redacted: false, senderId: supporter.id },
    ]);

    // The match is withdrawn through the lifecycle, with the reason, and the mentor's only seat is free.
    const history = await api.gql<{
      myMatches: {
        id: string;
        status: string;
        entrepreneur: { displayName: string; accountDeleted: boolean };
        history: { to: string; reason: string | null }[];
      }[];
    }>(
      'query { myMatches(includeEnded: true) { id status entrepreneur { displayName accountDeleted } history { to reason } } }',
      {},
      supporter,
    );
    const match = history.data!.myMatches.find((m) => m.id === matchId)!;
    expect(match.status).toBe('WITHDRAWN');
    expect(match.entrepreneur).toEqual({ displayName: '', accountDeleted: true });
    expect(match.history.at(-1)).toEqual({ to: 'WITHDRAWN', reason: 'ACCOUNT_DELETED' });
    const next = await makeEntrepreneur(api.server.orm);
    const { demands } = await makeRequest(api.server.orm, next.id);
    const taken = await api.gql(
      'mutation($d: ID!, $s: ID!) { matchByHand(demandId: $d, supporterUserId: $s, reason: "r") { id } }',
      { d: demands.MENTOR, s: supporter.id },
      coordinator,
    );
    expect(taken.errors).toBeUndefined();

    // Nothing personal is left: not in her record, not in what an export would find.
    const em = api.server.orm.em.fork();
    const user = await em.findOneOrFail(User, { id: entrepreneur.id });
    expect(user).toMatchObject({ email: null, phone: null, displayName: '', shareContactDetails: false });
    expect(user.deletedAt).toBeInstanceOf(Date);
    expect(await em.count(EntrepreneurProfile, { user: entrepreneur.id })).toBe(0);
    expect(await em.count(UserRole, { user: entrepreneur.id })).toBe(0);
    const request = await em.findOneOrFail(SupportRequest, { id: requestId });
    expect(request).toMatchObject({ description: null, status: 'WITHDRAWN' });
    expect(await em.count(Demand, { entrepreneur: entrepreneur.id, status: { $ne: 'WITHDRAWN' } })).toBe(0);
    const left = JSON.stringify(await exportPersonalData(em, entrepreneur.id, new Date()));
    for (const trace of [email, '+50688887777', 'Calle 5', 'panadería', 'San José']) expect(left).not.toContain(trace);
    expect(await em.count(Message, { sender: entrepreneur.id, body: { $ne: '' } })).toBe(0);
    expect(await em.findOneOrFail(Goal, { id: goal.id })).toMatchObject({ title: '', description: null });
    expect(await em.count(GoalUpdate, { author: entrepreneur.id, body: { $ne: '' } })).toBe(0);

    // The audit log keeps the action under her id, which no longer leads to a name or an email.
    const audit = await em.find(AuditEntry, { action: 'account.deleted', subjectId: entrepreneur.id });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actorId).toBe(entrepreneur.id);
    expect(audit[0]?.details).toMatchObject({ matchesClosed: 1, messagesRedacted: 1, roles: ['ENTREPRENEUR'] });
  });

  test('a supporter: the woman she helped is not left waiting, her demand opens again', async () => {
    const { entrepreneur, supporter, matchId, demandId } = await matchOf(api, coordinator);
    const invited = await matchOf(api, coordinator, { accept: false, supporter });
    const deleted = await api.gql(DELETE, { p: TEST_PASSWORD }, supporter);
    expect(deleted.errors).toBeUndefined();
    const em = api.server.orm.em.fork();
    for (const id of [matchId, invited.matchId]) {
      const match = await em.findOneOrFail(Match, { id });
      expect(match).toMatchObject({ status: 'WITHDRAWN', endReason: 'ACCOUNT_DELETED' });
    }
    expect((await em.findOneOrFail(Demand, { id: demandId })).status).toBe('OPEN');
    expect((await em.findOneOrFail(Demand, { id: invited.demandId })).status).toBe('OPEN');
    // She no longer appears among the people staff list.
    const people = await api.gql<{ people: { id: string }[] }>('query { people(limit: 100) { id } }', {}, coordinator);
    expect(people.data?.people.map((p) => p.id)).not.toContain(supporter.id);
    expect(people.data?.people.map((p) => p.id)).toContain(entrepreneur.id);
  });

  test('an open session is no way to guess her password: tries are limited as at log-in', async () => {
    const { entrepreneur } = await matchOf(api, coordinator, { accept: false });
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 12 && !codes.includes('RATE_LIMITED'); i += 1) {
      codes.push(...errorCodes(await api.gql(DELETE, { p: `wrong-guess-${i}` }, entrepreneur)));
    }
    expect(codes.at(-1)).toBe('RATE_LIMITED');
    // Even the right password waits now.
    expect(errorCodes(await api.gql(DELETE, { p: TEST_PASSWORD }, entrepreneur))).toEqual(['RATE_LIMITED']);
  });

  test('nobody can choose ACCOUNT_DELETED as a reason', async () => {
    const { entrepreneur, matchId } = await matchOf(api, coordinator);
    const result = await api.gql(
      'mutation($id: ID!) { withdrawMatch(matchId: $id, reason: ACCOUNT_DELETED) { id } }',
      { id: matchId },
      entrepreneur,
    );
    expect(result.errors?.[0]?.extensions?.key).toBe('match.reasonReserved');
  });
});
