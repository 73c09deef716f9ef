// The matching feature over GraphQL, as a client speaks to it: requests and their demands, ownership,
// recommendations, rounds (dry and real), curation, invitations and the support team.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { errorCodes, startTestServer, type TestServer } from '../../test-support/test-server.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { makeEntrepreneur, makeRequest, makeStaff, makeSupporter, type Someone } from './matching.factories.js';

interface ReasonOut {
  code: string;
  params: Record<string, unknown>;
  contribution?: number | null;
}
interface Party {
  userId: string;
  displayName?: string;
}
interface DemandOut {
  id: string;
  kind: string;
  needs: string[];
  status: string;
}
interface RequestOut {
  id: string;
  status: string;
  description: string | null;
  languages: { language: string; level: string }[];
  demands: DemandOut[];
}
interface HistoryOut {
  from: string | null;
  to: string;
  actorRole: string;
  actor: Party | null;
  reason: string | null;
  outcome: string | null;
  note: string | null;
}
interface MatchOut {
  id: string;
  status: string;
  kind: string;
  origin: string;
  invitationExpiresAt: string;
  entrepreneur: Party;
  supporter: Party;
  demand: DemandOut;
  reasons: ReasonOut[];
  history: HistoryOut[];
}
interface WhyOut {
  code: string;
  params: Record<string, unknown>;
  failedCounts: Record<string, number>;
}
interface RoundOut {
  id: string;
  organizationId: string | null;
  supporterCount: number;
  demandCount: number;
  dryRun: boolean;
  matchedCount: number;
  unmatchedCounts: { code: string; count: number }[];
  unmatched: { demandId: string; kind: string; why: WhyOut; feasibleCount: number }[];
  runBy: Party;
}
interface ProposalOut {
  matchId: string | null;
  status: string | null;
  demandId: string;
  kind: string;
  score: number;
  supporter: Party;
  reasons: ReasonOut[];
}
interface RecommendationsOut {
  demandId: string;
  feasibleCount: number;
  recommendations: { supporter: Party; score: number; reasons: ReasonOut[] }[];
  blockedBy: WhyOut | null;
}
interface OpenDemandOut {
  demand: DemandOut;
  entrepreneur: Party;
  feasibleCount: number;
  why: WhyOut;
}

/** A query string that knows the shape of its answer. */
type Op<T> = string & { readonly __result?: T };
const op = <T>(text: string): Op<T> => text;

const CREATE = op<{ createSupportRequest: RequestOut }>(`mutation($input: SupportRequestInput!) {
  createSupportRequest(input: $input) { id status needs urgency modality description languages { language level } demands { id kind needs status } }
}`);
const MINE = op<{ mySupportRequests: RequestOut[] }>(
  `query { mySupportRequests { id status demands { id kind status } } }`,
);
const WITHDRAW = op<{ withdrawSupportRequest: RequestOut }>(
  `mutation($id: ID!) { withdrawSupportRequest(id: $id) { id status demands { status } } }`,
);
const RECOMMEND = op<{ recommendations: RecommendationsOut }>(`query($id: ID!) { recommendations(demandId: $id) {
  demandId feasibleCount recommendations { supporter { userId displayName } score reasons { code params contribution } }
  blockedBy { code params failedCounts } } }`);
const ROUND = op<{
  runMatchingRound: RoundOut;
}>(`mutation($input: RunMatchingRoundInput!) { runMatchingRound(input: $input) {
  id dryRun objective demandCount supporterCount feasiblePairs matchedCount unmatchedCount
  unmatchedCounts { code count } unmatched { demandId kind why { code params failedCounts } feasibleCount }
  countries kinds organizationId runBy { userId } createdAt } }`);
const PROPOSALS = op<{
  proposals: ProposalOut[];
}>(`query($id: ID!) { proposals(roundId: $id) { matchId status demandId kind score
  entrepreneur { userId } supporter { userId } reasons { code params contribution } } }`);
