// The demo organizations: every one a marked example with a directory entry that reaches no real
// person, found by the directory's filters; a demo database made before the directory gets its entries.
import { NETWORK_COUNTRY_CODES } from '@aliadas/shared';
import { createLogger } from '../../logger.js';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { seedDemoNetwork, seedDemoOrganizationDirectoryIfNone } from '../../db/seed.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { Organization } from './organization.entity.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
  await seedDemoNetwork(api.server.orm.em.fork());
}, 120_000);
afterAll(async () => api?.close());

test('every demo organization is an example whose contact reaches nobody real', async () => {
  const organizations = await api.server.orm.em.fork().find(Organization, {});
  expect(organizations).toHaveLength(6);
  for (const organization of organizations) {
    expect(organization.isExample, organization.name).toBe(true);
    expect(organization.name).toMatch(/\(demo\)$/);
    expect(organization.website).toMatch(/^https:\/\/example\.org\//);
    expect(organization.email).toMatch(/@example\.org$/);
    expect(organization.phone?.replace(/^\+1 809|^\+\d{3}/, '')).toMatch(/^[0 ]+1?$/);
    expect(organization.needs.length, organization.name).toBeGreaterThan(0);
  }
  // Every country of the network has at least one organization in the directory.
  for (const country of NETWORK_COUNTRY_CODES) {
    const result = await api.gql<{ organizationDirectory: { total: number } }>(
      'query($country: Country) { organizationDirectory(country: $country) { total } }',
      { country },
    );
    expect(result.data?.organizationDirectory.total, country).toBeGreaterThan(0);
  }
});

test('a demo database made before the directory gets its demo entries, once', async () => {
  const em = api.server.orm.em.fork();
  // As the migration leaves them: empty search columns, no contact details.
  await em.nativeUpdate(
    Organization,
    {},
    { countryTags: '', languageTags: '', offerTags: '', searchText: '', website: null, isExample: false },
  );
  await seedDemoOrganizationDirectoryIfNone(api.server.orm.em.fork(), createLogger('silent'));
  const result = await api.gql<{ organizationDirectory: { items: { name: string; isExample: boolean }[] } }>(
    'query { organizationDirectory(country: DO, language: "ht") { items { name isExample website } } }',
  );
  expect(result.data?.organizationDirectory.items).toEqual([
    {
      name: 'Asociación Solidaridad Fronteriza (demo)',
      isExample: true,
      website: 'https://example.org/solidaridad-fronteriza',
    },
  ]);
});
