// The coordinator who starts a round hears its progress live, step by step, under the id the round is
// stored with; nobody else does.
import type { RoundProgress } from '@aliadas/shared';
import { ROUND_PHASES } from '@aliadas/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { closeSockets, collect, connectAs, nextEvent } from '../../test-support/chat.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { makeEntrepreneur, makeRequest, makeStaff, makeSupporter, type Someone } from './matching.factories.js';

const ROUND = 'mutation($input: RunMatchingRoundInput!) { runMatchingRound(input: $input) { id matchedCount } }';

let api: TestServer;
let coordinator: Someone;
let otherCoordinator: Someone;
beforeAll(async () => {
  api = await startTestServer();
  coordinator = await makeStaff(api.server.orm);
  otherCoordinator = await makeStaff(api.server.orm);
  for (let i = 0; i < 6; i++) await makeSupporter(api.server.orm, { country: 'DO', city: 'Santiago' });
  for (let i = 0; i < 30; i++) {
    const woman = await makeEntrepreneur(api.server.orm, { countryOfResidence: 'DO', city: 'Santiago' });
    await makeRequest(api.server.orm, woman.id, ['BUSINESS_PLAN']);
  }
});
afterAll(async () => {
  closeSockets();
  await api?.close();
});

describe('round progress', () => {
  test('reaches the coordinator who started the round, phase by phase, then the round completes', async () => {
    const mine = await connectAs(api, coordinator.token);
    const theirs = await connectAs(api, otherCoordinator.token);
    const progress = collect(mine, 'round:progress');
    const overheard = collect(theirs, 'round:progress');
    const completed = nextEvent(mine, 'round:completed');

    const result = await api.gql<{ runMatchingRound: { id: string; matchedCount: number } }>(
      ROUND,
      { input: { dryRun: true, countries: ['DO'] } },
      coordinator,
    );
    expect(result.errors).toBeUndefined();
    const roundId = result.data!.runMatchingRound.id;
    expect(result.data!.runMatchingRound.matchedCount).toBe(18); // six mentors with three seats each
    expect(await completed).toEqual({ roundId, dryRun: true });

    // The events travel apart from the HTTP answer: wait until the last step is in.
    const deadline = Date.now() + 5000;
    while (!progress.some((p) => p.phase === 'STORING') && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(new Set(progress.map((p) => p.roundId))).toEqual(new Set([roundId]));
    const phases = progress.map((p) => p.phase);
    expect([...new Set(phases)]).toEqual([...ROUND_PHASES]);
    // Phases never go back, and within a phase the fraction only grows, from 0 to 1.
    const rank = (p: RoundProgress): number => ROUND_PHASES.indexOf(p.phase);
    progress.forEach((p, i) => {
      expect(p.fraction).toBeGreaterThanOrEqual(0);
      expect(p.fraction).toBeLessThanOrEqual(1);
      const before = progress[i - 1];
      if (before) {
        expect(rank(p)).toBeGreaterThanOrEqual(rank(before));
        if (rank(p) === rank(before)) expect(p.fraction).toBeGreaterThanOrEqual(before.fraction);
      }
    });
    for (const phase of ['LOADING', 'SCORING', 'SOLVING', 'EXPLAINING'] as const) {
      expect(progress.filter((p) => p.phase === phase).at(-1)?.fraction, phase).toBe(1);
    }
    expect(overheard).toEqual([]);
  });
});
