// The organizations directory (public, searchable, kept by each organization's coordinators) and
// asking to join an organization, against the real server and database.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  errorCodes,
  startTestServer,
  TEST_PASSWORD,
  type TestPerson,
  type TestServer,
} from '../../test-support/test-server.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { Notification } from '../notifications/notification.entity.js';
import { OrganizationJoinRequest } from './organization-join-request.entity.js';
import { OrganizationMembership } from './organization-membership.entity.js';
import { directoryColumns } from './organization.service.js';

const DIRECTORY = `query($search: String, $country: Country, $language: String, $supportKind: SupportKind, $need: Need, $limit: Int, $offset: Int) {
  organizationDirectory(search: $search, country: $country, language: $language, supportKind: $supportKind, need: $need, limit: $limit, offset: $offset) {
    total items { id name countries languages services needs website phone email address isExample }
  }
}`;
const ONE = `query($id: ID!) { organization(id: $id) { id name description website phone email address needs isExample } }`;
const CREATE = `mutation($input: OrganizationInput!) { createOrganization(input: $input) { id } }`;
const UPDATE = `mutation($id: ID!, $input: OrganizationInput!) { updateOrganization(id: $id, input: $input) { id name phone } }`;
const ADD_MEMBER = `mutation($org: ID!, $user: ID!, $role: MembershipRole!) { addOrganizationMember(organizationId: $org, userId: $user, role: $role) { id } }`;
const JOIN = `mutation($input: JoinOrganizationInput!) { requestToJoinOrganization(input: $input) { id status role message requesterName organization { id name } } }`;
const MINE = `query($org: ID) { myOrganizationJoinRequests(organizationId: $org) { id status role message declineReason decidedAt requesterName organization { name } } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawOrganizationJoinRequest(requestId: $id) { id status requesterName organization { name } } }`;
const PENDING = `query($org: ID!) { pendingOrganizationJoinRequests(organizationId: $org) { id requesterName role message status } }`;
const ACCEPT = `mutation($id: ID!) { acceptOrganizationJoinRequest(requestId: $id) { id status } }`;
const DECLINE = `mutation($input: DeclineJoinRequestInput!) { declineOrganizationJoinRequest(input: $input) { id status declineReason } }`;

interface Listed {
  id: string;
  name: string;
  countries: string[];
  needs: string[];
  website: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  isExample: boolean;
}

function input(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Red Mujeres Migrantes Costa Rica (ejemplo)',
    description: 'Ejemplo: mentorías y asesoría laboral para mujeres nicaragüenses.',
    countries: ['CR'],
    languages: ['es', 'en'],
    services: ['MENTOR', 'LEGAL'],
    needs: ['BUSINESS_PLAN', 'LABOR_RIGHTS'],
    website: 'https://example.org/red-cr',
    phone: '+506 0000 0000',
    email: 'Contacto@Example.org',
    address: 'San José, Barrio Amón',
    isExample: true,
    ...overrides,
  };
}

let api: TestServer;
let admin: TestPerson;
const org: Record<'costaRica' | 'dominican' | 'guatemala', string> = { costaRica: '', dominican: '', guatemala: '' };
const coordinatorOf: Record<keyof typeof org, TestPerson> = {} as never;

async function createOrganization(overrides: Record<string, unknown>): Promise<string> {
  const result = await api.gql<{ createOrganization: { id: string } }>(CREATE, { input: input(overrides) }, admin);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.createOrganization.id;
}

