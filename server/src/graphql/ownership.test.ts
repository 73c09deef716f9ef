// Ownership, beside the role matrix of authorization.test.ts: a person allowed to call an operation
// still reaches only what is hers. Another entrepreneur cannot see or change her requests, matches or
// conversation; another mentor cannot read her mentor's conversation nor answer for her.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  makeEntrepreneur,
  makeMatchIn,
  makeRequest,
  makeSupporter,
  type Someone,
} from '../modules/matching/matching.factories.js';
import { SupportRequest } from '../modules/matching/support-request.entity.js';
import { Match } from '../modules/matching/match.entity.js';
import { servicesOf } from '../test-support/chat.js';
import { errorCodes, startTestServer, type TestServer } from '../test-support/test-server.js';

const REFUSED = ['FORBIDDEN', 'NOT_FOUND'];

let api: TestServer;
let rose: Someone;
let hersMentor: Someone;
let otherEntrepreneur: Someone;
let otherMentor: Someone;
let requestId: string;
let demandId: string;
let activeMatch: string;
let invitation: string;
let conversationId: string;
let messageId: string;

beforeAll(async () => {
  api = await startTestServer();
  const orm = api.server.orm;
  rose = await makeEntrepreneur(orm);
  hersMentor = await makeSupporter(orm);
  otherEntrepreneur = await makeEntrepreneur(orm);
  otherMentor = await makeSupporter(orm);
  // Each outsider has her own match and conversation: they are not strangers to the platform.
  const theirs = await makeRequest(orm, otherEntrepreneur.id, ['BUSINESS_PLAN']);
  const theirMatch = await makeMatchIn(orm, 'ACTIVE', {
    entrepreneurId: otherEntrepreneur.id,
    supporterId: otherMentor.id,
    demandId: theirs.demands.MENTOR!,
  });
  await servicesOf(api).chat.openConversationForMatch(theirMatch, [otherEntrepreneur.id, otherMentor.id]);

  const request = await makeRequest(orm, rose.id, ['BUSINESS_PLAN', 'LABOR_RIGHTS']);
  requestId = request.requestId;
  demandId = request.demands.MENTOR!;
  activeMatch = await makeMatchIn(orm, 'ACTIVE', { entrepreneurId: rose.id, supporterId: hersMentor.id, demandId });
  const adviser = await makeSupporter(orm, { supportKinds: ['LEGAL'], jurisdictions: ['CR'] });
  invitation = await makeMatchIn(orm, 'APPROVED', {
    entrepreneurId: rose.id,
    supporterId: adviser.id,
    demandId: request.demands.LEGAL!,
  });
  conversationId = (await servicesOf(api).chat.openConversationForMatch(activeMatch, [rose.id, hersMentor.id])).id;
  const sent = await servicesOf(api).chat.sendMessage(rose.id, {
    conversationId,
    clientMessageId: 'ownership-1',
    body: 'Solo para nosotras dos',
  });
  messageId = sent.message.id;
}, 60_000);
afterAll(async () => api?.close());

async function refused(who: Someone, document: string, variables: Record<string, unknown> = {}) {
  const result = await api.gql(document, variables, who);
  expect(errorCodes(result).length, JSON.stringify(result)).toBeGreaterThan(0);
  for (const code of errorCodes(result)) expect(REFUSED).toContain(code);
  expect(JSON.stringify(result.data ?? null)).not.toContain('Solo para nosotras dos');
}

