// The lifecycle through the services, against a real database: every operation, by every kind of
// person, from every status — allowed exactly when the table says so, refused otherwise, and every
// transition recorded. Also the invitation expiry with a controllable clock, the conversation hook
// and the events published after commit.
import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { AppError } from '../../errors.js';
import { openDatabase } from '../../db/orm.js';
import { freshDatabase, type TestDatabase } from '../../test-support/test-database.js';
import { startTestServer } from '../../test-support/test-server.js';
import { User } from '../accounts/user.entity.js';
import { type Demand } from './demand.entity.js';
import { checkTransition, MATCH_STATUSES, type MatchStatus } from './match-lifecycle.js';
import { MatchTransition } from './match-transition.entity.js';
import { Match } from './match.entity.js';
import { MatchService } from './match.service.js';
import {
  makeEntrepreneur,
  makeMatchIn,
  makeRequest,
  makeStaff,
  makeSupporter,
  type Someone,
} from './matching.factories.js';
import { matchingDependencies, type MatchConversations, type MatchingEvent } from './matching.hooks.js';
import { MatchingService } from './matching.service.js';

let db: TestDatabase;
let orm: MikroORM;
beforeAll(async () => {
  db = await freshDatabase();
  orm = await openDatabase(db.database);
});
afterAll(async () => {
  await orm?.close(true);
  await db?.drop();
});

const TTL = 48 * 3_600_000;

function world(overrides: Parameters<typeof matchingDependencies>[0] = {}) {
  const events: MatchingEvent[] = [];
  const deps = matchingDependencies({ invitationTtlMs: TTL, publish: (e) => events.push(e), ...overrides });
  const em = orm.em.fork();
  return { events, deps, em, matching: new MatchingService(em, deps), matches: new MatchService(em, deps) };
}

async function user(id: string): Promise<User> {
  return orm.em.fork().findOneOrFail(User, { id }, { populate: ['roleGrants'] });
}

async function statusOf(matchId: string): Promise<{ status: MatchStatus; steps: number; demand: Demand['status'] }> {
  const em = orm.em.fork();
  const match = await em.findOneOrFail(Match, { id: matchId }, { populate: ['demand'] });
  return {
    status: match.status,
    steps: await em.count(MatchTransition, { match: matchId }),
    demand: match.demand.status,
  };
}

type Who = 'ENTREPRENEUR' | 'SUPPORTER' | 'COORDINATOR' | 'STRANGER';
type Operation = 'approve' | 'reject' | 'swap' | 'accept' | 'decline' | 'complete' | 'withdraw' | 'expire';
const TARGET: Record<Operation, MatchStatus> = {
  approve: 'APPROVED',
  reject: 'REJECTED',
  swap: 'REJECTED',
  accept: 'ACCEPTED',
  decline: 'DECLINED',
  complete: 'COMPLETED',
  withdraw: 'WITHDRAWN',
  expire: 'EXPIRED',
};
/** What each operation leaves the match in when it is allowed. */
const RESULT: Record<Operation, MatchStatus> = { ...TARGET, accept: 'ACTIVE' };

/** What the services must answer, derived from who may see the match and the lifecycle table. */
/** ALLOWED, UNCHANGED (nothing to do), or the error code of the refusal. */
function expected(state: MatchStatus, op: Operation, who: Who | 'SYSTEM'): string {
  if (op === 'expire') return state === 'APPROVED' ? 'ALLOWED' : 'UNCHANGED';
  if (op === 'approve' || op === 'reject' || op === 'swap') {
    if (who !== 'COORDINATOR') return 'FORBIDDEN';
    return checkTransition(state, TARGET[op], 'COORDINATOR').allowed ? 'ALLOWED' : 'CONFLICT';
  }
  const seenByParties = state !== 'PROPOSED' && state !== 'REJECTED';
  if (who === 'STRANGER' || (who !== 'COORDINATOR' && !seenByParties)) return 'NOT_FOUND';
  if (who === 'SYSTEM' || ((op === 'accept' || op === 'decline') && who !== 'SUPPORTER')) return 'FORBIDDEN';
  const check = checkTransition(state, TARGET[op], who);
  return check.allowed ? 'ALLOWED' : check.why === 'WRONG_STATE' ? 'CONFLICT' : 'FORBIDDEN';
}

