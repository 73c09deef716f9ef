// A supporter who declined a woman's demand, was rejected for it by a coordinator, let the invitation
// expire or withdrew is not put to that demand again: not by the next round, not in her recommendations,
// not by a swap or by hand. Other demands (hers or another woman's) are not affected.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { errorCodes, startTestServer, type TestServer } from '../../test-support/test-server.js';
import type { MatchStatus } from './match-lifecycle.js';
import {
  makeEntrepreneur,
  makeMatchIn,
  makeRequest,
  makeStaff,
  makeSupporter,
  type Someone,
} from './matching.factories.js';

interface Proposal {
  matchId: string;
  demandId: string;
  supporter: { userId: string };
}
interface Round {
  id: string;
  matchedCount: number;
  unmatched: { demandId: string; why: { code: string; failedCounts: Record<string, number> } }[];
}

const ROUND = `mutation($input: RunMatchingRoundInput!) { runMatchingRound(input: $input) {
  id matchedCount unmatched { demandId why { code failedCounts } } } }`;
const PROPOSALS = 'query($id: ID!) { proposals(roundId: $id) { matchId demandId supporter { userId } } }';
const APPROVE = 'mutation($id: ID!) { approveProposal(matchId: $id) { id } }';
const REJECT = 'mutation($id: ID!) { rejectProposal(matchId: $id, reason: BETTER_CANDIDATE) { id status } }';
const DECLINE = 'mutation($id: ID!) { declineInvitation(matchId: $id, reason: NO_TIME) { id status } }';
const SWAP = 'mutation($id: ID!, $s: ID!) { swapProposal(matchId: $id, supporterUserId: $s) { id } }';
const BY_HAND = 'mutation($d: ID!, $s: ID!) { matchByHand(demandId: $d, supporterUserId: $s, reason: "r") { id } }';
const RECOMMEND = `query($id: ID!) { recommendations(demandId: $id) {
  recommendations { supporter { userId } } blockedBy { code } } }`;
const OPEN_DEMANDS =
  'query($filter: DemandFilterInput) { openDemands(filter: $filter) { demand { id } why { code } } }';

// French speakers in Belize: nobody else in this file's database speaks French, so they are alone.
const COUNTRY = 'BZ' as const;
const FRENCH = { languages: [{ language: 'fr' as const, level: 'NATIVE' as const }] };

let api: TestServer;
let coordinator: Someone;
beforeAll(async () => {
  api = await startTestServer();
  coordinator = await makeStaff(api.server.orm);
});
afterAll(async () => api?.close());

async function ok<T>(query: string, variables: Record<string, unknown>, who: Someone): Promise<T> {
  const result = await api.gql<T>(query, variables, who);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}

async function round(): Promise<{ round: Round; proposals: Proposal[] }> {
  const done = await ok<{ runMatchingRound: Round }>(
    ROUND,
    { input: { dryRun: false, countries: [COUNTRY], kinds: ['MENTOR'] } },
    coordinator,
  );
  const { proposals } = await ok<{ proposals: Proposal[] }>(PROPOSALS, { id: done.runMatchingRound.id }, coordinator);
  return { round: done.runMatchingRound, proposals };
}

async function recommended(demandId: string, who: Someone): Promise<{ ids: string[]; blockedBy: string | null }> {
  const { recommendations } = await ok<{
    recommendations: { recommendations: { supporter: { userId: string } }[]; blockedBy: { code: string } | null };
  }>(RECOMMEND, { id: demandId }, who);
  return {
    ids: recommendations.recommendations.map((r) => r.supporter.userId),
    blockedBy: recommendations.blockedBy?.code ?? null,
  };
}

