// Matching with the chat feature wired in: an accepted match opens a one-to-one conversation, an ended
// one makes it read-only, a block keeps two people apart, and both people hear of their match live.
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { DomainEvent, DomainEvents } from '../../domain-events.js';
import { closeSockets, connectAs, nextEvent } from '../../test-support/chat.js';
import { errorCodes, startTestServer, type TestServer } from '../../test-support/test-server.js';
import { makeEntrepreneur, makeRequest, makeStaff, makeSupporter, type Someone } from './matching.factories.js';

interface ConversationOut {
  id: string;
  matchId: string | null;
  closedAt: string | null;
}
const CONVERSATIONS = 'query { conversations { id matchId closedAt } }';
const BY_HAND = 'mutation($d: ID!, $s: ID!) { matchByHand(demandId: $d, supporterUserId: $s, reason: "r") { id } }';

let api: TestServer;
let coordinator: Someone;
const events: DomainEvent[] = [];
beforeAll(async () => {
  api = await startTestServer();
  coordinator = await makeStaff(api.server.orm);
  (api.server.deps.events as DomainEvents).subscribe((e) => events.push(e));
});
afterEach(() => closeSockets());
afterAll(async () => api?.close());

async function conversationOf(who: Someone, matchId: string): Promise<ConversationOut | undefined> {
  const result = await api.gql<{ conversations: ConversationOut[] }>(CONVERSATIONS, {}, who);
  expect(result.errors).toBeUndefined();
  return result.data!.conversations.find((c) => c.matchId === matchId);
}

async function invited(): Promise<{ rose: Someone; mentor: Someone; matchId: string; requestId: string }> {
  const rose = await makeEntrepreneur(api.server.orm);
  const mentor = await makeSupporter(api.server.orm);
  const { requestId, demands } = await makeRequest(api.server.orm, rose.id);
  const made = await api.gql<{ matchByHand: { id: string } }>(
    BY_HAND,
    { d: demands.MENTOR, s: mentor.id },
    coordinator,
  );
  expect(made.errors).toBeUndefined();
  return { rose, mentor, matchId: made.data!.matchByHand.id, requestId };
}

describe('conversations of matches', () => {
  test('accepting opens one conversation for the two of them; completing makes it read-only', async () => {
    const { rose, mentor, matchId } = await invited();
    expect(await conversationOf(rose, matchId)).toBeUndefined();

    const accepted = await api.gql(
      'mutation($id: ID!) { acceptInvitation(matchId: $id) { status } }',
      { id: matchId },
      mentor,
    );
    expect(accepted.errors).toBeUndefined();
    const hers = await conversationOf(rose, matchId);
    const his = await conversationOf(mentor, matchId);
    expect(hers).toMatchObject({ matchId, closedAt: null });
    expect(his?.id).toBe(hers?.id);
    const stranger = await makeEntrepreneur(api.server.orm);
    expect(await conversationOf(stranger, matchId)).toBeUndefined();

    const done = await api.gql(
      'mutation($id: ID!) { completeMatch(matchId: $id, outcome: GOALS_MET) { status } }',
      { id: matchId },
      rose,
    );
    expect(done.errors).toBeUndefined();
    expect((await conversationOf(mentor, matchId))?.closedAt).not.toBeNull();
  });

  test('withdrawing her request closes the conversation of its active match', async () => {
    const { rose, mentor, matchId, requestId } = await invited();
    await api.gql('mutation($id: ID!) { acceptInvitation(matchId: $id) { status } }', { id: matchId }, mentor);
    const withdrawn = await api.gql(
      'mutation($id: ID!) { withdrawSupportRequest(id: $id) { status } }',
      { id: requestId },
      rose,
    );
    expect(withdrawn.errors).toBeUndefined();
    expect((await conversationOf(rose, matchId))?.closedAt).not.toBeNull();
  });
});