describe('every operation, by everyone, from every status', () => {
  let entrepreneur: Someone;
  let coordinator: Someone;
  let stranger: Someone;
  let alternate: Someone;
  beforeAll(async () => {
    entrepreneur = await makeEntrepreneur(orm);
    coordinator = await makeStaff(orm);
    stranger = await makeSupporter(orm);
    alternate = await makeSupporter(orm, { capacity: 5 });
  });

  const operations: Operation[] = ['approve', 'reject', 'swap', 'accept', 'decline', 'complete', 'withdraw'];
  const people: Who[] = ['ENTREPRENEUR', 'SUPPORTER', 'COORDINATOR', 'STRANGER'];
  const cases = [
    ...MATCH_STATUSES.flatMap((state) => operations.flatMap((op) => people.map((who) => [state, op, who] as const))),
    ...MATCH_STATUSES.map((state) => [state, 'expire', 'SYSTEM'] as const),
  ];

  test.each(cases)('%s: %s by %s', async (state, op, who) => {
    const supporter = await makeSupporter(orm);
    const { demands } = await makeRequest(orm, entrepreneur.id);
    const matchId = await makeMatchIn(orm, state, {
      entrepreneurId: entrepreneur.id,
      supporterId: supporter.id,
      demandId: demands.MENTOR!,
    });
    const before = await statusOf(matchId);
    const actorId = {
      ENTREPRENEUR: entrepreneur.id,
      SUPPORTER: supporter.id,
      COORDINATOR: coordinator.id,
      STRANGER: stranger.id,
      SYSTEM: '',
    }[who];
    const actor = who === 'SYSTEM' ? null : await user(actorId);
    const { matching, matches } = world();
    const run = async (): Promise<unknown> => {
      switch (op) {
        case 'approve':
          return matching.approve(actor!, matchId);
        case 'reject':
          return matching.reject(actor!, matchId, 'NOT_SUITABLE', null);
        case 'swap':
          return matching.swap(actor!, matchId, alternate.id, null);
        case 'accept':
          return matches.accept(actor!, matchId);
        case 'decline':
          return matches.decline(actor!, matchId, 'NO_TIME', null);
        case 'complete':
          return matches.complete(actor!, matchId, 'GOALS_MET', null);
        case 'withdraw':
          return matches.withdraw(actor!, matchId, 'NOT_RESPONDING', null);
        case 'expire':
          return matches.expireInvitations(new Date(Date.now() + 2 * 3_600_000));
      }
    };
    const want = expected(state, op, who);
    if (want === 'ALLOWED') {
      await run();
      const after = await statusOf(matchId);
      expect(after.status).toBe(RESULT[op]);
      // One history row per step: accept is two (ACCEPTED, then ACTIVE).
      expect(after.steps).toBe(before.steps + (op === 'accept' ? 2 : 1));
    } else if (want === 'UNCHANGED') {
      await run();
      expect(await statusOf(matchId)).toEqual(before);
    } else {
      const error = await run().then(
        () => null,
        (e: unknown) => e as AppError,
      );
      expect(error?.code).toBe(want);
      expect(await statusOf(matchId)).toEqual(before);
    }
  });
});