describe('a supporter turned down for a demand', () => {
  test('is not proposed for it again, by a round, a recommendation, a swap or by hand', async () => {
    const mentors = [];
    for (let i = 0; i < 3; i++) mentors.push(await makeSupporter(api.server.orm, { ...FRENCH, country: COUNTRY }));
    const rose = await makeEntrepreneur(api.server.orm, { ...FRENCH, countryOfResidence: COUNTRY, city: 'Belmopan' });
    const demandId = (await makeRequest(api.server.orm, rose.id)).demands.MENTOR!;
    const mentorIds = mentors.map((m) => m.id);
    expect((await recommended(demandId, rose)).ids.sort()).toEqual([...mentorIds].sort());

    // 1. She is invited and declines: the next round proposes someone else.
    const first = (await round()).proposals.find((p) => p.demandId === demandId)!;
    const decliner = mentors.find((m) => m.id === first.supporter.userId)!;
    await ok(APPROVE, { id: first.matchId }, coordinator);
    await ok(DECLINE, { id: first.matchId }, decliner);

    // 2. A coordinator rejects the next proposal.
    const second = (await round()).proposals.find((p) => p.demandId === demandId)!;
    expect(second.supporter.userId).not.toBe(decliner.id);
    await ok(REJECT, { id: second.matchId }, coordinator);
    const rejected = second.supporter.userId;

    // Her recommendations leave both out; a swap or a match by hand back to them is refused.
    const last = mentorIds.find((id) => id !== decliner.id && id !== rejected)!;
    expect((await recommended(demandId, rose)).ids).toEqual([last]);
    const third = (await round()).proposals.find((p) => p.demandId === demandId)!;
    expect(third.supporter.userId).toBe(last);
    for (const back of [decliner.id, rejected]) {
      const swap = await api.gql(SWAP, { id: third.matchId, s: back }, coordinator);
      expect(errorCodes(swap)).toEqual(['CONFLICT']);
      expect(swap.errors?.[0]?.extensions?.params).toEqual({ failed: ['TURNED_DOWN_BEFORE'] });
    }
    await ok(REJECT, { id: third.matchId }, coordinator);
    const byHand = await api.gql(BY_HAND, { d: demandId, s: decliner.id }, coordinator);
    expect(byHand.errors?.[0]?.extensions?.params).toEqual({ failed: ['TURNED_DOWN_BEFORE'] });

    // 3. Everyone has been tried: the round says so, and so do her page and the coordinator's list.
    const { round: fourth, proposals } = await round();
    expect(proposals.find((p) => p.demandId === demandId)).toBeUndefined();
    const why = fourth.unmatched.find((u) => u.demandId === demandId)!.why;
    expect(why).toEqual({ code: 'TURNED_DOWN_BEFORE', failedCounts: { TURNED_DOWN_BEFORE: 3 } });
    expect(await recommended(demandId, rose)).toEqual({ ids: [], blockedBy: 'TURNED_DOWN_BEFORE' });
    const { openDemands } = await ok<{ openDemands: { demand: { id: string }; why: { code: string } }[] }>(
      OPEN_DEMANDS,
      { filter: { countries: [COUNTRY] } },
      coordinator,
    );
    expect(openDemands.find((o) => o.demand.id === demandId)?.why.code).toBe('TURNED_DOWN_BEFORE');

    // Another woman is still proposed to the same mentors.
    const lucia = await makeEntrepreneur(api.server.orm, { ...FRENCH, countryOfResidence: COUNTRY, city: 'Belmopan' });
    const hers = (await makeRequest(api.server.orm, lucia.id)).demands.MENTOR!;
    const forLucia = (await round()).proposals.find((p) => p.demandId === hers);
    expect(mentorIds).toContain(forLucia?.supporter.userId);
  });

  test.each<[MatchStatus, boolean]>([
    ['DECLINED', true],
    ['REJECTED', true],
    ['EXPIRED', true],
    ['WITHDRAWN', true],
    ['PROPOSED', false],
    ['APPROVED', false],
  ])('after a match %s, excluded for that demand: %s; never for her next request', async (status, excluded) => {
    const mentor = await makeSupporter(api.server.orm, { ...FRENCH, country: COUNTRY });
    const rose = await makeEntrepreneur(api.server.orm, {
      ...FRENCH,
      countryOfResidence: COUNTRY,
      city: 'Orange Walk',
    });
    const demandId = (await makeRequest(api.server.orm, rose.id)).demands.MENTOR!;
    await makeMatchIn(api.server.orm, status, { entrepreneurId: rose.id, supporterId: mentor.id, demandId });
    if (excluded) {
      expect((await recommended(demandId, rose)).ids).not.toContain(mentor.id);
      const byHand = await api.gql(BY_HAND, { d: demandId, s: mentor.id }, coordinator);
      expect(byHand.errors?.[0]?.extensions?.params).toEqual({ failed: ['TURNED_DOWN_BEFORE'] });
    }
    // A new request is a new demand: the mentor may be proposed for it.
    const next = (await makeRequest(api.server.orm, rose.id, ['MARKETING_SALES'])).demands.MENTOR!;
    expect((await recommended(next, rose)).ids).toContain(mentor.id);
  });
});
