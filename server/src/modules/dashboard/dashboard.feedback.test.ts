// The dashboard's feedback figures on a small network whose figures are worked out by hand.
import type { MikroORM } from '@mikro-orm/core';
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
import { Organization } from '../organizations/organization.entity.js';

const FIGURES = `query($filter: DashboardFilterInput) {
  dashboard(filter: $filter) {
    feedback {
      matchesEnded responsePercent minRatingsShown
      sides { side asked given responsePercent averageRating outcomes { outcome count } suppressed }
    }
  }
}`;
const COMPLETE = 'mutation($id: ID!) { completeMatch(matchId: $id, outcome: GOALS_MET) { status } }';
const WITHDRAW = 'mutation($id: ID!) { withdrawMatch(matchId: $id, reason: PERSONAL_REASONS) { status } }';
const GIVE = 'mutation($id: ID!, $input: FeedbackInput!) { giveFeedback(matchId: $id, input: $input) { id } }';

interface SideFigures {
  side: string;
  asked: number;
  given: number;
  responsePercent: number | null;
  averageRating: number | null;
  outcomes: { outcome: string; count: number }[];
  suppressed: boolean;
}
interface FeedbackFigures {
  matchesEnded: number;
  responsePercent: number | null;
  minRatingsShown: number;
  sides: SideFigures[];
}

let api: TestServer;
let orm: MikroORM;
let coordinator: Someone;
let organizationId: string;

async function ok(result: Promise<{ errors?: unknown }>) {
  expect((await result).errors).toBeUndefined();
}

/** A match of these two, brought to ACTIVE, then ended (or left as it is). */
async function matchBetween(
  entrepreneur: Someone,
  supporter: Someone,
  end: 'COMPLETED' | 'WITHDRAWN' | 'ACTIVE' | 'WITHDRAWN_BEFORE',
): Promise<string> {
  const { demands } = await makeRequest(orm, entrepreneur.id);
  const status = end === 'WITHDRAWN_BEFORE' ? 'APPROVED' : 'ACTIVE';
  const matchId = await makeMatchIn(orm, status, {
    entrepreneurId: entrepreneur.id,
    supporterId: supporter.id,
    demandId: demands.MENTOR!,
  });
  if (end === 'COMPLETED') await ok(api.gql(COMPLETE, { id: matchId }, supporter));
  if (end === 'WITHDRAWN' || end === 'WITHDRAWN_BEFORE') await ok(api.gql(WITHDRAW, { id: matchId }, entrepreneur));
  return matchId;
}

async function rate(who: Someone, matchId: string, rating: number, outcome: string) {
  await ok(api.gql(GIVE, { id: matchId, input: { rating, outcome } }, who));
}

async function figures(filter?: Record<string, unknown>): Promise<FeedbackFigures> {
  const result = await api.gql<{ dashboard: { feedback: FeedbackFigures } }>(FIGURES, { filter }, coordinator);
  expect(result.errors).toBeUndefined();
  return result.data!.dashboard.feedback;
}

