// A real round on the demo network: every proposal passes every hard constraint of the engine, no
// supporter is proposed beyond her capacity, and the unmatched demands are counted per reason.
import { checkPair } from '@aliadas/shared';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { seedDemoNetwork, seedDemoSupportRequests } from '../../db/seed.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { EntrepreneurProfile } from '../profiles/entrepreneur-profile.entity.js';
import { SupporterProfile } from '../profiles/supporter-profile.entity.js';
import { Demand } from './demand.entity.js';
import { Match } from './match.entity.js';
import { demandCandidate, loadPairHistory, supporterCandidate } from './matching.candidates.js';
import { NO_BLOCKS } from './matching.hooks.js';
import { makeStaff } from './matching.factories.js';

interface RoundOut {
  id: string;
  demandCount: number;
  matchedCount: number;
  unmatchedCount: number;
  objective: number;
  unmatchedCounts: { code: string; count: number }[];
  unmatched: { demandId: string; why: { code: string } }[];
}

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
  await seedDemoNetwork(api.server.orm.em.fork());
}, 120_000);
afterAll(async () => api?.close());

test('the demo requests are deterministic and split into demands', async () => {
  const counts = await seedDemoSupportRequests(api.server.orm.em.fork(), new Date('2026-03-01T12:00:00Z'));
  expect(counts.requests).toBeGreaterThan(100);
  expect(counts.demands).toBeGreaterThanOrEqual(counts.requests);
  expect(await api.server.orm.em.fork().count(Demand, { status: 'OPEN' })).toBe(counts.demands);
});

test('a round on the demo data breaks no hard constraint', async () => {
  const coordinator = await makeStaff(api.server.orm);
  const result = await api.gql<{ runMatchingRound: RoundOut }>(
    `mutation { runMatchingRound(input: { dryRun: false }) {
      id demandCount matchedCount unmatchedCount objective unmatchedCounts { code count } unmatched { demandId why { code } } } }`,
    {},
    coordinator,
  );
  expect(result.errors).toBeUndefined();
  const round = result.data!.runMatchingRound;
  expect(round.matchedCount).toBeGreaterThan(50);
  expect(round.matchedCount + round.unmatchedCount).toBe(round.demandCount);
  expect(round.unmatchedCounts.reduce((sum, c) => sum + c.count, 0)).toBe(round.unmatchedCount);
  expect(round.unmatched).toHaveLength(round.unmatchedCount);

  const em = api.server.orm.em.fork();
  const matches = await em.find(Match, { round: round.id }, { populate: ['demand.request', 'entrepreneur'] });
  expect(matches).toHaveLength(round.matchedCount);
  expect(matches.every((m) => m.status === 'PROPOSED')).toBe(true);
  expect(matches.reduce((sum, m) => sum + m.score, 0)).toBeCloseTo(round.objective, 6);

  const entrepreneurs = new Map((await em.find(EntrepreneurProfile, {})).map((p) => [p.user.id, p] as const));
  const supporters = new Map((await em.find(SupporterProfile, {})).map((p) => [p.user.id, p] as const));
  const history = await loadPairHistory(em, NO_BLOCKS);
  const now = new Date();
  const proposedTo = new Map<string, number>();
  const demandsSeen = new Set<string>();
  for (const match of matches) {
    const profile = supporters.get(match.supporter.id)!;
    // Nobody held a seat before this round, so her load before it was zero.
    const check = checkPair(
      demandCandidate(match.demand, entrepreneurs.get(match.entrepreneur.id)!, now),
      supporterCandidate(profile, 0),
      history,
    );
    expect(check, `match ${match.id}`).toEqual({ feasible: true });
    expect(profile.supportKinds).toContain(match.kind);
    proposedTo.set(profile.user.id, (proposedTo.get(profile.user.id) ?? 0) + 1);
    expect(demandsSeen.has(match.demand.id)).toBe(false);
    demandsSeen.add(match.demand.id);
  }
  for (const [userId, count] of proposedTo) {
    expect(count, `supporter ${userId}`).toBeLessThanOrEqual(supporters.get(userId)!.capacity);
  }
});
