// No N+1: the main pages' queries run the same number of SQL statements whatever the amount of data.
// Each is run against a network of N and then of 3N people, requests, matches, conversations and
// reports (each on a fresh server), counting every statement the ORM sends for that one request.
import { afterEach, describe, expect, test } from 'vitest';
import { loadConfig } from '../config.js';
import { User } from '../modules/accounts/user.entity.js';
import {
  makeEntrepreneur,
  makeMatchIn,
  makeRequest,
  makeStaff,
  makeSupporter,
  type Someone,
} from '../modules/matching/matching.factories.js';
import { OrganizationMembership } from '../modules/organizations/organization-membership.entity.js';
import { Organization } from '../modules/organizations/organization.entity.js';
import { servicesOf } from '../test-support/chat.js';
import { generousLimits } from '../test-support/hostile.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';

const N = 3;

/** The queries of the main pages, as the client sends them. */
const PAGES = {
  entrepreneurHome: {
    who: 'entrepreneur',
    document: `query {
      mySupportRequests { id status createdAt demands { id kind needs status } }
      myMatches { id kind status supporter { userId displayName accountDeleted contact { email phone } }
        reasons { code params } }
      conversations(limit: 50) { id matchId }
    }`,
  },
  conversations: {
    who: 'entrepreneur',
    document: `query {
      conversations { id kind matchId unreadCount lastSeq lastReadSeq canSend blockedByMe
        members { userId displayName lastReadSeq } lastMessage { id body seq }
        circle { id name memberCount joined moderator { displayName } } }
    }`,
  },
  supporterInvitations: {
    who: 'mentor',
    document: `query {
      myInvitations { id kind invitationExpiresAt entrepreneur { userId displayName } demand { id needs }
        reasons { code params } }
      myMatches { id kind status entrepreneur { userId displayName } demand { id needs } }
    }`,
  },
  openDemands: {
    who: 'coordinator',
    document: `query {
      openDemands(limit: 50) { daysWaiting countryOfResidence urgency feasibleCount
        entrepreneur { userId displayName } demand { id kind needs } why { code } }
    }`,
  },
  reports: {
    who: 'coordinator',
    document: `query {
      reports(limit: 50) { id reason status reporter { id displayName } reportedUser { id displayName } }
    }`,
  },
  organizations: {
    who: 'coordinator',
    document: `query { organizations { id name members { userId displayName role } } }`,
  },
  matchHistory: {
    who: 'entrepreneur',
    document: `query { myMatches { id history { to at actor { userId } } demand { id } entrepreneur { userId } } }`,
  },
} as const;

type Page = keyof typeof PAGES;

interface World {
  api: TestServer;
  people: Record<(typeof PAGES)[Page]['who'], Someone>;
}

let current: TestServer | undefined;
afterEach(async () => {
  await current?.close();
  current = undefined;
});

/**
 * A network of `size`: her `size` active matches (one per request, each with its conversation and
 * messages), the mentor's `size` invitations, `size` more women with an open demand, `size` reports
 * and `size` organizations of two members.
 */
async function world(size: number): Promise<World> {
  // No invitation sweep in the middle of a counted request: its statements would be counted too.
  const api = await startTestServer({
    ...generousLimits(),
    invitations: { ttlMs: loadConfig({}).invitations.ttlMs, sweepIntervalMs: 3_600_000 },
  });
  current = api;
  const orm = api.server.orm;
  const coordinator = await makeStaff(orm);
  const entrepreneur = await makeEntrepreneur(orm);
  const mentor = await makeSupporter(orm, { capacity: 100 });
  for (let i = 0; i < size; i += 1) {
    const supporter = await makeSupporter(orm);
    // She shares her contact details: the entrepreneur's home shows them, and the read is audited.
    await orm.em
      .fork()
      .nativeUpdate(User, { id: supporter.id }, { shareContactDetails: true, phone: '+506 8888 0000' });
    const { demands } = await makeRequest(orm, entrepreneur.id, ['BUSINESS_PLAN']);
    const matchId = await makeMatchIn(orm, 'ACTIVE', {
      entrepreneurId: entrepreneur.id,
      supporterId: supporter.id,
      demandId: demands.MENTOR!,
    });
    const conversation = await servicesOf(api).chat.openConversationForMatch(matchId, [entrepreneur.id, supporter.id]);
    await servicesOf(api).chat.sendMessage(supporter.id, {
      conversationId: conversation.id,
      clientMessageId: `statements-${i}`,
      body: 'Hola',
    });

    const invited = await makeEntrepreneur(orm);
    const theirs = await makeRequest(orm, invited.id, ['BUSINESS_PLAN', 'LABOR_RIGHTS']);
    await makeMatchIn(orm, 'APPROVED', {
      entrepreneurId: invited.id,
      supporterId: mentor.id,
      demandId: theirs.demands.MENTOR!,
    });

    const em = orm.em.fork();
    const organization = em.create(Organization, {
      name: `Organization ${i}`,
      description: 'Mentoring in the region.',
      countries: ['CR'],
      languages: ['es'],
      services: ['MENTOR'],
    });
    em.create(OrganizationMembership, { organization, user: supporter.id, role: 'MEMBER' });
    em.create(OrganizationMembership, { organization, user: invited.id, role: 'COORDINATOR' });
    await em.flush();

    // A peer circle she is in, with its moderator and a message: her list names each circle.
    const created = await api.gql<{ createCircle: { id: string } }>(
      'mutation($input: CircleInput!) { createCircle(input: $input) { id } }',
      { input: { name: `Circle ${i}`, description: 'Peers.', country: 'CR', moderatorId: supporter.id } },
      coordinator,
    );
    const joined = await api.gql<{ joinCircle: { conversationId: string } }>(
      'mutation($id: ID!) { joinCircle(id: $id) { conversationId } }',
      { id: created.data!.createCircle.id },
      entrepreneur,
    );
    await servicesOf(api).chat.sendMessage(supporter.id, {
      conversationId: joined.data!.joinCircle.conversationId,
      clientMessageId: `statements-circle-${i}`,
      body: 'Bienvenidas',
    });

    const reported = await api.gql(
      'mutation($input: ReportPersonInput!) { reportPerson(input: $input) { id } }',
      { input: { userId: supporter.id, reason: 'SPAM' } },
      invited,
    );
    expect(reported.errors).toBeUndefined();
  }
  return { api, people: { entrepreneur, mentor, coordinator } };
}

/** Runs `document` as `who` and counts the SQL statements the server sent meanwhile. */
async function statementsOf(w: World, page: Page): Promise<number> {
  const { document, who } = PAGES[page];
  const logger = w.api.server.orm.config.getLogger();
  const original = logger.logQuery.bind(logger);
  let count = 0;
  logger.logQuery = (context) => {
    count += 1;
    original(context);
  };
  try {
    const result = await w.api.gql(document, {}, w.people[who]);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return count;
  } finally {
    logger.logQuery = original;
  }
}

async function countsAt(size: number): Promise<Record<Page, number>> {
  const w = await world(size);
  const counts = {} as Record<Page, number>;
  for (const page of Object.keys(PAGES) as Page[]) {
    // The first run warms what is cached once per process; the second is the one counted.
    await statementsOf(w, page);
    counts[page] = await statementsOf(w, page);
  }
  return counts;
}

describe('statements per request', () => {
  test(`stay the same from ${N} to ${3 * N} of everything`, async () => {
    const small = await countsAt(N);
    await current?.close();
    current = undefined;
    const large = await countsAt(3 * N);
    expect(large).toEqual(small);
  }, 120_000);
});
