// Feedback at the end of a match: asked of both when it ends, given once per side by the two people
// only, after the end, within bounds; the other person never reads it, staff do.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { errorCodes, startTestServer, type TestServer } from '../../test-support/test-server.js';
import { MatchTransition } from '../matching/match-transition.entity.js';
import { Match } from '../matching/match.entity.js';
import {
  makeEntrepreneur,
  makeRequest,
  makeStaff,
  makeSupporter,
  type Someone,
} from '../matching/matching.factories.js';
import { Notification } from '../notifications/notification.entity.js';
import { matchOf } from '../privacy/privacy.factories.js';
import { Feedback } from './feedback.entity.js';

const FEEDBACK = 'id matchId side rating outcome comment';
const GIVE = `mutation($id: ID!, $input: FeedbackInput!) { giveFeedback(matchId: $id, input: $input) { ${FEEDBACK} } }`;
const MINE = `query($id: ID!) { myFeedback(matchId: $id) { ${FEEDBACK} } }`;
const REQUESTS = `query { feedbackRequests { matchId kind side partnerName endedAt openUntil given { ${FEEDBACK} } } }`;
const OF_MATCH = `query($id: ID!) { matchFeedback(matchId: $id) { ${FEEDBACK} } }`;
const COMPLETE = 'mutation($id: ID!) { completeMatch(matchId: $id, outcome: GOALS_MET) { status } }';
const WITHDRAW = 'mutation($id: ID!, $r: MatchReasonCode!) { withdrawMatch(matchId: $id, reason: $r) { status } }';

interface FeedbackShape {
  id: string;
  matchId: string;
  side: string;
  rating: number;
  outcome: string;
  comment: string | null;
}
interface RequestShape {
  matchId: string;
  kind: string;
  side: string;
  partnerName: string;
  endedAt: string;
  openUntil: string;
  given: FeedbackShape | null;
}

let api: TestServer;
let coordinator: Someone;
beforeAll(async () => {
  api = await startTestServer();
  coordinator = await makeStaff(api.server.orm);
});
afterAll(async () => api?.close());

async function ended(how: 'COMPLETED' | 'WITHDRAWN' = 'COMPLETED') {
  const match = await matchOf(api, coordinator, { kind: 'MENTOR' });
  const result =
    how === 'COMPLETED'
      ? await api.gql(COMPLETE, { id: match.matchId }, match.supporter)
      : await api.gql(WITHDRAW, { id: match.matchId, r: 'PERSONAL_REASONS' }, match.entrepreneur);
  expect(result.errors).toBeUndefined();
  return match;
}

async function give(who: Someone, matchId: string, input: Record<string, unknown>) {
  return api.gql<{ giveFeedback: FeedbackShape }>(GIVE, { id: matchId, input }, who);
}

async function notificationsOf(userId: string) {
  const em = api.server.orm.em.fork();
  return em.find(Notification, { recipient: userId, kind: 'MATCH_FEEDBACK_REQUESTED' });
}

describe('asking for feedback', () => {
  test.each(['COMPLETED', 'WITHDRAWN'] as const)(
    'a match that ends %s after being active asks both people, linking to the form',
    async (how) => {
      const { entrepreneur, supporter, matchId } = await ended(how);
      for (const person of [entrepreneur, supporter]) {
        const notes = await notificationsOf(person.id);
        expect(notes.map((n) => [n.link, n.params])).toEqual([[`/feedback/${matchId}`, { kind: 'MENTOR' }]]);
        const requests = await api.gql<{ feedbackRequests: RequestShape[] }>(REQUESTS, {}, person);
        expect(requests.errors).toBeUndefined();
        expect(requests.data!.feedbackRequests).toEqual([
          expect.objectContaining({
            matchId,
            kind: 'MENTOR',
            side: person === entrepreneur ? 'ENTREPRENEUR' : 'SUPPORTER',
            given: null,
          }),
        ]);
      }
    },
  );

  test('withdrawing her whole request ends an active match and asks both too', async () => {
    const { entrepreneur, supporter, matchId, requestId } = await matchOf(api, coordinator);
    const withdrawn = await api.gql(
      'mutation($id: ID!) { withdrawSupportRequest(id: $id) { status } }',
      { id: requestId },
      entrepreneur,
    );
    expect(withdrawn.errors).toBeUndefined();
    for (const person of [entrepreneur, supporter]) {
      expect((await notificationsOf(person.id)).map((n) => n.link)).toEqual([`/feedback/${matchId}`]);
    }
  });

  test('an invitation withdrawn before the two worked together asks nobody and takes no feedback', async () => {
    const { entrepreneur, supporter, matchId } = await matchOf(api, coordinator, { accept: false });
    const withdrawn = await api.gql(WITHDRAW, { id: matchId, r: 'NO_LONGER_NEEDED' }, entrepreneur);
    expect(withdrawn.errors).toBeUndefined();
    expect(await notificationsOf(entrepreneur.id)).toEqual([]);
    expect(await notificationsOf(supporter.id)).toEqual([]);
    const refused = await give(entrepreneur, matchId, { rating: 3, outcome: 'NOT_MET' });
    expect(errorCodes(refused)).toEqual(['CONFLICT']);
    expect(refused.errors?.[0]?.extensions?.key).toBe('feedback.matchNotEnded');
  });
});