const APPROVE = op<{ approveProposal: MatchOut }>(
  `mutation($id: ID!) { approveProposal(matchId: $id) { id status invitationExpiresAt approvedAt } }`,
);
const REJECT = op<{ rejectProposal: MatchOut }>(
  `mutation($id: ID!, $reason: MatchReasonCode!, $note: String) { rejectProposal(matchId: $id, reason: $reason, note: $note) { id status } }`,
);
const SWAP = op<{ swapProposal: MatchOut }>(
  `mutation($id: ID!, $s: ID!) { swapProposal(matchId: $id, supporterUserId: $s) { id status origin supporter { userId } reasons { code } } }`,
);
const BY_HAND = op<{
  matchByHand: MatchOut;
}>(`mutation($d: ID!, $s: ID!, $r: String!) { matchByHand(demandId: $d, supporterUserId: $s, reason: $r) {
  id status origin invitationExpiresAt history { from to actorRole note } } }`);
const INVITATIONS = op<{ myInvitations: MatchOut[] }>(
  `query { myInvitations { id status kind entrepreneur { userId displayName } reasons { code params } } }`,
);
const ACCEPT = op<{ acceptInvitation: MatchOut }>(
  `mutation($id: ID!) { acceptInvitation(matchId: $id) { id status history { from to actorRole } } }`,
);
const DECLINE = op<{ declineInvitation: MatchOut }>(
  `mutation($id: ID!, $reason: MatchReasonCode!, $note: String) { declineInvitation(matchId: $id, reason: $reason, note: $note) { id status } }`,
);
const MY_MATCHES = op<{
  myMatches: MatchOut[];
}>(`query($ended: Boolean) { myMatches(includeEnded: $ended) { id status kind score
  entrepreneur { userId } supporter { userId } demand { id status } reasons { code params }
  history { from to actorRole actor { userId } reason outcome note at } } }`);
const COMPLETE = op<{ completeMatch: MatchOut }>(
  `mutation($id: ID!, $o: MatchOutcome!, $note: String) { completeMatch(matchId: $id, outcome: $o, note: $note) { id status } }`,
);
const WITHDRAW_MATCH = op<{ withdrawMatch: MatchOut }>(
  `mutation($id: ID!, $r: MatchReasonCode!, $note: String) { withdrawMatch(matchId: $id, reason: $r, note: $note) { id status } }`,
);
const OPEN_DEMANDS = op<{
  openDemands: OpenDemandOut[];
}>(`query($filter: DemandFilterInput) { openDemands(filter: $filter) {
  demand { id kind status } entrepreneur { userId } countryOfResidence daysWaiting feasibleCount why { code params failedCounts } } }`);

let api: TestServer;
let coordinator: Someone;

beforeAll(async () => {
  api = await startTestServer({ logLevel: process.env.TEST_LOG_LEVEL ?? 'silent' });
  coordinator = await makeStaff(api.server.orm);
});
afterAll(async () => api?.close());

async function ok<T>(query: Op<T>, variables: Record<string, unknown>, who: { token: string }): Promise<T> {
  const result = await api.gql<T>(query, variables, who);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}

