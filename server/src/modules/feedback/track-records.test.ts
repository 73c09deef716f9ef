// A supporter's reliability in the matching score, read from the database: entrepreneurs' ratings and
// matches seen through raise it, matches dropped lower it, someone new stands at the network's mean.
import { trackRecordOf as pureTrackRecordOf, networkPrior } from '@aliadas/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import {
  makeEntrepreneur,
  makeMatchIn,
  makeRequest,
  makeStaff,
  makeSupporter,
  type Someone,
} from '../matching/matching.factories.js';
import { matchOf } from '../privacy/privacy.factories.js';
import { loadSupporterHistories, loadTrackRecords } from './track-records.js';

const GIVE = 'mutation($id: ID!, $input: FeedbackInput!) { giveFeedback(matchId: $id, input: $input) { id } }';
const COMPLETE = 'mutation($id: ID!) { completeMatch(matchId: $id, outcome: GOALS_MET) { status } }';
const WITHDRAW = 'mutation($id: ID!, $r: MatchReasonCode!) { withdrawMatch(matchId: $id, reason: $r) { status } }';
const RECOMMENDATIONS = `query($id: ID!) { recommendations(demandId: $id, limit: 50) {
  recommendations { score supporter { userId } reasons { code params } } } }`;

interface Recommended {
  score: number;
  supporter: { userId: string };
  reasons: { code: string; params: Record<string, unknown> }[];
}

let api: TestServer;
let coordinator: Someone;
beforeAll(async () => {
  api = await startTestServer();
  coordinator = await makeStaff(api.server.orm);
});
afterAll(async () => api?.close());

async function ok(result: Promise<{ errors?: unknown }>) {
  expect((await result).errors).toBeUndefined();
}

/** A match with this supporter that she sees through (or walks away from), rated by the entrepreneur. */
async function history(supporter: Someone, how: 'COMPLETED' | 'WALKED_AWAY', rating: number) {
  const { entrepreneur, matchId } = await matchOf(api, coordinator, { supporter });
  if (how === 'COMPLETED') await ok(api.gql(COMPLETE, { id: matchId }, supporter));
  else await ok(api.gql(WITHDRAW, { id: matchId, r: 'PERSONAL_REASONS' }, supporter));
  await ok(
    api.gql(GIVE, { id: matchId, input: { rating, outcome: rating >= 4 ? 'GOALS_MET' : 'NOT_MET' } }, entrepreneur),
  );
}

describe('reliability in the matching score', () => {
  test('all else equal, the supporter who kept her word ranks above a new one, who ranks above one who did not', async () => {
    const reliable = await makeSupporter(api.server.orm);
    const unreliable = await makeSupporter(api.server.orm);
    const newcomer = await makeSupporter(api.server.orm);
    await history(reliable, 'COMPLETED', 5);
    await history(reliable, 'COMPLETED', 4);
    await history(unreliable, 'WALKED_AWAY', 2);
    await history(unreliable, 'WALKED_AWAY', 1);

    // The figures, worked out from the sums: reliable 9 points over 2 ratings (7 / 4 = 1.75 points) and
    // 2 seen through; unreliable 3 over 2 (1 / 4 = 0.25 points) and 2 walked away from.
    const em = api.server.orm.em.fork();
    const histories = await loadSupporterHistories(em);
    expect(histories.get(reliable.id)).toEqual({ ratingSum: 9, ratingCount: 2, completed: 2, dropped: 0 });
    expect(histories.get(unreliable.id)).toEqual({ ratingSum: 3, ratingCount: 2, completed: 0, dropped: 2 });
    expect(histories.has(newcomer.id)).toBe(false);
    const records = await loadTrackRecords(em, [reliable.id, unreliable.id, newcomer.id]);
    const prior = networkPrior(histories.values());
    expect(prior.rating).toBeCloseTo((3 * 0.75 + 1.75 + 0.25) / (3 + 4), 12);
    expect(prior.followThrough).toBeCloseTo((3 * 0.8 + 2) / (3 + 4), 12);
    expect(records.get(newcomer.id)).toEqual(
      pureTrackRecordOf({ ratingSum: 0, ratingCount: 0, completed: 0, dropped: 0 }, prior),
    );
    expect(records.get(newcomer.id)!.reliability).toBeCloseTo((prior.rating + prior.followThrough) / 2, 12);

    const entrepreneur = await makeEntrepreneur(api.server.orm);
    const { demands } = await makeRequest(api.server.orm, entrepreneur.id);
    const result = await api.gql<{ recommendations: { recommendations: Recommended[] } }>(
      RECOMMENDATIONS,
      { id: demands.MENTOR },
      coordinator,
    );
    expect(result.errors).toBeUndefined();
    const ranked = result.data!.recommendations.recommendations.filter((r) =>
      [reliable.id, unreliable.id, newcomer.id].includes(r.supporter.userId),
    );
    expect(ranked.map((r) => r.supporter.userId)).toEqual([reliable.id, newcomer.id, unreliable.id]);
    // The gap is the reliability term alone: the three are otherwise the same.
    expect(ranked[0]!.score - ranked[2]!.score).toBeCloseTo(
      8 * (records.get(reliable.id)!.reliability - records.get(unreliable.id)!.reliability),
      9,
    );
    const reasonOf = (r: Recommended) => r.reasons.find((x) => ['TRACK_RECORD', 'NEW_SUPPORTER'].includes(x.code));
    expect(reasonOf(ranked[0]!)).toEqual({ code: 'TRACK_RECORD', params: { completed: 2 } });
    expect(reasonOf(ranked[1]!)).toEqual({ code: 'NEW_SUPPORTER', params: {} });
    // No reason ever carries a rating.
    for (const r of ranked) for (const reason of r.reasons) expect(Object.keys(reason.params)).not.toContain('rating');
  });

  test('a clear no to an invitation is not held against her; an invitation left to expire is', async () => {
    const em = api.server.orm.em.fork();
    const before = await loadSupporterHistories(em);
    const decliner = await makeSupporter(api.server.orm);
    const { matchId } = await matchOf(api, coordinator, { supporter: decliner, accept: false });
    await ok(
      api.gql(
        'mutation($id: ID!) { declineInvitation(matchId: $id, reason: NO_TIME) { status } }',
        { id: matchId },
        decliner,
      ),
    );
    const after = await loadSupporterHistories(api.server.orm.em.fork());
    expect(after.get(decliner.id)).toBeUndefined();
    expect(after.size).toBe(before.size);

    const silent = await makeSupporter(api.server.orm);
    const entrepreneur = await makeEntrepreneur(api.server.orm);
    const { demands } = await makeRequest(api.server.orm, entrepreneur.id);
    await makeMatchIn(api.server.orm, 'EXPIRED', {
      entrepreneurId: entrepreneur.id,
      supporterId: silent.id,
      demandId: demands.MENTOR!,
    });
    const expired = await loadSupporterHistories(api.server.orm.em.fork());
    expect(expired.get(silent.id)).toEqual({ ratingSum: 0, ratingCount: 0, completed: 0, dropped: 1 });
  });
});