beforeAll(async () => {
  api = await startTestServer();
  orm = api.server.orm;
  coordinator = await makeStaff(orm);
  const em = orm.em.fork();
  const organization = em.create(Organization, {
    name: 'Feedback organization',
    description: 'Serves Costa Rica.',
    countries: ['CR'],
    languages: ['es'],
    services: ['MENTOR'],
  });
  await em.flush();
  organizationId = organization.id;

  // Two mentors, one of the organization; four women in Costa Rica and one in Guatemala.
  const ours = await makeSupporter(orm, { capacity: 5, organization });
  const other = await makeSupporter(orm, { capacity: 5 });
  const [ana, bea, cris, dora, eva] = await Promise.all([1, 2, 3, 4, 5].map(() => makeEntrepreneur(orm)));
  const gaby = await makeEntrepreneur(orm, { countryOfResidence: 'GT', city: 'Guatemala' });

  // 1. Ana with our mentor, completed: Ana 5 GOALS_MET, the mentor 4 GOALS_MET.
  const first = await matchBetween(ana!, ours, 'COMPLETED');
  await rate(ana!, first, 5, 'GOALS_MET');
  await rate(ours, first, 4, 'GOALS_MET');
  // 2. Bea with our mentor, completed: Bea 4 PARTLY_MET; the mentor says nothing.
  const second = await matchBetween(bea!, ours, 'COMPLETED');
  await rate(bea!, second, 4, 'PARTLY_MET');
  // 3. Cris with the other mentor, withdrawn while active: Cris 2 NOT_MET, the mentor 3 NOT_MET.
  const third = await matchBetween(cris!, other, 'WITHDRAWN');
  await rate(cris!, third, 2, 'NOT_MET');
  await rate(other, third, 3, 'NOT_MET');
  // 4. Gaby (Guatemala) with the other mentor, completed: Gaby 3 GOALS_MET.
  const fourth = await matchBetween(gaby, other, 'COMPLETED');
  await rate(gaby, fourth, 3, 'GOALS_MET');
  // Not counted: an invitation withdrawn before it began, and a match still active.
  await matchBetween(dora!, ours, 'WITHDRAWN_BEFORE');
  await matchBetween(eva!, ours, 'ACTIVE');
});
afterAll(async () => api?.close());

describe('feedback on the dashboard', () => {
  test('response rate, average rating and outcomes per side; a side with fewer than 3 answers is held back', async () => {
    // Four matches ended after being active: 4 entrepreneurs and 4 supporters asked, 4 + 2 answered.
    // Entrepreneurs: (5 + 4 + 2 + 3) / 4 = 3.5. Supporters: only 2 answered, so no average or outcomes.
    expect(await figures()).toEqual({
      matchesEnded: 4,
      responsePercent: 75,
      minRatingsShown: 3,
      sides: [
        {
          side: 'ENTREPRENEUR',
          asked: 4,
          given: 4,
          responsePercent: 100,
          averageRating: 3.5,
          outcomes: [
            { outcome: 'GOALS_MET', count: 2 },
            { outcome: 'PARTLY_MET', count: 1 },
            { outcome: 'NOT_MET', count: 1 },
          ],
          suppressed: false,
        },
        {
          side: 'SUPPORTER',
          asked: 4,
          given: 2,
          responsePercent: 50,
          averageRating: null,
          outcomes: [],
          suppressed: true,
        },
      ],
    });
  });

  test('narrows to countries and to an organization like the other figures', async () => {
    // Costa Rica: matches 1–3; entrepreneurs (5 + 4 + 2) / 3 = 3.7; 5 of 6 answered = 83 %.
    const costaRica = await figures({ countries: ['CR'] });
    expect(costaRica.matchesEnded).toBe(3);
    expect(costaRica.responsePercent).toBe(83);
    expect(costaRica.sides[0]).toMatchObject({
      given: 3,
      averageRating: 3.7,
      outcomes: [
        { outcome: 'GOALS_MET', count: 1 },
        { outcome: 'PARTLY_MET', count: 1 },
        { outcome: 'NOT_MET', count: 1 },
      ],
    });
    expect(costaRica.sides[1]).toMatchObject({ given: 2, responsePercent: 67, suppressed: true });

    // The organization: its mentor's matches 1–2 only; 2 answers a side at most, so all held back.
    const organization = await figures({ organizationId });
    expect(organization.matchesEnded).toBe(2);
    expect(organization.responsePercent).toBe(75);
    expect(organization.sides.map((s) => [s.side, s.given, s.responsePercent, s.averageRating, s.suppressed])).toEqual([
      ['ENTREPRENEUR', 2, 100, null, true],
      ['SUPPORTER', 1, 50, null, true],
    ]);

    // Guatemala: one match, one answer: the single rating cannot be read off.
    const guatemala = await figures({ countries: ['GT'] });
    expect(guatemala).toMatchObject({ matchesEnded: 1, responsePercent: 50 });
    expect(guatemala.sides[0]).toMatchObject({ given: 1, averageRating: null, outcomes: [], suppressed: true });
  });
});