describe('support requests', () => {
  test('a request splits into one demand per kind; a need served by two kinds joins one of them', async () => {
    const rose = await makeEntrepreneur(api.server.orm);
    const data = await ok(
      CREATE,
      {
        input: {
          needs: ['REGULARIZATION', 'LABOR_RIGHTS', 'BUSINESS_FORMALIZATION', 'TAXES', 'SEED_CAPITAL', 'BUSINESS_PLAN'],
          urgency: 'HIGH',
          modality: 'CHAT',
          description: 'Vendo pupusas y quiero formalizar mi negocio.',
        },
      },
      rose,
    );
    const request = data.createSupportRequest;
    expect(request.status).toBe('OPEN');
    expect(request.languages).toEqual([{ language: 'es', level: 'NATIVE' }]);
    const byKind = Object.fromEntries(request.demands.map((d) => [d.kind, d.needs]));
    expect(byKind).toEqual({
      MENTOR: ['SEED_CAPITAL', 'BUSINESS_PLAN'],
      // Formalization could go to either adviser; she already needs both, so the first listed (LEGAL) wins.
      LEGAL: ['REGULARIZATION', 'LABOR_RIGHTS', 'BUSINESS_FORMALIZATION'],
      FISCAL: ['TAXES'],
    });
    expect(request.demands.every((d) => d.status === 'OPEN')).toBe(true);
  });

  test.each([
    ['a description over 2,000 characters', { description: 'x'.repeat(2001) }],
    ['no needs', { needs: [] }],
    ['an unknown need', { needs: ['FLYING'] }],
    ['only basic languages', { languages: [{ language: 'es', level: 'BASIC' }] }],
    [
      'a language twice',
      {
        languages: [
          { language: 'es', level: 'NATIVE' },
          { language: 'es', level: 'FLUENT' },
        ],
      },
    ],
  ])('refuses %s', async (_label, overrides) => {
    const rose = await makeEntrepreneur(api.server.orm);
    const result = await api.gql(CREATE, { input: { needs: ['BUSINESS_PLAN'], modality: 'CHAT', ...overrides } }, rose);
    expect(errorCodes(result)[0]).toBe('BAD_USER_INPUT');
    expect((await ok(MINE, {}, rose)).mySupportRequests).toEqual([]);
  });

  test('a description of exactly 2,000 characters is kept', async () => {
    const rose = await makeEntrepreneur(api.server.orm);
    const data = await ok(
      CREATE,
      { input: { needs: ['TAXES'], modality: 'CALL', description: 'é'.repeat(2000) } },
      rose,
    );
    expect(data.createSupportRequest.description).toHaveLength(2000);
  });

  test('she needs a profile first, and cannot ask twice for the same kind while one is open', async () => {
    const nobody = await api.person(['ENTREPRENEUR']);
    const noProfile = await api.gql(CREATE, { input: { needs: ['TAXES'], modality: 'CHAT' } }, nobody);
    expect(noProfile.errors?.[0]?.extensions?.key).toBe('matching.profileRequired');

    const rose = await makeEntrepreneur(api.server.orm);
    await ok(CREATE, { input: { needs: ['TAXES'], modality: 'CHAT' } }, rose);
    const again = await api.gql(
      CREATE,
      { input: { needs: ['BUSINESS_FORMALIZATION', 'TAXES'], modality: 'CHAT' } },
      rose,
    );
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    expect(again.errors?.[0]?.extensions?.params).toEqual({ kinds: ['FISCAL'] });
  });

  test('she sees only her own requests, and only she can withdraw them or see their recommendations', async () => {
    const rose = await makeEntrepreneur(api.server.orm);
    const ana = await makeEntrepreneur(api.server.orm);
    const { requestId, demands } = await makeRequest(api.server.orm, rose.id, ['BUSINESS_PLAN']);
    await makeRequest(api.server.orm, ana.id, ['TAXES']);

    const mine = (await ok(MINE, {}, ana)).mySupportRequests;
    expect(mine.map((r) => r.id)).not.toContain(requestId);
    expect(errorCodes(await api.gql(WITHDRAW, { id: requestId }, ana))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await api.gql(RECOMMEND, { id: demands.MENTOR }, ana))).toEqual(['FORBIDDEN']);
    // Staff may look, to match by hand.
    expect((await ok(RECOMMEND, { id: demands.MENTOR }, coordinator)).recommendations.demandId).toBe(demands.MENTOR);
  });

  test('recommendations come with reasons, best first; or say why nobody fits', async () => {
    const marie = await makeEntrepreneur(api.server.orm, {
      countryOfResidence: 'DO',
      city: 'Santiago de los Caballeros',
      languages: [{ language: 'ht', level: 'NATIVE' }],
      availability: { timeZone: 'America/Santo_Domingo', slots: [{ day: 6, startMinute: 540, endMinute: 720 }] },
    });
    const created = await ok(CREATE, { input: { needs: ['REGULARIZATION'], modality: 'CHAT' } }, marie);
    const legal = created.createSupportRequest.demands[0]!;
    const nobody = (await ok(RECOMMEND, { id: legal.id }, marie)).recommendations;
    expect(nobody.feasibleCount).toBe(0);
    expect(nobody.recommendations).toEqual([]);
    expect(nobody.blockedBy?.code).toBe('KIND_NOT_OFFERED');

    const lawyer = await makeSupporter(api.server.orm, {
      supportKinds: ['LEGAL'],
      needs: ['REGULARIZATION'],
      jurisdictions: ['DO'],
      country: 'DO',
      city: 'Santo Domingo',
      languages: [
        { language: 'es', level: 'NATIVE' },
        { language: 'ht', level: 'FLUENT' },
      ],
    });
    await makeSupporter(api.server.orm, {
      supportKinds: ['LEGAL'],
      needs: ['REGULARIZATION'],
      jurisdictions: ['CR'],
      languages: [{ language: 'ht', level: 'NATIVE' }],
    });
    const found = (await ok(RECOMMEND, { id: legal.id }, marie)).recommendations;
    expect(found.feasibleCount).toBe(1);
    expect(found.recommendations[0]!.supporter.userId).toBe(lawyer.id);
    const codes = found.recommendations[0]!.reasons.map((r) => r.code);
    expect(codes).toContain('JURISDICTION');
    expect(found.recommendations[0]!.reasons).toContainEqual(
      expect.objectContaining({ code: 'SHARED_LANGUAGE', params: { lang: 'ht', level: 'FLUENT' } }),
    );
  });
});

