import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { OrganizationMembership } from '../organizations/organization-membership.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { errorCodes, startTestServer, type TestPerson, type TestServer } from '../../test-support/test-server.js';
import { ServiceEntry } from './service-entry.entity.js';
import { foldForSearch, searchTerms } from './services-directory.service.js';

const SEARCH = `query($search: String, $country: Country, $language: String, $category: ServiceCategory, $limit: Int, $offset: Int) {
  serviceEntries(search: $search, country: $country, language: $language, category: $category, limit: $limit, offset: $offset) {
    total items { id name country languages category phone emergency isExample organization { name } }
  }
}`;
const EMERGENCY = `query($country: Country!) { emergencyServiceEntries(country: $country) { id name phone emergency } }`;
const CREATE = `mutation($input: ServiceEntryInput!) { createServiceEntry(input: $input) { id name phone website address hours isExample emergency organization { id } } }`;
const UPDATE = `mutation($id: ID!, $input: ServiceEntryInput!) { updateServiceEntry(id: $id, input: $input) { id name phone } }`;
const ARCHIVE = `mutation($id: ID!) { archiveServiceEntry(id: $id) { id } }`;

interface Entry {
  id: string;
  name: string;
  country: string;
  languages: string[];
  category: string;
  phone: string | null;
  emergency: boolean;
  isExample: boolean;
  organization: { name: string } | null;
}
type SearchResult = { serviceEntries: { total: number; items: Entry[] } };

function input(overrides: Record<string, unknown> = {}) {
  return {
    country: 'GT',
    languages: ['es', 'quc'],
    category: 'GBV_REPORTING',
    name: 'Línea de apoyo a mujeres (ejemplo)',
    description: 'Ejemplo: escucha y orientación para denunciar la Violéncia contra las mujeres.',
    phone: '+502 0000 0000',
    website: 'https://ejemplo.org/apoyo',
    address: 'Zona 1, Ciudad de Guatemala',
    hours: '24 horas',
    emergency: false,
    isExample: true,
    ...overrides,
  };
}

let api: TestServer;
let coordinator: TestPerson;
let admin: TestPerson;
let ids: Record<string, string> = {};

async function create(by: TestPerson, overrides: Record<string, unknown> = {}): Promise<string> {
  const result = await api.gql<{ createServiceEntry: { id: string } }>(CREATE, { input: input(overrides) }, by);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.createServiceEntry.id;
}