describe('invitations expire', () => {
  test('after the configured time, with the clock the test controls; the demand opens again', async () => {
    const rose = await makeEntrepreneur(orm);
    const mentor = await makeSupporter(orm);
    const coordinator = await user((await makeStaff(orm)).id);
    const { demands } = await makeRequest(orm, rose.id);
    // In the past, so that invitations made by other tests (due in an hour) are not yet due.
    let now = new Date(Date.now() - 30 * 86_400_000);
    const clock = () => now;

    const match = await world({ clock }).matching.matchByHand(coordinator, demands.MENTOR!, mentor.id, 'r');
    expect(match.invitationExpiresAt).toEqual(new Date(now.getTime() + TTL));

    const sweeper = world({ clock });
    expect(await sweeper.matches.expireInvitations(new Date(now.getTime() + TTL - 1))).toBe(0);
    expect((await statusOf(match.id)).status).toBe('APPROVED');

    // Past the time but not yet swept: she can no longer accept.
    now = new Date(now.getTime() + TTL);
    const late = await world({ clock })
      .matches.accept(await user(mentor.id), match.id)
      .catch((e: AppError) => e);
    expect((late as AppError).key).toBe('match.invitationExpired');

    const { matches, events } = world({ clock });
    expect(await matches.expireInvitations(now)).toBe(1);
    expect(await statusOf(match.id)).toMatchObject({ status: 'EXPIRED', demand: 'OPEN' });
    expect(events).toEqual([expect.objectContaining({ type: 'match.changed', from: 'APPROVED', to: 'EXPIRED' })]);
    const last = await orm.em.fork().findOneOrFail(MatchTransition, { match: match.id, toStatus: 'EXPIRED' });
    expect(last).toMatchObject({ actorRole: 'SYSTEM', fromStatus: 'APPROVED', at: now });
    expect(last.actor).toBeNull();
    // A second sweep finds nothing to do.
    expect(await matches.expireInvitations(now)).toBe(0);
  });

  test('the app sweeps on a timer and stops it on close', async () => {
    const api = await startTestServer({ invitations: { ttlMs: 1, sweepIntervalMs: 20 } });
    try {
      const rose = await makeEntrepreneur(api.server.orm);
      const mentor = await makeSupporter(api.server.orm);
      const coordinator = await makeStaff(api.server.orm);
      const { demands } = await makeRequest(api.server.orm, rose.id);
      const made = await api.gql<{ matchByHand: { id: string } }>(
        'mutation($d: ID!, $s: ID!) { matchByHand(demandId: $d, supporterUserId: $s, reason: "r") { id } }',
        { d: demands.MENTOR, s: mentor.id },
        coordinator,
      );
      const id = made.data!.matchByHand.id;
      await vi.waitFor(
        async () => {
          const match = await api.server.orm.em.fork().findOneOrFail(Match, { id });
          expect(match.status).toBe('EXPIRED');
        },
        { timeout: 5000, interval: 25 },
      );
    } finally {
      await api.close();
    }
  });
});

describe('conversations and events', () => {
  test('accepting opens the conversation inside the transaction; ending closes it; events follow the commit', async () => {
    const rose = await makeEntrepreneur(orm);
    const mentor = await makeSupporter(orm);
    const coordinator = await user((await makeStaff(orm)).id);
    const { demands } = await makeRequest(orm, rose.id);
    const calls: string[] = [];
    const conversations: MatchConversations = {
      openConversationForMatch: async (em, matchId, userIds) => {
        calls.push(`open ${matchId} ${userIds.join(',')} ${em.isInTransaction()}`);
      },
      closeConversationForMatch: async (em, matchId) => {
        calls.push(`close ${matchId} ${em.isInTransaction()}`);
      },
    };
    const match = await world({ conversations }).matching.matchByHand(coordinator, demands.MENTOR!, mentor.id, 'r');
    const { matches, events } = world({ conversations });
    await matches.accept(await user(mentor.id), match.id);
    expect(calls).toEqual([`open ${match.id} ${rose.id},${mentor.id} true`]);
    expect(events.map((e) => e.type === 'match.changed' && [e.from, e.to])).toEqual([
      ['APPROVED', 'ACCEPTED'],
      ['ACCEPTED', 'ACTIVE'],
    ]);
    await world({ conversations }).matches.complete(await user(rose.id), match.id, 'PARTLY_MET', null);
    expect(calls.at(-1)).toBe(`close ${match.id} true`);
  });

  test('if the conversation cannot open, the match stays APPROVED and nothing is announced', async () => {
    const rose = await makeEntrepreneur(orm);
    const mentor = await makeSupporter(orm);
    const coordinator = await user((await makeStaff(orm)).id);
    const { demands } = await makeRequest(orm, rose.id);
    const match = await world().matching.matchByHand(coordinator, demands.MENTOR!, mentor.id, 'r');
    const failing: MatchConversations = {
      openConversationForMatch: async () => {
        throw new Error('chat is down');
      },
      closeConversationForMatch: async () => undefined,
    };
    const { matches, events } = world({ conversations: failing });
    await expect(matches.accept(await user(mentor.id), match.id)).rejects.toThrow('chat is down');
    expect(await statusOf(match.id)).toMatchObject({ status: 'APPROVED', demand: 'MATCHED' });
    expect(events).toEqual([]);
  });
});