describe('rounds and curation', () => {
  test('a dry run stores the result and proposes nobody; a real run creates proposals, once', async () => {
    const country = 'PA';
    const place = { countryOfResidence: country, city: 'Colón' } as const;
    const mentor = await makeSupporter(api.server.orm, { country, city: 'Colón', capacity: 1 });
    const a = await makeEntrepreneur(api.server.orm, place);
    const b = await makeEntrepreneur(api.server.orm, place);
    const c = await makeEntrepreneur(api.server.orm, { ...place, languages: [{ language: 'pt', level: 'NATIVE' }] });
    for (const who of [a, b, c]) await makeRequest(api.server.orm, who.id, ['BUSINESS_PLAN']);

    const dry = (await ok(ROUND, { input: { dryRun: true, countries: [country] } }, coordinator)).runMatchingRound;
    expect(dry).toMatchObject({ dryRun: true, demandCount: 3, matchedCount: 1, unmatchedCount: 2, countries: ['PA'] });
    expect(dry.runBy.userId).toBe(coordinator.id);
    expect(dry.unmatchedCounts).toEqual([
      { code: 'CAPACITY_EXHAUSTED', count: 1 },
      { code: 'NO_SHARED_LANGUAGE', count: 1 },
    ]);
    const noLanguage = dry.unmatched.find((u) => u.why.code === 'NO_SHARED_LANGUAGE');
    expect(noLanguage!.why.params).toEqual({ languages: ['pt'] });
    const planned = (await ok(PROPOSALS, { id: dry.id }, coordinator)).proposals;
    expect(planned).toHaveLength(1);
    expect(planned[0]).toMatchObject({ matchId: null, status: null, kind: 'MENTOR' });
    expect(planned[0]!.supporter.userId).toBe(mentor.id);
    expect(planned[0]!.reasons.length).toBeGreaterThan(0);
    expect((await ok(MY_MATCHES, {}, mentor)).myMatches).toEqual([]);

    const real = (await ok(ROUND, { input: { dryRun: false, countries: [country] } }, coordinator)).runMatchingRound;
    expect(real.matchedCount).toBe(1);
    const proposals = (await ok(PROPOSALS, { id: real.id }, coordinator)).proposals;
    expect(proposals).toHaveLength(1);
    expect(proposals[0]!.status).toBe('PROPOSED');
    expect(proposals[0]!.score).toBeCloseTo(planned[0]!.score, 6);

    // The proposed demand is no longer open, and the mentor's only seat is held by the proposal.
    const again = (await ok(ROUND, { input: { dryRun: false, countries: [country] } }, coordinator)).runMatchingRound;
    expect(again).toMatchObject({ demandCount: 2, matchedCount: 0 });
    expect(again.unmatchedCounts).toEqual([
      { code: 'NO_CAPACITY', count: 1 },
      { code: 'NO_SHARED_LANGUAGE', count: 1 },
    ]);

    const rounds = (
      await ok(op<{ matchingRounds: { id: string }[] }>('query { matchingRounds { id } }'), {}, coordinator)
    ).matchingRounds;
    expect(rounds.map((r) => r.id).slice(0, 3)).toEqual([again.id, real.id, dry.id]);
    const one = (
      await ok(
        op<{ matchingRound: { id: string; matchedCount: number } }>(
          'query($id: ID!) { matchingRound(id: $id) { id matchedCount } }',
        ),
        { id: real.id },
        coordinator,
      )
    ).matchingRound;
    expect(one).toEqual({ id: real.id, matchedCount: 1 });
  });

  test('the organization filter keeps its supporters, for women in the countries it serves', async () => {
    const em = api.server.orm.em.fork();
    const organization = em.create(Organization, {
      name: 'Filter test organization',
      description: 'Serves Dajabón.',
      countries: ['DO'],
      languages: ['es'],
      services: ['MENTOR'],
    });
    await em.flush();
    const ours = await makeSupporter(api.server.orm, {
      country: 'DO',
      city: 'Dajabón',
      organization: em.getReference(Organization, organization.id),
    });
    await makeSupporter(api.server.orm, { country: 'DO', city: 'Dajabón' });
    const rose = await makeEntrepreneur(api.server.orm, { countryOfResidence: 'DO', city: 'Dajabón' });
    const { demands } = await makeRequest(api.server.orm, rose.id);

    const round = (await ok(ROUND, { input: { dryRun: true, organizationId: organization.id } }, coordinator))
      .runMatchingRound;
    expect(round.organizationId).toBe(organization.id);
    expect(round.supporterCount).toBe(1);
    const planned = (await ok(PROPOSALS, { id: round.id }, coordinator)).proposals;
    expect(planned.map((p) => [p.demandId, p.supporter.userId])).toContainEqual([demands.MENTOR, ours.id]);
    expect(planned.every((p) => p.supporter.userId === ours.id)).toBe(true);

    // Asked for a country it does not serve: nothing to match.
    const elsewhere = (
      await ok(ROUND, { input: { dryRun: true, organizationId: organization.id, countries: ['GT'] } }, coordinator)
    ).runMatchingRound;
    expect(elsewhere.demandCount).toBe(0);
  });

  test('approve → invitation → accept → ACTIVE → completed, each step in the history', async () => {
    const country = 'BZ';
    const mentor = await makeSupporter(api.server.orm, { country, city: 'Belmopan' });
    const rose = await makeEntrepreneur(api.server.orm, { countryOfResidence: country, city: 'Belmopan' });
    const { demands } = await makeRequest(api.server.orm, rose.id, ['BUSINESS_PLAN']);
    const round = (await ok(ROUND, { input: { dryRun: false, countries: [country] } }, coordinator)).runMatchingRound;
    const proposal = (await ok(PROPOSALS, { id: round.id }, coordinator)).proposals[0]!;
    expect(proposal.demandId).toBe(demands.MENTOR);

    // Before approval the people do not see the proposal.
    expect((await ok(MY_MATCHES, {}, rose)).myMatches).toEqual([]);
    expect((await ok(INVITATIONS, {}, mentor)).myInvitations).toEqual([]);

    const approved = (await ok(APPROVE, { id: proposal.matchId }, coordinator)).approveProposal;
    expect(approved.status).toBe('APPROVED');
    expect(new Date(approved.invitationExpiresAt).getTime()).toBeGreaterThan(Date.now() + 71 * 3_600_000);

    const invitations = (await ok(INVITATIONS, {}, mentor)).myInvitations;
    expect(invitations).toHaveLength(1);
    expect(invitations[0]!.entrepreneur.userId).toBe(rose.id);
    expect((await ok(MY_MATCHES, {}, rose)).myMatches.map((m) => m.status)).toEqual(['APPROVED']);

    const accepted = (await ok(ACCEPT, { id: proposal.matchId }, mentor)).acceptInvitation;
    expect(accepted.status).toBe('ACTIVE');
    expect(accepted.history.map((h) => [h.from, h.to, h.actorRole])).toEqual([
      [null, 'PROPOSED', 'COORDINATOR'],
      ['PROPOSED', 'APPROVED', 'COORDINATOR'],
      ['APPROVED', 'ACCEPTED', 'SUPPORTER'],
      ['ACCEPTED', 'ACTIVE', 'SYSTEM'],
    ]);
    const team = (await ok(MY_MATCHES, {}, rose)).myMatches;
    expect(team).toHaveLength(1);
    expect(team[0]).toMatchObject({ status: 'ACTIVE', kind: 'MENTOR', supporter: { userId: mentor.id } });
    expect(team[0]!.demand.status).toBe('MATCHED');

    const done = (await ok(COMPLETE, { id: proposal.matchId, o: 'GOALS_MET', note: 'Plan de negocio listo' }, rose))
      .completeMatch;
    expect(done.status).toBe('COMPLETED');
    expect((await ok(MY_MATCHES, {}, rose)).myMatches).toEqual([]);
    const ended = (await ok(MY_MATCHES, { ended: true }, rose)).myMatches;
    expect(ended[0]!.demand.status).toBe('COMPLETED');
    expect(ended[0]!.history.at(-1)!).toMatchObject({
      from: 'ACTIVE',
      to: 'COMPLETED',
      actorRole: 'ENTREPRENEUR',
      outcome: 'GOALS_MET',
      note: 'Plan de negocio listo',
    });
    // Her note is hers: the mentor sees the step, not the words.
    const seenByMentor = (await ok(MY_MATCHES, { ended: true }, mentor)).myMatches[0]!;
    expect(seenByMentor.history.at(-1)!).toMatchObject({ outcome: 'GOALS_MET', note: null });
    expect((await ok(MINE, {}, rose)).mySupportRequests[0]!.status).toBe('CLOSED');
  });

  test('a rejection, a decline and a swap each re-open or re-route the demand', async () => {
    const country = 'NI';
    const first = await makeSupporter(api.server.orm, { country, city: 'León' });
    const second = await makeSupporter(api.server.orm, { country, city: 'León', sectors: [] });
    const third = await makeSupporter(api.server.orm, { country, city: 'León', sectors: [] });
    const rose = await makeEntrepreneur(api.server.orm, { countryOfResidence: country, city: 'León' });
    const { demands } = await makeRequest(api.server.orm, rose.id, ['BUSINESS_PLAN']);
    const propose = async (): Promise<ProposalOut> => {
      const round = (await ok(ROUND, { input: { dryRun: false, countries: [country] } }, coordinator)).runMatchingRound;
      return (await ok(PROPOSALS, { id: round.id }, coordinator)).proposals[0]!;
    };

    const p1 = await propose();
    expect(p1.supporter.userId).toBe(first.id); // same sector scores higher
    expect(
      (await ok(REJECT, { id: p1.matchId, reason: 'NOT_SUITABLE', note: 'Prefers a call' }, coordinator)).rejectProposal
        .status,
    ).toBe('REJECTED');
    const open = (await ok(OPEN_DEMANDS, { filter: { countries: [country] } }, coordinator)).openDemands;
    expect(open.map((o) => o.demand.id)).toEqual([demands.MENTOR]);
    expect(open[0]!.why.code).toBe('AWAITING_ROUND');
    expect(open[0]!.why.params.feasible).toBeGreaterThanOrEqual(2);
    expect(open[0]!.feasibleCount).toBe(open[0]!.why.params.feasible);

    // The rejected mentor is not proposed for this demand again.
    const p2 = await propose();
    expect(p2.supporter.userId).not.toBe(first.id);
    const other = p2.supporter.userId === second.id ? third : second;
    const swapped = (await ok(SWAP, { id: p2.matchId, s: other.id }, coordinator)).swapProposal;
    expect(swapped).toMatchObject({ status: 'PROPOSED', origin: 'SWAP', supporter: { userId: other.id } });
    expect(swapped.reasons.length).toBeGreaterThan(0);

    await ok(APPROVE, { id: swapped.id }, coordinator);
    expect((await ok(DECLINE, { id: swapped.id, reason: 'NO_TIME' }, other)).declineInvitation.status).toBe('DECLINED');
    const reopened = (await ok(OPEN_DEMANDS, { filter: { countries: [country] } }, coordinator)).openDemands;
    expect(reopened.map((o) => o.demand.status)).toEqual(['OPEN']);
  });

  test('a swap and a match by hand still enforce the hard constraints', async () => {
    const country = 'HN';
    const mentor = await makeSupporter(api.server.orm, { country, city: 'La Ceiba' });
    const englishOnly = await makeSupporter(api.server.orm, { languages: [{ language: 'en', level: 'NATIVE' }] });
    const paused = await makeSupporter(api.server.orm, { active: false });
    const rose = await makeEntrepreneur(api.server.orm, { countryOfResidence: country, city: 'La Ceiba' });
    const { demands } = await makeRequest(api.server.orm, rose.id, ['BUSINESS_PLAN']);

    const refused = await api.gql(BY_HAND, { d: demands.MENTOR, s: englishOnly.id, r: 'She asked' }, coordinator);
    expect(errorCodes(refused)).toEqual(['CONFLICT']);
    expect(refused.errors?.[0]?.extensions?.params).toEqual({ failed: ['NO_SHARED_LANGUAGE'] });
    const alsoRefused = await api.gql(BY_HAND, { d: demands.MENTOR, s: paused.id, r: 'She asked' }, coordinator);
    expect(alsoRefused.errors?.[0]?.extensions?.params).toEqual({ failed: ['NOT_ACTIVE'] });

    const byHand = (await ok(BY_HAND, { d: demands.MENTOR, s: mentor.id, r: 'They met at a fair' }, coordinator))
      .matchByHand;
    expect(byHand).toMatchObject({ status: 'APPROVED', origin: 'HAND' });
    expect(byHand.history.map((h) => [h.from, h.to, h.note])).toEqual([
      [null, 'PROPOSED', 'They met at a fair'],
      ['PROPOSED', 'APPROVED', 'They met at a fair'],
    ]);
    // The demand is taken now.
    const twice = await api.gql(BY_HAND, { d: demands.MENTOR, s: mentor.id, r: 'Again' }, coordinator);
    expect(errorCodes(twice)).toEqual(['CONFLICT']);

    const other = await makeEntrepreneur(api.server.orm, { countryOfResidence: country, city: 'La Ceiba' });
    await makeRequest(api.server.orm, other.id, ['BUSINESS_PLAN']);
    const round = (await ok(ROUND, { input: { dryRun: false, countries: [country] } }, coordinator)).runMatchingRound;
    const proposal = (await ok(PROPOSALS, { id: round.id }, coordinator)).proposals[0]!;
    const badSwap = await api.gql(SWAP, { id: proposal.matchId, s: englishOnly.id }, coordinator);
    expect(badSwap.errors?.[0]?.extensions?.params).toEqual({ failed: ['NO_SHARED_LANGUAGE'] });
  });

  test('capacity: an approval that would exceed it is refused', async () => {
    const mentor = await makeSupporter(api.server.orm, { capacity: 1, country: 'GT', city: 'Cobán' });
    const a = await makeEntrepreneur(api.server.orm, { countryOfResidence: 'GT', city: 'Cobán' });
    const b = await makeEntrepreneur(api.server.orm, { countryOfResidence: 'GT', city: 'Cobán' });
    const da = (await makeRequest(api.server.orm, a.id)).demands.MENTOR!;
    const db = (await makeRequest(api.server.orm, b.id)).demands.MENTOR!;
    await ok(BY_HAND, { d: da, s: mentor.id, r: 'First' }, coordinator);
    const full = await api.gql(BY_HAND, { d: db, s: mentor.id, r: 'Second' }, coordinator);
    expect(full.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', key: 'matching.noCapacity' });
    // Curation is audited; the refused attempt left nothing behind.
    const audit = await api.server.orm.em
      .fork()
      .find(AuditEntry, { action: 'matching.matchedByHand', actor: coordinator.id });
    expect(audit.filter((e) => e.details.demandId === da)).toHaveLength(1);
    expect(audit.filter((e) => e.details.demandId === db)).toHaveLength(0);
  });
});

describe('ownership of matches', () => {
  test('a mentor sees only her mentees; an entrepreneur only her team; strangers cannot act on them', async () => {
    const mentor = await makeSupporter(api.server.orm, { country: 'SV', city: 'Santa Ana' });
    const otherMentor = await makeSupporter(api.server.orm, { country: 'SV', city: 'Santa Ana' });
    const rose = await makeEntrepreneur(api.server.orm, { countryOfResidence: 'SV', city: 'Santa Ana' });
    const ana = await makeEntrepreneur(api.server.orm, { countryOfResidence: 'SV', city: 'Santa Ana' });
    const { demands } = await makeRequest(api.server.orm, rose.id);
    const match = (await ok(BY_HAND, { d: demands.MENTOR, s: mentor.id, r: 'r' }, coordinator)).matchByHand;

    expect((await ok(MY_MATCHES, {}, otherMentor)).myMatches).toEqual([]);
    expect((await ok(INVITATIONS, {}, otherMentor)).myInvitations).toEqual([]);
    expect((await ok(MY_MATCHES, {}, ana)).myMatches).toEqual([]);
    expect(errorCodes(await api.gql(ACCEPT, { id: match.id }, otherMentor))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await api.gql(WITHDRAW_MATCH, { id: match.id, r: 'OTHER' }, ana))).toEqual(['NOT_FOUND']);
    // The entrepreneur is a party but cannot answer the invitation for the mentor.
    expect(errorCodes(await api.gql(ACCEPT, { id: match.id }, rose))).toEqual(['FORBIDDEN']);
    expect((await ok(MY_MATCHES, {}, mentor)).myMatches.map((m) => m.id)).toEqual([match.id]);
  });

  test('a safety reason is hidden from the other party and keeps the pair apart', async () => {
    const mentor = await makeSupporter(api.server.orm, { country: 'CR', city: 'Limón' });
    const rose = await makeEntrepreneur(api.server.orm, { countryOfResidence: 'CR', city: 'Limón' });
    const first = await makeRequest(api.server.orm, rose.id);
    const match = (await ok(BY_HAND, { d: first.demands.MENTOR, s: mentor.id, r: 'r' }, coordinator)).matchByHand;
    await ok(ACCEPT, { id: match.id }, mentor);
    await ok(WITHDRAW_MATCH, { id: match.id, r: 'SAFETY_CONCERN', note: 'He asked for money' }, rose);

    const hers = (await ok(MY_MATCHES, { ended: true }, rose)).myMatches[0]!.history.at(-1)!;
    expect(hers).toMatchObject({ to: 'WITHDRAWN', reason: 'SAFETY_CONCERN', note: 'He asked for money' });
    const his = (await ok(MY_MATCHES, { ended: true }, mentor)).myMatches[0]!.history.at(-1)!;
    expect(his).toMatchObject({ to: 'WITHDRAWN', actorRole: 'ENTREPRENEUR', reason: null, note: null });

    // Her demand is open again, but never with this mentor.
    const open = (await ok(OPEN_DEMANDS, { filter: { countries: ['CR'], kinds: ['MENTOR'] } }, coordinator))
      .openDemands;
    const mine = open.find((o) => o.entrepreneur.userId === rose.id);
    expect(mine!.demand.status).toBe('OPEN');
    const again = await api.gql(BY_HAND, { d: first.demands.MENTOR, s: mentor.id, r: 'again' }, coordinator);
    // Ended badly keeps them apart for every demand; for this one she was also turned down already.
    expect(again.errors?.[0]?.extensions?.params).toEqual({ failed: ['ENDED_BADLY', 'TURNED_DOWN_BEFORE'] });
    const second = await makeRequest(api.server.orm, rose.id, ['MARKETING_SALES']);
    const onAnother = await api.gql(BY_HAND, { d: second.demands.MENTOR, s: mentor.id, r: 'again' }, coordinator);
    expect(onAnother.errors?.[0]?.extensions?.params).toEqual({ failed: ['ENDED_BADLY'] });
    const recs = (await ok(RECOMMEND, { id: first.demands.MENTOR }, rose)).recommendations;
    expect(recs.recommendations.map((r) => r.supporter.userId)).not.toContain(mentor.id);
  });

  test('withdrawing a request withdraws its matches', async () => {
    const mentor = await makeSupporter(api.server.orm, { country: 'PA', city: 'David' });
    const rose = await makeEntrepreneur(api.server.orm, { countryOfResidence: 'PA', city: 'David' });
    const { requestId, demands } = await makeRequest(api.server.orm, rose.id);
    const match = (await ok(BY_HAND, { d: demands.MENTOR, s: mentor.id, r: 'r' }, coordinator)).matchByHand;
    await ok(ACCEPT, { id: match.id }, mentor);
    const withdrawn = (await ok(WITHDRAW, { id: requestId }, rose)).withdrawSupportRequest;
    expect(withdrawn).toEqual({ id: requestId, status: 'WITHDRAWN', demands: [{ status: 'WITHDRAWN' }] });
    expect((await ok(MY_MATCHES, {}, mentor)).myMatches).toEqual([]);
    const ended = (await ok(MY_MATCHES, { ended: true }, mentor)).myMatches[0]!;
    expect(ended.status).toBe('WITHDRAWN');
    expect(errorCodes(await api.gql(WITHDRAW, { id: requestId }, rose))).toEqual(['CONFLICT']);
  });
});
