import { NETWORK_COUNTRY_CODES } from '@aliadas/shared';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { seedDemoServices } from '../../db/seed.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { ServiceEntry } from './service-entry.entity.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
  await seedDemoServices(api.server.orm.em.fork());
});
afterAll(async () => api?.close());

test('every country of the network has demo services and one emergency line, all marked as examples', async () => {
  const entries = await api.server.orm.em.fork().find(ServiceEntry, {});
  expect(entries.every((e) => e.isExample)).toBe(true);
  for (const country of NETWORK_COUNTRY_CODES) {
    const here = entries.filter((e) => e.country === country);
    expect(here.filter((e) => !e.emergency).length, country).toBeGreaterThanOrEqual(1);
    const result = await api.gql<{ emergencyServiceEntries: { phone: string }[] }>(
      'query($country: Country!) { emergencyServiceEntries(country: $country) { phone } }',
      { country },
    );
    expect(result.data?.emergencyServiceEntries, country).toHaveLength(1);
  }
});

test('no demo phone number could reach a stranger: short public emergency numbers, or zeros', async () => {
  const entries = await api.server.orm.em.fork().find(ServiceEntry, { phone: { $ne: null } });
  for (const entry of entries) {
    const digits = entry.phone!.replace(/\D/g, '');
    if (entry.emergency) expect(digits).toMatch(/^\d{3}$/);
    else expect(digits.replace(/^(1809|50\d)/, '')).toMatch(/^0+1?$/);
  }
  for (const entry of await api.server.orm.em.fork().find(ServiceEntry, { website: { $ne: null } })) {
    expect(entry.website).toMatch(/^https:\/\/example\.org\//);
  }
});

test('the demo entries are found by text in the languages they are written in', async () => {
  const result = await api.gql<{ serviceEntries: { items: { name: string; isExample: boolean }[] } }>(
    'query { serviceEntries(country: DO, language: "ht", search: "papye") { items { name isExample } } }',
  );
  expect(result.data?.serviceEntries.items).toEqual([{ name: 'Biwo èd pou papye (egzanp fiktif)', isExample: true }]);
});