describe('blocks from the chat', () => {
  test('after she blocks him, nobody can match them, by hand or in a round', async () => {
    const rose = await makeEntrepreneur(api.server.orm, { countryOfResidence: 'BZ', city: 'Dangriga' });
    const mentor = await makeSupporter(api.server.orm, { country: 'BZ', city: 'Dangriga' });
    const { demands } = await makeRequest(api.server.orm, rose.id);
    const blocked = await api.gql('mutation($id: ID!) { blockUser(userId: $id) { userId } }', { id: mentor.id }, rose);
    expect(blocked.errors).toBeUndefined();

    const byHand = await api.gql(BY_HAND, { d: demands.MENTOR, s: mentor.id }, coordinator);
    expect(errorCodes(byHand)).toEqual(['CONFLICT']);
    expect(byHand.errors?.[0]?.extensions?.params).toEqual({ failed: ['BLOCKED'] });

    const recommendations = await api.gql<{
      recommendations: { recommendations: { supporter: { userId: string } }[] };
    }>(
      'query($id: ID!) { recommendations(demandId: $id) { recommendations { supporter { userId } } } }',
      { id: demands.MENTOR },
      rose,
    );
    expect(recommendations.data!.recommendations.recommendations.map((r) => r.supporter.userId)).not.toContain(
      mentor.id,
    );
    const round = await api.gql<{ runMatchingRound: { id: string } }>(
      'mutation { runMatchingRound(input: { dryRun: true, countries: [BZ] }) { id } }',
      {},
      coordinator,
    );
    const proposals = await api.gql<{ proposals: { demandId: string; supporter: { userId: string } }[] }>(
      'query($id: ID!) { proposals(roundId: $id) { demandId supporter { userId } } }',
      { id: round.data!.runMatchingRound.id },
      coordinator,
    );
    expect(
      proposals.data!.proposals.filter((p) => p.demandId === demands.MENTOR && p.supporter.userId === mentor.id),
    ).toEqual([]);
  });
});

describe('live updates', () => {
  test('events go out after commit, and both people hear of the invitation and its acceptance', async () => {
    const rose = await makeEntrepreneur(api.server.orm);
    const mentor = await makeSupporter(api.server.orm);
    const { demands } = await makeRequest(api.server.orm, rose.id);
    const roseSocket = await connectAs(api, rose.token);
    const mentorSocket = await connectAs(api, mentor.token);
    const invitation = nextEvent(mentorSocket, 'match:changed', (c) => c.status === 'APPROVED');
    const before = events.length;
    const made = await api.gql<{ matchByHand: { id: string } }>(
      BY_HAND,
      { d: demands.MENTOR, s: mentor.id },
      coordinator,
    );
    const matchId = made.data!.matchByHand.id;
    expect(await invitation).toEqual({ matchId, status: 'APPROVED' });
    // Other events (the supporter's notification) may go out with them; the match's own come in order.
    const changes = events.slice(before).filter((e) => e.type === 'match.changed' && e.matchId === matchId);
    expect(changes.map((e) => e.type === 'match.changed' && e.to)).toEqual(['PROPOSED', 'APPROVED']);

    const active = nextEvent(roseSocket, 'match:changed', (c) => c.status === 'ACTIVE');
    const opened = nextEvent(roseSocket, 'conversation:opened', (c) => c.matchId === matchId);
    await api.gql('mutation($id: ID!) { acceptInvitation(matchId: $id) { status } }', { id: matchId }, mentor);
    expect(await active).toEqual({ matchId, status: 'ACTIVE' });
    expect((await opened).memberIds.sort()).toEqual([rose.id, mentor.id].sort());

    const coordinatorSocket = await connectAs(api, coordinator.token);
    const finished = nextEvent(coordinatorSocket, 'round:completed');
    const round = await api.gql<{ runMatchingRound: { id: string } }>(
      'mutation { runMatchingRound(input: { dryRun: true }) { id } }',
      {},
      coordinator,
    );
    expect(await finished).toEqual({ roundId: round.data!.runMatchingRound.id, dryRun: true });
  });
});
