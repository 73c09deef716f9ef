// Hostile input at every GraphQL mutation: arguments generated from the schema's input types with
// malformed, oversized, unicode-edge and injection-shaped values. Each call must end in a clear error
// with a stable code (or, for values that are merely odd, in success), never a 500 or an internal
// error, and a refused call must leave every table as it was. A mutation added to the schema is
// covered by walking the schema; one without arguments is sent unknown ones.
import { ROLES } from '@aliadas/shared';
import fc from 'fast-check';
import { getNamedType, isCompositeType, isNonNullType, type GraphQLField, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { UserRole } from '../modules/accounts/user-role.entity.js';
import { User } from '../modules/accounts/user.entity.js';
import { Report } from '../modules/chat/report.entity.js';
import { Message } from '../modules/chat/message.entity.js';
import { makeEntrepreneur, makeMatchIn, makeRequest, makeSupporter } from '../modules/matching/matching.factories.js';
import { MatchingRound } from '../modules/matching/matching-round.entity.js';
import { OrganizationMembership } from '../modules/organizations/organization-membership.entity.js';
import { Organization } from '../modules/organizations/organization.entity.js';
import { SupporterProfile } from '../modules/profiles/supporter-profile.entity.js';
import { ServiceEntry } from '../modules/services-directory/service-entry.entity.js';
import { searchColumns } from '../modules/services-directory/services-directory.service.js';
import { servicesOf } from '../test-support/chat.js';
import { databaseFingerprint, generousLimits, hostileFor, wrongValue } from '../test-support/hostile.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { aliadasSchema } from './schema.js';

/** Codes a client can act on; anything else (or no code) is a failure. The caller stays signed in throughout. */
const CLEAR_CODES = new Set([
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
]);
const RUNS = Number(process.env.HOSTILE_RUNS ?? 25);

// Built at collection time, so that each mutation is a test of its own.
const schema: GraphQLSchema = await aliadasSchema();
const MUTATIONS = Object.values(schema.getMutationType()?.getFields() ?? {});

let api: TestServer;

/** One person holding every role, with both kinds of profile: no @Authorized check stops her first. */
let actor: { id: string; token: string };
/** Ids of real records, so that some calls pass the existence checks and reach the deeper rules. */
let ids: string[] = [];

beforeAll(async () => {
  api = await startTestServer(generousLimits());
  const orm = api.server.orm;
  actor = await makeEntrepreneur(orm);
  const mentor = await makeSupporter(orm);
  const adviser = await makeSupporter(orm, { supportKinds: ['LEGAL'], jurisdictions: ['CR'] });
  const other = await makeEntrepreneur(orm);
  const em = orm.em.fork();
  const user = await em.findOneOrFail(User, actor.id, { populate: ['roleGrants'] });
  for (const role of ROLES) if (!user.hasRole(role)) em.create(UserRole, { user, role });
  em.create(SupporterProfile, {
    user,
    supportKinds: ['MENTOR', 'LEGAL'],
    needs: ['BUSINESS_PLAN', 'LABOR_RIGHTS'],
    languages: [{ language: 'es', level: 'NATIVE' }],
    jurisdictions: ['CR'],
    sectors: ['FOOD'],
    businessStages: ['STARTING'],
    capacity: 3,
    availability: { timeZone: 'America/Costa_Rica', slots: [{ day: 2, startMinute: 17 * 60, endMinute: 21 * 60 }] },
    modalities: ['CHAT'],
    country: 'CR',
    city: 'San José',
    verified: true,
    active: true,
  });
  const organization = em.create(Organization, {
    name: 'Hostile input organization',
    description: 'Coordinated by the actor.',
    countries: ['CR'],
    languages: ['es'],
    services: ['MENTOR'],
  });
  em.create(OrganizationMembership, { organization, user, role: 'COORDINATOR' });
  const service = {
    country: 'CR',
    languages: ['es'],
    category: 'HEALTH',
    name: 'Hostile',
    description: 'x',
    address: null,
  } as const;
  const serviceEntry = em.create(ServiceEntry, { ...service, languages: ['es'], ...searchColumns(service) });
  await em.flush();

  const own = await makeRequest(orm, actor.id, ['BUSINESS_PLAN', 'LABOR_RIGHTS']);
  const theirs = await makeRequest(orm, other.id, ['BUSINESS_PLAN', 'MARKETING_SALES']);
  const parties = (entrepreneurId: string, supporterId: string, demandId: string | undefined) => ({
    entrepreneurId,
    supporterId,
    demandId: demandId!,
  });
  const active = await makeMatchIn(orm, 'ACTIVE', parties(actor.id, mentor.id, own.demands.MENTOR));
  const proposed = await makeMatchIn(orm, 'PROPOSED', parties(actor.id, adviser.id, own.demands.LEGAL));
  const invitation = await makeMatchIn(orm, 'APPROVED', parties(other.id, actor.id, theirs.demands.MENTOR));
  const conversation = await servicesOf(api).chat.openConversationForMatch(active, [actor.id, mentor.id]);
  const sent = await servicesOf(api).chat.sendMessage(mentor.id, {
    conversationId: conversation.id,
    clientMessageId: 'hostile-world-1',
    body: 'Hola',
  });
  const reported = await api.gql(
    'mutation($input: ReportPersonInput!) { reportPerson(input: $input) { id } }',
    { input: { userId: mentor.id, reason: 'SPAM' } },
    other,
  );
  expect(reported.errors).toBeUndefined();

  const em2 = orm.em.fork();
  const rounds = await em2.find(MatchingRound, {});
  const reports = await em2.find(Report, {});
  const messages = await em2.find(Message, {});
  ids = [
    mentor.id,
    adviser.id,
    other.id,
    organization.id,
    serviceEntry.id,
    own.requestId,
    theirs.requestId,
    ...Object.values(own.demands),
    ...Object.values(theirs.demands),
    active,
    proposed,
    invitation,
    conversation.id,
    sent.message.id,
    ...rounds.map((r) => r.id),
    ...reports.map((r) => r.id),
    ...messages.map((m) => m.id),
  ].filter((id): id is string => typeof id === 'string');
}, 60_000);
afterAll(async () => api?.close());

/** A document calling `field` with every argument as a variable, selecting as little as possible. */
function documentFor(field: GraphQLField<unknown, unknown>, extraArgument: boolean): string {
  const declared = field.args.map((a) => `$${a.name}: ${a.type.toString()}`);
  const passed = field.args.map((a) => `${a.name}: $${a.name}`);
  // A mutation without arguments meets arguments it does not take.
  if (extraArgument) {
    declared.push('$unexpected: String');
    passed.push('unexpected: $unexpected');
  }
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  const variables = declared.length > 0 ? `(${declared.join(', ')})` : '';
  const args = passed.length > 0 ? `(${passed.join(', ')})` : '';
  return `mutation Hostile${variables} { ${field.name}${args}${selection} }`;
}

function variablesFor(field: GraphQLField<unknown, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const parts = Object.fromEntries(
    field.args.map((arg) => {
      const value = hostileFor(arg.type, { ids: () => ids });
      const optional = !isNonNullType(arg.type) || arg.defaultValue !== undefined;
      return [arg.name, optional ? fc.oneof(value, fc.constant(undefined)) : value] as const;
    }),
  );
  if (field.args.length === 0) return fc.record({ unexpected: fc.oneof(wrongValue, fc.string()) });
  return fc.oneof(
    { weight: 9, arbitrary: fc.record(parts) },
    // The variables themselves of the wrong shape: a list, a string, a deep object.
    { weight: 1, arbitrary: wrongValue.map((v) => v as Record<string, unknown>) },
  );
}

interface RawResult {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message?: unknown; extensions?: { code?: unknown } }[] };
}

