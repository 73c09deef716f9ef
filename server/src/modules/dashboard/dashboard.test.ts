// The dashboard over GraphQL on a small network whose figures are known by hand.
import type { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { User } from '../accounts/user.entity.js';
import { Match } from '../matching/match.entity.js';
import {
  makeEntrepreneur,
  makeMatchIn,
  makeRequest,
  makeStaff,
  makeSupporter,
  type Someone,
} from '../matching/matching.factories.js';
import { Organization } from '../organizations/organization.entity.js';
import { DashboardService } from './dashboard.service.js';

const HOUR = 3_600_000;
const DASHBOARD = `query($filter: DashboardFilterInput) {
  dashboard(filter: $filter) {
    totals { openDemands supporters seats seatsUsed }
    demandSupply { need language demand supply }
    countries { country openDemands supporters seats seatsUsed }
    unmatchedReasons { code count }
    unmatchedRoundAt
    timeToMatch { kind matched medianHours p90Hours }
  }
}`;

interface DashboardOut {
  totals: { openDemands: number; supporters: number; seats: number; seatsUsed: number };
  demandSupply: { need: string; language: string; demand: number; supply: number }[];
  countries: { country: string; openDemands: number; supporters: number; seats: number; seatsUsed: number }[];
  unmatchedReasons: { code: string; count: number }[];
  unmatchedRoundAt: string | null;
  timeToMatch: { kind: string | null; matched: number; medianHours: number | null; p90Hours: number | null }[];
}

let api: TestServer;
let orm: MikroORM;
let coordinator: Someone;
let organizationId: string;

/** Sets when the request behind a match was made and when the match was approved. */
async function waited(matchId: string, requestId: string, hours: number): Promise<void> {
  const em = orm.em.fork();
  const approvedAt = new Date(Date.now() - HOUR);
  await em.nativeUpdate(Match, { id: matchId }, { approvedAt });
  await em
    .getConnection()
    .execute(
      `update support_requests set created_at = ? where id = ?`,
      [orm.em.getPlatform().processDateProperty(new Date(approvedAt.getTime() - hours * HOUR)), requestId],
      'run',
    );
}

async function dashboard(filter?: Record<string, unknown>): Promise<DashboardOut> {
  const result = await api.gql<{ dashboard: DashboardOut }>(DASHBOARD, { filter }, { token: coordinator.token });
  expect(result.errors).toBeUndefined();
  return result.data!.dashboard;
}

beforeAll(async () => {
  api = await startTestServer();
  orm = api.server.orm;
  coordinator = await makeStaff(orm);
  const em = orm.em.fork();
  const organization = em.create(Organization, {
    name: 'Dashboard organization',
    description: 'Serves Costa Rica.',
    countries: ['CR'],
    languages: ['es'],
    services: ['MENTOR'],
  });
  await em.flush();
  organizationId = organization.id;

  // Supply: a mentor in Costa Rica (3 seats), a verified lawyer in Guatemala (2 seats), an unverified
  // lawyer in Costa Rica (1 seat, counted as capacity but not as supply for legal needs), a paused mentor.
  const mentor = await makeSupporter(orm, { capacity: 3, organization });
  const lawyer = await makeSupporter(orm, {
    supportKinds: ['LEGAL'],
    needs: ['REGULARIZATION'],
    jurisdictions: ['GT'],
    languages: [
      { language: 'es', level: 'NATIVE' },
      { language: 'fr', level: 'BASIC' },
    ],
    country: 'GT',
    city: 'Guatemala',
    capacity: 2,
  });
  await makeSupporter(orm, {
    supportKinds: ['LEGAL'],
    needs: ['REGULARIZATION'],
    jurisdictions: ['CR'],
    capacity: 1,
    verified: false,
  });
  await makeSupporter(orm, { active: false, capacity: 5 });

  // Demand: Ana (CR, Spanish) waits for a business plan and has a marketing mentor since 30 hours after
  // asking; Bea (CR, Creole only) waits for a plan and for regularization; Carla (GT) got her lawyer
  // 10 hours after asking; Dora's invitation was declined, so her wait does not count as matched.
  const ana = await makeEntrepreneur(orm);
  const bea = await makeEntrepreneur(orm, { languages: [{ language: 'ht', level: 'NATIVE' }] });
  const carla = await makeEntrepreneur(orm, { countryOfResidence: 'GT', city: 'Guatemala' });
  const dora = await makeEntrepreneur(orm);
  await makeRequest(orm, ana.id, ['BUSINESS_PLAN']);
  await makeRequest(orm, bea.id, ['BUSINESS_PLAN', 'REGULARIZATION']);
  const anaMarketing = await makeRequest(orm, ana.id, ['MARKETING_SALES']);
  const active = await makeMatchIn(orm, 'ACTIVE', {
    entrepreneurId: ana.id,
    supporterId: mentor.id,
    demandId: anaMarketing.demands.MENTOR!,
  });
  await waited(active, anaMarketing.requestId, 30);
  const carlaLegal = await makeRequest(orm, carla.id, ['REGULARIZATION']);
  const approved = await makeMatchIn(orm, 'APPROVED', {
    entrepreneurId: carla.id,
    supporterId: lawyer.id,
    demandId: carlaLegal.demands.LEGAL!,
  });
  await waited(approved, carlaLegal.requestId, 10);
  const doraPlan = await makeRequest(orm, dora.id, ['BUSINESS_PLAN'], {
    languages: [{ language: 'quc', level: 'NATIVE' }],
  });
  const declined = await makeMatchIn(orm, 'DECLINED', {
    entrepreneurId: dora.id,
    supporterId: mentor.id,
    demandId: doraPlan.demands.MENTOR!,
  });
  await waited(declined, doraPlan.requestId, 2);
});
afterAll(async () => api?.close());

describe('dashboard', () => {
  test('counts demand against supply by need and language, largest shortfall first', async () => {
    const figures = await dashboard();
    expect(figures.totals).toEqual({ openDemands: 4, supporters: 3, seats: 6, seatsUsed: 2 });
    expect(figures.demandSupply).toEqual([
      { need: 'BUSINESS_PLAN', language: 'ht', demand: 1, supply: 0 },
      { need: 'BUSINESS_PLAN', language: 'quc', demand: 1, supply: 0 },
      { need: 'REGULARIZATION', language: 'ht', demand: 1, supply: 0 },
      { need: 'BUSINESS_PLAN', language: 'es', demand: 1, supply: 2 },
      { need: 'REGULARIZATION', language: 'es', demand: 0, supply: 1 },
      { need: 'MARKETING_SALES', language: 'es', demand: 0, supply: 2 },
      { need: 'SEED_CAPITAL', language: 'es', demand: 0, supply: 2 },
    ]);
  });

  test('counts demand, supporters and seats used by country', async () => {
    const figures = await dashboard();
    expect(figures.countries).toEqual([
      { country: 'CR', openDemands: 4, supporters: 2, seats: 4, seatsUsed: 1 },
      { country: 'GT', openDemands: 0, supporters: 1, seats: 2, seatsUsed: 1 },
    ]);
  });

  test('measures the time to match per kind, leaving out invitations that never helped', async () => {
    const figures = await dashboard();
    expect(figures.timeToMatch).toEqual([
      { kind: null, matched: 2, medianHours: 10, p90Hours: 30 },
      { kind: 'MENTOR', matched: 1, medianHours: 30, p90Hours: 30 },
      { kind: 'LEGAL', matched: 1, medianHours: 10, p90Hours: 10 },
    ]);
  });

  test('says why the demands the latest round left open are still open', async () => {
    expect((await dashboard()).unmatchedReasons).toEqual([]);
    const round = await api.gql(
      'mutation { runMatchingRound(input: { dryRun: true }) { id unmatchedCounts { code count } } }',
      {},
      { token: coordinator.token },
    );
    expect(round.errors).toBeUndefined();
    const figures = await dashboard();
    expect(figures.unmatchedRoundAt).not.toBeNull();
    // Bea speaks only Creole and Dora only K'iche': nobody shares a language with them.
    expect(figures.unmatchedReasons).toEqual([{ code: 'NO_SHARED_LANGUAGE', count: 3 }]);
  });

  test('narrows to countries and to an organization', async () => {
    const guatemala = await dashboard({ countries: ['GT'] });
    expect(guatemala.totals).toEqual({ openDemands: 0, supporters: 1, seats: 2, seatsUsed: 1 });
    expect(guatemala.countries).toEqual([{ country: 'GT', openDemands: 0, supporters: 1, seats: 2, seatsUsed: 1 }]);
    expect(guatemala.timeToMatch).toEqual([
      { kind: null, matched: 1, medianHours: 10, p90Hours: 10 },
      { kind: 'LEGAL', matched: 1, medianHours: 10, p90Hours: 10 },
    ]);
    expect(guatemala.unmatchedReasons).toEqual([]);

    const organization = await dashboard({ organizationId });
    expect(organization.totals).toEqual({ openDemands: 4, supporters: 1, seats: 3, seatsUsed: 1 });
    expect(organization.demandSupply.filter((c) => c.supply > 0).map((c) => [c.need, c.supply])).toEqual([
      ['BUSINESS_PLAN', 2],
      ['MARKETING_SALES', 2],
      ['SEED_CAPITAL', 2],
    ]);
  });

  test('asks the database the same number of queries however large the network', async () => {
    const queriesFor = async (): Promise<number> => {
      const em = orm.em.fork() as SqlEntityManager;
      const staff = await em.findOneOrFail(User, { id: coordinator.id }, { populate: ['roleGrants'] });
      let queries = 0;
      const count = () => (queries += 1);
      const knex = em.getKnex();
      knex.on('query', count);
      try {
        await new DashboardService(em).figures(staff, {});
      } finally {
        knex.off('query', count);
      }
      return queries;
    };
    const before = await queriesFor();
    for (let i = 0; i < 3; i += 1) {
      const woman = await makeEntrepreneur(orm);
      const plan = await makeRequest(orm, woman.id, ['BUSINESS_PLAN', 'TAXES']);
      const mentor = await makeSupporter(orm);
      await makeMatchIn(orm, 'ACTIVE', {
        entrepreneurId: woman.id,
        supporterId: mentor.id,
        demandId: plan.demands.MENTOR!,
      });
    }
    expect(await queriesFor()).toBe(before);
    expect(before).toBeGreaterThanOrEqual(9);
    expect(before).toBeLessThanOrEqual(11);
  });

  test('is for coordinators and admins only, and checks its filter', async () => {
    const mentor = await makeSupporter(orm);
    const refused = await api.gql(DASHBOARD, {}, { token: mentor.token });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const unknown = await api.gql(
      DASHBOARD,
      { filter: { organizationId: '00000000-0000-4000-8000-000000000000' } },
      { token: coordinator.token },
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