async function search(variables: Record<string, unknown>): Promise<SearchResult['serviceEntries']> {
  const result = await api.gql<SearchResult>(SEARCH, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.serviceEntries;
}

beforeAll(async () => {
  api = await startTestServer();
  coordinator = await api.person(['COORDINATOR']);
  admin = await api.person(['ADMIN']);
  ids = {
    gbvGuatemala: await create(coordinator),
    healthGuatemala: await create(coordinator, {
      category: 'HEALTH',
      name: 'Clínica de salud comunitaria (ejemplo)',
      description: 'Ejemplo: consultas sin costo.',
      languages: ['es'],
      phone: null,
    }),
    emergencyGuatemala: await create(admin, {
      category: 'PROTECTION',
      name: 'Policía (ejemplo)',
      description: 'Ejemplo: número público de emergencias.',
      phone: '110',
      emergency: true,
      languages: ['es'],
    }),
    haitianDominican: await create(coordinator, {
      country: 'DO',
      languages: ['ht', 'fr'],
      category: 'MIGRATION_PROCEDURES',
      name: 'Sèvis imigrasyon (egzanp)',
      description: 'Egzanp: èd pou papye.',
    }),
    emergencyDominican: await create(coordinator, {
      country: 'DO',
      languages: ['es'],
      category: 'PROTECTION',
      name: 'Emergencias 911 (ejemplo)',
      description: 'Ejemplo: emergencias.',
      phone: '911',
      emergency: true,
    }),
  };
}, 60_000);
afterAll(async () => api?.close());

describe('folding text for search', () => {
  test('drops accents and case, and LIKE wildcards', () => {
    expect(foldForSearch('Violéncia ÀÉÎÕÜ Ñandú')).toBe('violencia aeiou nandu');
    expect(searchTerms('  50%_de\\ VIOLÉNCIA ')).toEqual(['50', 'de', 'violencia']);
    expect(searchTerms(null)).toEqual([]);
  });
});

describe('anyone, without an account', () => {
  test('searches by words, accents and case aside', async () => {
    const found = await search({ search: 'violencia' });
    expect(found.items.map((e) => e.id)).toEqual([ids.gbvGuatemala]);
    expect((await search({ search: 'CLÍNICA comunitaria' })).items.map((e) => e.id)).toEqual([ids.healthGuatemala]);
    // A category's label in any language finds its entries.
    expect((await search({ search: 'santé' })).items.map((e) => e.id)).toEqual([ids.healthGuatemala]);
    expect((await search({ search: 'violencia inexistente' })).total).toBe(0);
    // Wildcards are words like any other, not patterns.
    expect((await search({ search: '%' })).total).toBe(5);
    expect((await search({ search: '_' })).total).toBe(5);
  });

  test('filters by country, language and category, and marks the examples', async () => {
    const guatemala = await search({ country: 'GT' });
    expect(guatemala.total).toBe(3);
    // Emergency lines first.
    expect(guatemala.items[0]?.id).toBe(ids.emergencyGuatemala);
    expect(guatemala.items.every((e) => e.isExample)).toBe(true);
    const kiche = await search({ country: 'GT', language: 'quc' });
    expect(kiche.items.map((e) => e.id)).toEqual([ids.gbvGuatemala]);
    const creole = await search({ language: 'ht' });
    expect(creole.items.map((e) => e.id)).toEqual([ids.haitianDominican]);
    const migration = await search({ country: 'DO', category: 'MIGRATION_PROCEDURES' });
    expect(migration.items.map((e) => e.name)).toEqual(['Sèvis imigrasyon (egzanp)']);
    expect((await search({ country: 'CR' })).total).toBe(0);
  });

  test('pages through the results with the total', async () => {
    const first = await search({ limit: 2, offset: 0 });
    const second = await search({ limit: 2, offset: 2 });
    const third = await search({ limit: 2, offset: 4 });
    expect(first.total).toBe(5);
    const seen = [...first.items, ...second.items, ...third.items].map((e) => e.id);
    expect(new Set(seen).size).toBe(5);
  });

  test('reads the emergency lines of her country, and only those', async () => {
    const result = await api.gql<{ emergencyServiceEntries: Entry[] }>(EMERGENCY, { country: 'DO' });
    expect(result.errors).toBeUndefined();
    expect(result.data?.emergencyServiceEntries).toEqual([
      { id: ids.emergencyDominican, name: 'Emergencias 911 (ejemplo)', phone: '911', emergency: true },
    ]);
    const none = await api.gql<{ emergencyServiceEntries: Entry[] }>(EMERGENCY, { country: 'PA' });
    expect(none.data?.emergencyServiceEntries).toEqual([]);
  });

  test.each([
    ['an unknown language', { language: 'xx' }],
    ['a search too long', { search: 'a'.repeat(101) }],
    ['a page too big', { limit: 51 }],
    ['a negative offset', { offset: -1 }],
  ])('refuses %s', async (_label, variables) => {
    const result = await api.gql(SEARCH, variables);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
  });

  test('may not create, change or archive an entry', async () => {
    for (const [document, variables] of [
      [CREATE, { input: input() }],
      [UPDATE, { id: ids.gbvGuatemala, input: input({ name: 'Cambiado' }) }],
      [ARCHIVE, { id: ids.gbvGuatemala }],
    ] as const) {
      expect(errorCodes(await api.gql(document, variables))).toEqual(['UNAUTHENTICATED']);
    }
  });
});

describe('coordinators maintain the directory', () => {
  test('a coordinator adds, changes and archives an entry; each step is audited', async () => {
    const id = await create(coordinator, { country: 'PA', name: 'Programa de capital semilla (ejemplo)' });
    expect((await search({ country: 'PA', search: 'semilla' })).items.map((e) => e.id)).toEqual([id]);

    const updated = await api.gql<{ updateServiceEntry: { name: string; phone: string | null } }>(
      UPDATE,
      { id, input: input({ country: 'PA', name: 'Fondo semilla para mujeres (ejemplo)', phone: null }) },
      coordinator,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateServiceEntry).toMatchObject({ name: 'Fondo semilla para mujeres (ejemplo)' });
    expect((await search({ country: 'PA', search: 'fondo' })).total).toBe(1);
    expect((await search({ country: 'PA', search: 'programa' })).total).toBe(0);

    expect((await api.gql(ARCHIVE, { id }, coordinator)).errors).toBeUndefined();
    expect((await search({ country: 'PA' })).total).toBe(0);
    expect(errorCodes(await api.gql(`query($id: ID!) { serviceEntry(id: $id) { id } }`, { id }))).toEqual([
      'NOT_FOUND',
    ]);
    expect(errorCodes(await api.gql(UPDATE, { id, input: input() }, coordinator))).toEqual(['NOT_FOUND']);

    const em = api.server.orm.em.fork();
    const actions = (await em.find(AuditEntry, { subjectId: id }, { orderBy: { createdAt: 'asc' } })).map(
      (a) => a.action,
    );
    expect(actions.sort()).toEqual(['service.archived', 'service.created', 'service.updated']);
  });

  test('an entry names an organization its coordinator coordinates; an admin names any', async () => {
    const em = api.server.orm.em.fork();
    const own = em.create(Organization, {
      name: 'Organización de la coordinadora',
      description: 'x',
      countries: ['GT'],
      languages: ['es'],
      services: ['LEGAL'],
    });
    const other = em.create(Organization, {
      name: 'Otra organización',
      description: 'x',
      countries: ['GT'],
      languages: ['es'],
      services: ['LEGAL'],
    });
    em.create(OrganizationMembership, { organization: own, user: coordinator.id, role: 'COORDINATOR' });
    await em.flush();

    const mine = await api.gql<{ createServiceEntry: { organization: { id: string } } }>(
      CREATE,
      { input: input({ organizationId: own.id }) },
      coordinator,
    );
    expect(mine.data?.createServiceEntry.organization.id).toBe(own.id);
    const before = await em.fork().count(ServiceEntry, {});
    const theirs = await api.gql(CREATE, { input: input({ organizationId: other.id }) }, coordinator);
    expect(errorCodes(theirs)).toEqual(['FORBIDDEN']);
    expect(theirs.errors?.[0]?.extensions?.key).toBe('service.notOrganizationCoordinator');
    expect(await em.fork().count(ServiceEntry, {})).toBe(before);
    const byAdmin = await api.gql(CREATE, { input: input({ organizationId: other.id }) }, admin);
    expect(byAdmin.errors).toBeUndefined();
    await em.fork().nativeDelete(ServiceEntry, { organization: { $ne: null } });
  });

  test.each(['ENTREPRENEUR', 'MENTOR', 'ADVISER'] as const)('a %s may not maintain entries', async (role) => {
    const person = await api.person([role]);
    expect(errorCodes(await api.gql(CREATE, { input: input() }, person))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await api.gql(ARCHIVE, { id: ids.gbvGuatemala }, person))).toEqual(['FORBIDDEN']);
    expect((await search({})).total).toBe(5);
  });

  test.each([
    ['a phone with letters', { phone: 'llámanos' }],
    ['a phone too long', { phone: '+1 '.padEnd(40, '5') }],
    ['a website without https', { website: 'ejemplo.org' }],
    ['a website of another scheme', { website: 'javascript:alert(1)' }],
    ['a name of spaces', { name: '   ' }],
    ['a name too long', { name: 'x'.repeat(121) }],
    ['a description too long', { description: 'x'.repeat(601) }],
    ['a control character', { description: 'a\u0000b' }],
    ['no language', { languages: [] }],
    ['an unknown language', { languages: ['xx'] }],
    ['the same language twice', { languages: ['es', 'es'] }],
    ['an empty address', { address: '' }],
    ['hours too long', { hours: 'x'.repeat(201) }],
  ])('refuses %s with a clear error and stores nothing', async (_label, overrides) => {
    const before = await api.server.orm.em.fork().count(ServiceEntry, {});
    const result = await api.gql(CREATE, { input: input(overrides) }, coordinator);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions?.key).toBe('error.validation');
    expect(await api.server.orm.em.fork().count(ServiceEntry, {})).toBe(before);
  });
});