async function post(query: string, variables: unknown): Promise<RawResult> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${actor.token}` },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body: RawResult['body'];
  try {
    body = JSON.parse(text) as RawResult['body'];
  } catch {
    throw new Error(`status ${response.status} with a body that is not JSON: ${text.slice(0, 200)}`);
  }
  return { status: response.status, body };
}

test('every mutation of the schema is walked', () => {
  expect(MUTATIONS.map((f) => f.name).sort()).toEqual(Object.keys(schema.getMutationType()!.getFields()).sort());
  expect(MUTATIONS.length).toBeGreaterThan(20);
});

describe('each mutation answers hostile arguments with a clear error, and what it refuses changes nothing', () => {
  test.each(MUTATIONS.map((field) => [field.name, field] as const))(
    '%s',
    async (name, field) => {
      const document = documentFor(field, field.args.length === 0);
      await fc.assert(
        fc.asyncProperty(variablesFor(field), async (variables) => {
          const before = await databaseFingerprint(api.server.orm);
          const { status, body } = await post(document, variables);
          expect(status, JSON.stringify(body)).toBeLessThan(500);
          const errors = body.errors ?? [];
          for (const error of errors) {
            expect(CLEAR_CODES, JSON.stringify(error)).toContain(error.extensions?.code);
            expect(typeof error.message).toBe('string');
          }
          if (errors.length > 0) {
            expect(body.data?.[name] ?? null).toBeNull();
            expect(await databaseFingerprint(api.server.orm)).toEqual(before);
          } else {
            expect(body.data?.[name]).toBeDefined();
          }
        }),
        { numRuns: RUNS },
      );
      const health = await fetch(`${api.url}/health`);
      expect(health.status).toBe(200);
    },
    120_000,
  );
});

test('an id written into the document itself is checked as one passed in variables', async () => {
  const before = await databaseFingerprint(api.server.orm);
  for (const document of [
    `mutation { approveProposal(matchId: "'; DROP TABLE matches; --") { id } }`,
    'mutation { reportMessage(input: { messageId: "a\\u0000b", reason: SPAM }) { id } }',
    'mutation { blockUser(userId: 42) { userId } }',
  ]) {
    const { status, body } = await post(document, {});
    expect(status, document).toBe(400);
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
  }
  expect(await databaseFingerprint(api.server.orm)).toEqual(before);
});

test('a log-in with control characters in the email is refused as input, not as a failure of ours', async () => {
  for (const email of ['\u0000', 'a\u0000b@example.org', '\u0007@x.org']) {
    const { status, body } = await post('mutation($input: LogInInput!) { logIn(input: $input) { token } }', {
      input: { email, password: 'whatever-it-is' },
    });
    expect(status).toBeLessThan(500);
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  }
});

test('signing up with a lone surrogate in the email is refused as input (the email validator threw on it)', async () => {
  for (const email of ['\uD800', 'ana\uDC00@example.org', 'x\uDBFF@y.org']) {
    const { status, body } = await post('mutation($input: RegisterInput!) { register(input: $input) { token } }', {
      input: { email, password: 'a-long-enough-password', displayName: 'Ana', roles: ['ENTREPRENEUR'] },
    });
    expect(status).toBeLessThan(500);
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  }
});