describe('another entrepreneur', () => {
  test('does not see her requests or matches in her own lists', async () => {
    const result = await api.gql<{ mySupportRequests: { id: string }[]; myMatches: { id: string }[] }>(
      'query { mySupportRequests { id } myMatches { id } }',
      {},
      otherEntrepreneur,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.mySupportRequests.map((r) => r.id)).not.toContain(requestId);
    expect(result.data!.myMatches.map((m) => m.id)).not.toContain(activeMatch);
  });

  test('cannot ask recommendations for her demand, nor withdraw her request', async () => {
    await refused(otherEntrepreneur, 'query($id: ID!) { recommendations(demandId: $id) { feasibleCount } }', {
      id: demandId,
    });
    await refused(otherEntrepreneur, 'mutation($id: ID!) { withdrawSupportRequest(id: $id) { id } }', {
      id: requestId,
    });
    const stored = await api.server.orm.em.fork().findOneOrFail(SupportRequest, requestId);
    expect(stored.status).toBe('OPEN');
  });

  test('cannot read, write in, mark read or report from her conversation', async () => {
    await refused(otherEntrepreneur, 'query($id: ID!) { conversation(id: $id) { id } }', { id: conversationId });
    await refused(otherEntrepreneur, 'query($id: ID!) { messages(conversationId: $id) { messages { body } } }', {
      id: conversationId,
    });
    await refused(otherEntrepreneur, 'mutation($id: ID!) { markRead(conversationId: $id, seq: 1) { seq } }', {
      id: conversationId,
    });
    await refused(otherEntrepreneur, 'mutation($input: SendMessageInput!) { sendMessage(input: $input) { id } }', {
      input: { conversationId, clientMessageId: 'intruder-1', body: 'Hola' },
    });
    await refused(otherEntrepreneur, 'mutation($input: ReportMessageInput!) { reportMessage(input: $input) { id } }', {
      input: { messageId, reason: 'SPAM' },
    });
    const list = await api.gql<{ conversations: { id: string }[] }>(
      'query { conversations { id } }',
      {},
      otherEntrepreneur,
    );
    expect(list.data!.conversations.map((c) => c.id)).not.toContain(conversationId);
  });

  test('cannot end her match', async () => {
    await refused(otherEntrepreneur, 'mutation($id: ID!) { completeMatch(matchId: $id, outcome: GOALS_MET) { id } }', {
      id: activeMatch,
    });
    await refused(
      otherEntrepreneur,
      'mutation($id: ID!) { withdrawMatch(matchId: $id, reason: NOT_RESPONDING) { id } }',
      { id: activeMatch },
    );
    expect((await api.server.orm.em.fork().findOneOrFail(Match, activeMatch)).status).toBe('ACTIVE');
  });
});

describe('another mentor (with a mentee of her own)', () => {
  test("cannot read her mentor's conversation with her, nor see the match", async () => {
    await refused(otherMentor, 'query($id: ID!) { messages(conversationId: $id) { messages { body } } }', {
      id: conversationId,
    });
    await refused(otherMentor, 'query($id: ID!) { conversation(id: $id) { id } }', { id: conversationId });
    const result = await api.gql<{ myMatches: { id: string }[]; myInvitations: { id: string }[] }>(
      'query { myMatches { id } myInvitations { id } }',
      {},
      otherMentor,
    );
    expect(result.data!.myMatches.map((m) => m.id)).not.toContain(activeMatch);
    expect(result.data!.myInvitations.map((m) => m.id)).not.toContain(invitation);
  });

  test('cannot answer an invitation sent to someone else, nor end a match that is not hers', async () => {
    await refused(otherMentor, 'mutation($id: ID!) { acceptInvitation(matchId: $id) { id } }', { id: invitation });
    await refused(otherMentor, 'mutation($id: ID!) { declineInvitation(matchId: $id, reason: NO_TIME) { id } }', {
      id: invitation,
    });
    await refused(otherMentor, 'mutation($id: ID!) { completeMatch(matchId: $id, outcome: GOALS_MET) { id } }', {
      id: activeMatch,
    });
    const em = api.server.orm.em.fork();
    expect((await em.findOneOrFail(Match, invitation)).status).toBe('APPROVED');
    expect((await em.findOneOrFail(Match, activeMatch)).status).toBe('ACTIVE');
  });
});
