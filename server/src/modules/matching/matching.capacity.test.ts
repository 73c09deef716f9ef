// Capacity when several coordinators approve at the same moment: on PostgreSQL many approvals run in
// parallel transactions, and the lock on the supporter's profile must keep every supporter within her
// capacity. SQLite has a single writer, so there is no race to show there.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadConfig } from '../../config.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { SEAT_STATUSES } from './match-lifecycle.js';
import { Match } from './match.entity.js';
import { makeEntrepreneur, makeMatchIn, makeRequest, makeStaff, makeSupporter } from './matching.factories.js';

const onPostgres = loadConfig().database.kind === 'postgresql';

describe.skipIf(!onPostgres)(
  'concurrent approvals (PostgreSQL only: skipped on SQLite, which serialises writers, so there is no race to test)',
  () => {
    let api: TestServer;
    beforeAll(async () => {
      api = await startTestServer();
    });
    afterAll(async () => api?.close());

    test('no supporter ends with more approved, accepted and active matches than her capacity', async () => {
      const orm = api.server.orm;
      const coordinators = [await makeStaff(orm), await makeStaff(orm), await makeStaff(orm, 'ADMIN')];
      const capacities = [1, 2, 3, 5];
      const supporters = await Promise.all(capacities.map((capacity) => makeSupporter(orm, { capacity })));
      // Eight proposals per supporter, each for a different woman: far more than any capacity.
      const proposals: string[] = [];
      for (const supporter of supporters) {
        for (let i = 0; i < 8; i++) {
          const entrepreneur = await makeEntrepreneur(orm);
          const { demands } = await makeRequest(orm, entrepreneur.id);
          proposals.push(
            await makeMatchIn(orm, 'PROPOSED', {
              entrepreneurId: entrepreneur.id,
              supporterId: supporter.id,
              demandId: demands.MENTOR!,
            }),
          );
        }
      }

      const results = await Promise.all(
        proposals.map((id, i) =>
          api.gql('mutation($id: ID!) { approveProposal(matchId: $id) { id status } }', { id }, coordinators[i % 3]),
        ),
      );
      const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK');
      expect(codes.filter((c) => c !== 'OK' && c !== 'CONFLICT')).toEqual([]);
      expect(codes.filter((c) => c === 'OK')).toHaveLength(capacities.reduce((a, b) => a + b, 0));

      const em = orm.em.fork();
      for (const [i, supporter] of supporters.entries()) {
        const seats = await em.count(Match, { supporter: supporter.id, status: { $in: [...SEAT_STATUSES] } });
        expect(seats, `supporter with capacity ${capacities[i]}`).toBe(capacities[i]);
      }
    });
  },
);