describe('giving feedback', () => {
  test('each side gives its own; the other person never reads it, staff read both with comments', async () => {
    const { entrepreneur, supporter, matchId } = await ended();
    const hers = await give(entrepreneur, matchId, {
      rating: 2,
      outcome: 'PARTLY_MET',
      comment: '  She was often late.  ',
    });
    expect(hers.errors).toBeUndefined();
    expect(hers.data!.giveFeedback).toMatchObject({
      matchId,
      side: 'ENTREPRENEUR',
      rating: 2,
      outcome: 'PARTLY_MET',
      comment: 'She was often late.',
    });

    // The supporter reads only her own (none yet), and her request shows nothing of the other side.
    const supporterView = await api.gql<{ myFeedback: FeedbackShape | null }>(MINE, { id: matchId }, supporter);
    expect(supporterView.errors).toBeUndefined();
    expect(supporterView.data!.myFeedback).toBeNull();
    const supporterRequests = await api.gql<{ feedbackRequests: RequestShape[] }>(REQUESTS, {}, supporter);
    expect(supporterRequests.data!.feedbackRequests.find((r) => r.matchId === matchId)?.given).toBeNull();
    expect(errorCodes(await api.gql(OF_MATCH, { id: matchId }, supporter))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await api.gql(OF_MATCH, { id: matchId }, entrepreneur))).toEqual(['FORBIDDEN']);

    const mine = await give(supporter, matchId, { rating: 5, outcome: 'GOALS_MET' });
    expect(mine.data!.giveFeedback).toMatchObject({ side: 'SUPPORTER', rating: 5, comment: null });
    const entrepreneurView = await api.gql<{ myFeedback: FeedbackShape }>(MINE, { id: matchId }, entrepreneur);
    expect(entrepreneurView.data!.myFeedback).toMatchObject({ side: 'ENTREPRENEUR', rating: 2 });

    const staff = await api.gql<{ matchFeedback: FeedbackShape[] }>(OF_MATCH, { id: matchId }, coordinator);
    expect(staff.errors).toBeUndefined();
    expect(staff.data!.matchFeedback.map((f) => [f.side, f.rating, f.outcome, f.comment])).toEqual([
      ['ENTREPRENEUR', 2, 'PARTLY_MET', 'She was often late.'],
      ['SUPPORTER', 5, 'GOALS_MET', null],
    ]);
  });

  test('once per side: giving it again changes it', async () => {
    const { entrepreneur, matchId } = await ended();
    const first = await give(entrepreneur, matchId, { rating: 4, outcome: 'GOALS_MET', comment: 'Good' });
    const second = await give(entrepreneur, matchId, { rating: 3, outcome: 'PARTLY_MET' });
    expect(second.errors).toBeUndefined();
    expect(second.data!.giveFeedback).toMatchObject({ id: first.data!.giveFeedback.id, rating: 3, comment: null });
    const em = api.server.orm.em.fork();
    expect(await em.count(Feedback, { match: matchId })).toBe(1);
    const requests = await api.gql<{ feedbackRequests: RequestShape[] }>(REQUESTS, {}, entrepreneur);
    expect(requests.data!.feedbackRequests.find((r) => r.matchId === matchId)?.given).toMatchObject({
      rating: 3,
      outcome: 'PARTLY_MET',
    });
  });

  test('only the two people of the match: anyone else is told it does not exist, staff may not rate', async () => {
    const { matchId } = await ended();
    const stranger = await makeEntrepreneur(api.server.orm);
    const otherMentor = await makeSupporter(api.server.orm);
    for (const who of [stranger, otherMentor]) {
      expect(errorCodes(await give(who, matchId, { rating: 5, outcome: 'GOALS_MET' }))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await api.gql(MINE, { id: matchId }, who))).toEqual(['NOT_FOUND']);
    }
    expect(errorCodes(await give(coordinator, matchId, { rating: 5, outcome: 'GOALS_MET' }))).toEqual(['FORBIDDEN']);
  });

  test('only after the end', async () => {
    const { entrepreneur, supporter, matchId } = await matchOf(api, coordinator);
    for (const who of [entrepreneur, supporter]) {
      const refused = await give(who, matchId, { rating: 5, outcome: 'GOALS_MET' });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', key: 'feedback.matchNotEnded' });
    }
    const requests = await api.gql<{ feedbackRequests: RequestShape[] }>(REQUESTS, {}, entrepreneur);
    expect(requests.data!.feedbackRequests).toEqual([]);
  });

  test('and for 30 days after it', async () => {
    const { entrepreneur, matchId } = await ended();
    const em = api.server.orm.em.fork();
    const end = await em.findOneOrFail(MatchTransition, { match: matchId, toStatus: 'COMPLETED' });
    end.at = new Date(Date.now() - 31 * 86_400_000);
    await em.flush();
    const refused = await give(entrepreneur, matchId, { rating: 5, outcome: 'GOALS_MET' });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', key: 'feedback.windowClosed' });
    const requests = await api.gql<{ feedbackRequests: RequestShape[] }>(REQUESTS, {}, entrepreneur);
    expect(requests.data!.feedbackRequests.map((r) => r.matchId)).not.toContain(matchId);
  });

  test.each([0, 6, 2.5, -1])('a rating of %s is refused', async (rating) => {
    const { entrepreneur, matchId } = await ended();
    expect(errorCodes(await give(entrepreneur, matchId, { rating, outcome: 'GOALS_MET' }))).toEqual(['BAD_USER_INPUT']);
    expect(await api.server.orm.em.fork().count(Feedback, { match: matchId })).toBe(0);
  });

  test('a comment is bounded, in characters', async () => {
    const { entrepreneur, matchId } = await ended();
    const tooLong = await give(entrepreneur, matchId, { rating: 4, outcome: 'GOALS_MET', comment: 'é'.repeat(501) });
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', key: 'feedback.commentTooLong' });
    const emoji = await give(entrepreneur, matchId, { rating: 4, outcome: 'GOALS_MET', comment: '👍'.repeat(500) });
    expect(emoji.errors).toBeUndefined();
    const way = await give(entrepreneur, matchId, { rating: 4, outcome: 'GOALS_MET', comment: 'x'.repeat(5000) });
    expect(errorCodes(way)).toEqual(['BAD_USER_INPUT']);
  });

  test('a conduct problem keeps the two apart from then on', async () => {
    const { entrepreneur, supporter, matchId } = await ended();
    const given = await give(entrepreneur, matchId, { rating: 1, outcome: 'CONDUCT_PROBLEM' });
    expect(given.errors).toBeUndefined();
    const em = api.server.orm.em.fork();
    expect((await em.findOneOrFail(Match, { id: matchId })).endedBadly).toBe(true);
    const { demands } = await makeRequest(api.server.orm, entrepreneur.id);
    const again = await api.gql(
      'mutation($d: ID!, $s: ID!) { matchByHand(demandId: $d, supporterUserId: $s, reason: "r") { id } }',
      { d: demands.MENTOR, s: supporter.id },
      coordinator,
    );
    expect(again.errors?.[0]?.extensions?.params).toMatchObject({ failed: ['ENDED_BADLY'] });
  });
});