async function directory(variables: Record<string, unknown>): Promise<{ total: number; items: Listed[] }> {
  const result = await api.gql<{ organizationDirectory: { total: number; items: Listed[] } }>(DIRECTORY, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.organizationDirectory;
}

async function join(who: TestPerson, organizationId: string, message?: string) {
  return api.gql<{ requestToJoinOrganization: { id: string; status: string; role: string; message: string | null } }>(
    JOIN,
    { input: { organizationId, ...(message === undefined ? {} : { message }) } },
    who,
  );
}

async function joined(who: TestPerson, organizationId: string, message?: string): Promise<string> {
  const result = await join(who, organizationId, message);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.requestToJoinOrganization.id;
}

function notificationsOf(userId: string): Promise<Notification[]> {
  return api.server.orm.em.fork().find(Notification, { recipient: userId }, { orderBy: { createdAt: 'asc' } });
}

beforeAll(async () => {
  api = await startTestServer();
  admin = await api.person(['ADMIN']);
  org.costaRica = await createOrganization({});
  org.dominican = await createOrganization({
    name: 'Solidaridad Fronteriza (ejemplo)',
    description: 'Ejemplo: apoyo psicosocial y legal a mujeres haitianas.',
    countries: ['DO'],
    languages: ['es', 'ht', 'fr'],
    services: ['PSYCHOSOCIAL', 'LEGAL'],
    needs: ['REGULARIZATION', 'VIOLENCE_SURVIVOR_SUPPORT'],
    website: null,
    phone: '+1 809 000 0000',
    email: null,
    address: null,
  });
  org.guatemala = await createOrganization({
    name: 'Fundación Manos de Mujer (ejemplo)',
    description: 'Ejemplo: crédito y formación, con atención en idiomas mayas.',
    countries: ['GT', 'BZ'],
    languages: ['es', 'quc'],
    services: ['FINANCIAL', 'MENTOR'],
    needs: ['CREDIT_ACCESS', 'SEED_CAPITAL'],
    website: 'https://example.org/manos',
    phone: '+502 0000 0000',
    email: 'manos@example.org',
    address: 'Quetzaltenango, zona 1',
    isExample: false,
  });
  for (const key of Object.keys(org) as (keyof typeof org)[]) {
    coordinatorOf[key] = await api.person(['COORDINATOR']);
    const added = await api.gql(ADD_MEMBER, { org: org[key], user: coordinatorOf[key].id, role: 'COORDINATOR' }, admin);
    expect(added.errors).toBeUndefined();
  }
}, 60_000);
afterAll(async () => api?.close());

describe('the directory columns', () => {
  test('tag codes between commas and fold the text, with what it offers named in every language', () => {
    const columns = directoryColumns({
      name: 'Red Ñandú',
      description: 'Crédito',
      address: null,
      countries: ['CR', 'PA'],
      languages: ['es'],
      services: ['FINANCIAL'],
      needs: ['SEED_CAPITAL'],
    });
    expect(columns.countryTags).toBe(',CR,PA,');
    expect(columns.languageTags).toBe(',es,');
    expect(columns.offerTags).toBe(',FINANCIAL,SEED_CAPITAL,');
    expect(columns.searchText).toContain('red nandu credito');
    expect(columns.searchText).toContain('seed money to get started');
  });
});

describe('anyone, without an account, reads the directory', () => {
  test('filters by country, language, support kind and need', async () => {
    expect((await directory({ country: 'DO' })).items.map((o) => o.id)).toEqual([org.dominican]);
    expect((await directory({ country: 'BZ' })).items.map((o) => o.id)).toEqual([org.guatemala]);
    expect((await directory({ language: 'ht' })).items.map((o) => o.id)).toEqual([org.dominican]);
    expect((await directory({ language: 'es' })).total).toBe(3);
    expect((await directory({ supportKind: 'LEGAL' })).items.map((o) => o.id).sort()).toEqual(
      [org.costaRica, org.dominican].sort(),
    );
    expect((await directory({ need: 'SEED_CAPITAL' })).items.map((o) => o.id)).toEqual([org.guatemala]);
    expect((await directory({ country: 'CR', supportKind: 'PSYCHOSOCIAL' })).total).toBe(0);
    expect((await directory({ country: 'PA' })).total).toBe(0);
  });

  test('searches by words, accents and case aside, and by what it offers in any language', async () => {
    expect((await directory({ search: 'HAITIANAS' })).items.map((o) => o.id)).toEqual([org.dominican]);
    expect((await directory({ search: 'credito' })).items.map((o) => o.id)).toEqual([org.guatemala]);
    // The need's label in Haitian Creole and in English find the organization that offers it.
    expect((await directory({ search: 'legal' })).total).toBeGreaterThanOrEqual(2);
    expect((await directory({ search: 'lajan pou komanse' })).items.map((o) => o.id)).toEqual([org.guatemala]);
    expect((await directory({ search: 'barrio amon' })).items.map((o) => o.id)).toEqual([org.costaRica]);
    expect((await directory({ search: '%' })).total).toBe(3);
  });

  test('pages through the results by name with the total', async () => {
    const first = await directory({ limit: 2, offset: 0 });
    const second = await directory({ limit: 2, offset: 2 });
    expect(first.total).toBe(3);
    expect([...first.items, ...second.items].map((o) => o.name)).toEqual([
      'Fundación Manos de Mujer (ejemplo)',
      'Red Mujeres Migrantes Costa Rica (ejemplo)',
      'Solidaridad Fronteriza (ejemplo)',
    ]);
  });

  test('reads one organization with its public contact, marked as an example', async () => {
    const result = await api.gql<{ organization: Listed }>(ONE, { id: org.costaRica });
    expect(result.errors).toBeUndefined();
    expect(result.data?.organization).toMatchObject({
      website: 'https://example.org/red-cr',
      phone: '+506 0000 0000',
      email: 'contacto@example.org',
      address: 'San José, Barrio Amón',
      needs: ['BUSINESS_PLAN', 'LABOR_RIGHTS'],
      isExample: true,
    });
    // Her members stay for signed-in people.
    const members = await api.gql(`query($id: ID!) { organization(id: $id) { members { userId } } }`, {
      id: org.costaRica,
    });
    expect(errorCodes(members)).toEqual(['UNAUTHENTICATED']);
  });

  test.each([
    ['an unknown language', { language: 'xx' }],
    ['a search too long', { search: 'a'.repeat(101) }],
    ['a page too big', { limit: 51 }],
    ['a negative offset', { offset: -1 }],
  ])('refuses %s', async (_label, variables) => {
    expect(errorCodes(await api.gql(DIRECTORY, variables))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('its coordinators keep the entry', () => {
  test.each([
    ['a web address without https', { website: 'example.org' }],
    ['a web address with another scheme', { website: 'javascript:alert(1)' }],
    ['a phone with letters', { phone: 'llame al 911' }],
    ['an email that is not one', { email: 'contacto at example' }],
    ['an address too long', { address: 'x'.repeat(301) }],
    ['a description too long', { description: 'x'.repeat(2001) }],
    ['an unknown need', { needs: ['FLYING'] }],
    ['no country', { countries: [] }],
  ])('refuses %s', async (_label, overrides) => {
    const result = await api.gql(UPDATE, { id: org.costaRica, input: input(overrides) }, coordinatorOf.costaRica);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
  });

  test('a coordinator changes her organization, the search follows, and the change is audited', async () => {
    const result = await api.gql<{ updateOrganization: { phone: string | null } }>(
      UPDATE,
      {
        id: org.costaRica,
        input: input({ phone: null, needs: ['BUSINESS_PLAN', 'DIGITAL_SKILLS'], address: 'Heredia centro' }),
      },
      coordinatorOf.costaRica,
    );
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    expect(result.data?.updateOrganization.phone).toBeNull();
    expect((await directory({ need: 'DIGITAL_SKILLS' })).items.map((o) => o.id)).toEqual([org.costaRica]);
    expect((await directory({ need: 'LABOR_RIGHTS' })).total).toBe(0);
    expect((await directory({ search: 'heredia' })).items.map((o) => o.id)).toEqual([org.costaRica]);
    const audit = await api.server.orm.em
      .fork()
      .find(AuditEntry, { action: 'organization.updated', subjectId: org.costaRica });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toEqual({ changed: ['needs', 'phone', 'address'] });
  });

  test('the coordinator of another organization may not change it', async () => {
    const result = await api.gql(UPDATE, { id: org.costaRica, input: input() }, coordinatorOf.dominican);
    expect(errorCodes(result)).toEqual(['FORBIDDEN']);
    expect(result.errors?.[0]?.extensions?.key).toBe('organization.notManager');
  });
});

describe('asking to join', () => {
  test('she asks with a message, the coordinators are told, she sees it pending and may not ask twice', async () => {
    const entrepreneur = await api.person(['ENTREPRENEUR'], { displayName: 'Marie Joseph' });
    const secondCoordinator = await api.person(['COORDINATOR']);
    await api.gql(ADD_MEMBER, { org: org.dominican, user: secondCoordinator.id, role: 'COORDINATOR' }, admin);

    const asked = await join(entrepreneur, org.dominican, '  Mwen bezwen èd pou papye mwen.  ');
    expect(asked.errors, JSON.stringify(asked.errors)).toBeUndefined();
    expect(asked.data?.requestToJoinOrganization).toMatchObject({
      requesterName: 'Marie Joseph',
      organization: { id: org.dominican, name: 'Solidaridad Fronteriza (ejemplo)' },
    });
    const requestId = asked.data!.requestToJoinOrganization.id;
    const mine = await api.gql<{ myOrganizationJoinRequests: { id: string; status: string; message: string }[] }>(
      MINE,
      { org: org.dominican },
      entrepreneur,
    );
    expect(mine.data?.myOrganizationJoinRequests).toEqual([
      expect.objectContaining({
        id: requestId,
        status: 'PENDING',
        role: 'MEMBER',
        message: 'Mwen bezwen èd pou papye mwen.',
      }),
    ]);

    for (const coordinator of [coordinatorOf.dominican, secondCoordinator]) {
      const [notification] = await notificationsOf(coordinator.id);
      expect(notification).toMatchObject({
        kind: 'ORGANIZATION_JOIN_REQUESTED',
        link: `/organizations/${org.dominican}/requests`,
        params: { organization: 'Solidaridad Fronteriza (ejemplo)' },
      });
    }
    // Nobody outside the organization hears of it.
    expect(await notificationsOf(coordinatorOf.costaRica.id)).toEqual([]);

    const pending = await api.gql<{ pendingOrganizationJoinRequests: { id: string; requesterName: string }[] }>(
      PENDING,
      { org: org.dominican },
      coordinatorOf.dominican,
    );
    expect(pending.data?.pendingOrganizationJoinRequests).toEqual([
      expect.objectContaining({ id: requestId, requesterName: 'Marie Joseph', status: 'PENDING' }),
    ]);

    const again = await join(entrepreneur, org.dominican);
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    expect(again.errors?.[0]?.extensions?.key).toBe('organization.joinRequestPending');
  });

  test('two requests sent at the same moment leave one pending request', async () => {
    const entrepreneur = await api.person(['ENTREPRENEUR']);
    const results = await Promise.all([join(entrepreneur, org.guatemala), join(entrepreneur, org.guatemala)]);
    expect(results.map((r) => errorCodes(r)[0] ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    const rows = await api.server.orm.em.fork().count(OrganizationJoinRequest, { user: entrepreneur.id });
    expect(rows).toBe(1);
  });

  test('she withdraws a pending request, and may ask again later', async () => {
    const mentor = await api.person(['MENTOR'], { displayName: 'Ana Mentora' });
    const requestId = await joined(mentor, org.costaRica);
    const withdrawn = await api.gql<{ withdrawOrganizationJoinRequest: { status: string } }>(
      WITHDRAW,
      { id: requestId },
      mentor,
    );
    expect(withdrawn.errors, JSON.stringify(withdrawn.errors)).toBeUndefined();
    expect(withdrawn.data?.withdrawOrganizationJoinRequest).toMatchObject({
      status: 'WITHDRAWN',
      requesterName: 'Ana Mentora',
      organization: { name: 'Red Mujeres Migrantes Costa Rica (ejemplo)' },
    });
    expect(errorCodes(await api.gql(WITHDRAW, { id: requestId }, mentor))).toEqual(['CONFLICT']);
    expect(errorCodes(await api.gql(ACCEPT, { id: requestId }, coordinatorOf.costaRica))).toEqual(['CONFLICT']);
    const second = await join(mentor, org.costaRica);
    expect(second.data?.requestToJoinOrganization).toMatchObject({ status: 'PENDING', role: 'MENTOR' });
  });

  test('nobody else withdraws her request', async () => {
    const entrepreneur = await api.person(['ENTREPRENEUR']);
    const other = await api.person(['ENTREPRENEUR']);
    const requestId = await joined(entrepreneur, org.costaRica);
    expect(errorCodes(await api.gql(WITHDRAW, { id: requestId }, other))).toEqual(['NOT_FOUND']);
  });

  test('a member, a coordinator only, a message too long and an unknown organization are refused', async () => {
    const member = await api.person(['ENTREPRENEUR']);
    await api.gql(ADD_MEMBER, { org: org.costaRica, user: member.id, role: 'MEMBER' }, admin);
    const asMember = await join(member, org.costaRica);
    expect(errorCodes(asMember)).toEqual(['CONFLICT']);
    expect(asMember.errors?.[0]?.extensions?.key).toBe('organization.alreadyMember');

    expect(errorCodes(await join(coordinatorOf.dominican, org.costaRica))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await join(member, org.guatemala, 'x'.repeat(501)))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await join(member, org.guatemala, '   '))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await join(member, '6f1c0a51-0000-4000-8000-000000000000'))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await join({ token: '' } as TestPerson, org.guatemala))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('its coordinators answer', () => {
  test('only that organization’s coordinators (or an admin) list, accept or decline its requests', async () => {
    const entrepreneur = await api.person(['ENTREPRENEUR']);
    const requestId = await joined(entrepreneur, org.guatemala);
    const outsider = coordinatorOf.costaRica;
    expect(errorCodes(await api.gql(PENDING, { org: org.guatemala }, outsider))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await api.gql(ACCEPT, { id: requestId }, outsider))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await api.gql(DECLINE, { input: { requestId } }, outsider))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await api.gql(ACCEPT, { id: requestId }, entrepreneur))).toEqual(['FORBIDDEN']);
    // A coordinator who is only a member there is no coordinator of it.
    const memberCoordinator = await api.person(['COORDINATOR']);
    await api.gql(ADD_MEMBER, { org: org.guatemala, user: memberCoordinator.id, role: 'MEMBER' }, admin);
    expect(errorCodes(await api.gql(ACCEPT, { id: requestId }, memberCoordinator))).toEqual(['FORBIDDEN']);

    const stillPending = await api.server.orm.em.fork().findOneOrFail(OrganizationJoinRequest, requestId);
    expect(stillPending.status).toBe('PENDING');
    const byAdmin = await api.gql<{ acceptOrganizationJoinRequest: { status: string } }>(
      ACCEPT,
      { id: requestId },
      admin,
    );
    expect(byAdmin.data?.acceptOrganizationJoinRequest.status).toBe('ACCEPTED');
  });

  test('accepting makes her a member in the same step, tells her, and is audited', async () => {
    const adviser = await api.person(['ADVISER']);
    const requestId = await joined(adviser, org.dominican, 'Soy abogada, hablo kreyòl.');
    const accepted = await api.gql<{ acceptOrganizationJoinRequest: { status: string } }>(
      ACCEPT,
      { id: requestId },
      coordinatorOf.dominican,
    );
    expect(accepted.errors, JSON.stringify(accepted.errors)).toBeUndefined();
    expect(accepted.data?.acceptOrganizationJoinRequest.status).toBe('ACCEPTED');

    const em = api.server.orm.em.fork();
    const membership = await em.findOneOrFail(OrganizationMembership, {
      organization: org.dominican,
      user: adviser.id,
    });
    expect(membership.role).toBe('ADVISER');
    const [notification] = await notificationsOf(adviser.id);
    expect(notification).toMatchObject({
      kind: 'ORGANIZATION_JOIN_ACCEPTED',
      link: `/organizations/${org.dominican}`,
      params: { organization: 'Solidaridad Fronteriza (ejemplo)' },
    });
    const audit = await em.find(AuditEntry, { action: 'organization.joinAccepted', subjectId: org.dominican });
    expect(audit.map((a) => a.details)).toEqual([{ requestId, userId: adviser.id, role: 'ADVISER' }]);
    const mine = await api.gql<{ myOrganizationJoinRequests: { status: string; decidedAt: string | null }[] }>(
      MINE,
      { org: org.dominican },
      adviser,
    );
    expect(mine.data?.myOrganizationJoinRequests[0]).toMatchObject({
      status: 'ACCEPTED',
      decidedAt: expect.any(String),
    });
    // The pending list no longer holds it, and she is now a member who cannot ask again.
    const pending = await api.gql<{ pendingOrganizationJoinRequests: { id: string }[] }>(
      PENDING,
      { org: org.dominican },
      coordinatorOf.dominican,
    );
    expect(pending.data?.pendingOrganizationJoinRequests.map((r) => r.id)).not.toContain(requestId);
    expect(errorCodes(await join(adviser, org.dominican))).toEqual(['CONFLICT']);
  });

  test('two coordinators answering at once: one answer wins, one membership', async () => {
    const entrepreneur = await api.person(['ENTREPRENEUR']);
    const second = await api.person(['COORDINATOR']);
    await api.gql(ADD_MEMBER, { org: org.guatemala, user: second.id, role: 'COORDINATOR' }, admin);
    const requestId = await joined(entrepreneur, org.guatemala);
    const results = await Promise.all([
      api.gql(ACCEPT, { id: requestId }, coordinatorOf.guatemala),
      api.gql(ACCEPT, { id: requestId }, second),
      api.gql(DECLINE, { input: { requestId, reason: 'OTHER' } }, second),
    ]);
    const outcomes = results.map((r) => errorCodes(r)[0] ?? 'OK');
    expect(outcomes.filter((o) => o === 'OK')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'CONFLICT')).toHaveLength(2);
    const em = api.server.orm.em.fork();
    const request = await em.findOneOrFail(OrganizationJoinRequest, requestId);
    const memberships = await em.count(OrganizationMembership, { organization: org.guatemala, user: entrepreneur.id });
    expect(memberships).toBe(request.status === 'ACCEPTED' ? 1 : 0);
    const told = await notificationsOf(entrepreneur.id);
    expect(told).toHaveLength(1);
  });

  test('declining with a reason tells her why and makes no membership', async () => {
    const entrepreneur = await api.person(['ENTREPRENEUR']);
    const requestId = await joined(entrepreneur, org.costaRica);
    const declined = await api.gql<{ declineOrganizationJoinRequest: { status: string; declineReason: string } }>(
      DECLINE,
      { input: { requestId, reason: 'OUTSIDE_SERVICE_AREA' } },
      coordinatorOf.costaRica,
    );
    expect(declined.data?.declineOrganizationJoinRequest).toEqual({
      id: requestId,
      status: 'DECLINED',
      declineReason: 'OUTSIDE_SERVICE_AREA',
    });
    const em = api.server.orm.em.fork();
    expect(await em.count(OrganizationMembership, { organization: org.costaRica, user: entrepreneur.id })).toBe(0);
    const [notification] = await notificationsOf(entrepreneur.id);
    expect(notification).toMatchObject({
      kind: 'ORGANIZATION_JOIN_DECLINED',
      link: `/organizations/${org.costaRica}`,
      params: { organization: 'Red Mujeres Migrantes Costa Rica (ejemplo)', reason: 'OUTSIDE_SERVICE_AREA' },
    });
    expect(await em.count(AuditEntry, { action: 'organization.joinDeclined', subjectId: org.costaRica })).toBe(1);
    expect(errorCodes(await api.gql(DECLINE, { input: { requestId, reason: 'SOMETHING' } }, admin))).toEqual([
      'BAD_USER_INPUT',
    ]);
    // Declined, she may ask again.
    expect((await join(entrepreneur, org.costaRica)).data?.requestToJoinOrganization.status).toBe('PENDING');
  });
});

describe('her data', () => {
  test('her export holds her requests and what she wrote; deleting her account removes them', async () => {
    const entrepreneur = await api.person(['ENTREPRENEUR']);
    const requestId = await joined(entrepreneur, org.guatemala, 'Quiero aprender a pedir crédito.');
    const exported = await api.gql<{ myDataExport: Record<string, unknown[]> }>(
      'query { myDataExport }',
      {},
      entrepreneur,
    );
    expect(exported.errors).toBeUndefined();
    expect(exported.data?.myDataExport.organizationJoinRequests).toEqual([
      expect.objectContaining({ id: requestId, message: 'Quiero aprender a pedir crédito.', status: 'PENDING' }),
    ]);
    expect(JSON.stringify(exported.data?.myDataExport.organizationJoinRequests)).not.toContain('pendingKey');

    const coordinatorExport = await api.gql<{ myDataExport: Record<string, unknown[]> }>(
      'query { myDataExport }',
      {},
      coordinatorOf.costaRica,
    );
    expect(coordinatorExport.data?.myDataExport.joinRequestsSheAnswered).toEqual(
      expect.arrayContaining([expect.objectContaining({ status: 'DECLINED', declineReason: 'OUTSIDE_SERVICE_AREA' })]),
    );

    const deleted = await api.gql(
      'mutation($p: String!) { deleteMyAccount(password: $p) }',
      { p: TEST_PASSWORD },
      entrepreneur,
    );
    expect(deleted.errors).toBeUndefined();
    expect(await api.server.orm.em.fork().count(OrganizationJoinRequest, { user: entrepreneur.id })).toBe(0);
  });
});
