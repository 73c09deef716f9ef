import type { MatrixWorld, OperationRules } from '../../test-support/authorization.js';
import { ServiceEntry } from './service-entry.entity.js';

const entry = () => ({
  country: 'CR',
  languages: ['es'],
  category: 'HEALTH',
  name: 'Matrix health service',
  description: 'An entry made by the authorization matrix.',
  phone: '+506 0000 0000',
  isExample: true,
});

/** A fresh entry for each call, so that archiving in one call leaves the next one something to change. */
async function entryId(w: MatrixWorld): Promise<string> {
  const em = w.api.server.orm.em.fork();
  const created = em.create(ServiceEntry, {
    ...entry(),
    country: 'CR',
    languages: ['es'],
    category: 'HEALTH',
    languageTags: ',es,',
    searchText: 'matrix health service',
  });
  await em.flush();
  return created.id;
}

export const servicesDirectoryOperations: OperationRules = {
  serviceEntries: {
    allowed: 'EVERYONE',
    document: 'query { serviceEntries(country: CR, language: "es", search: "salud") { total items { id } } }',
  },
  emergencyServiceEntries: {
    allowed: 'EVERYONE',
    document: 'query { emergencyServiceEntries(country: CR) { id phone } }',
  },
  serviceEntry: {
    allowed: 'EVERYONE',
    document: 'query($id: ID!) { serviceEntry(id: $id) { id name } }',
    variables: async (w) => ({ id: await entryId(w) }),
  },
  createServiceEntry: {
    allowed: ['COORDINATOR', 'ADMIN'],
    document: 'mutation($input: ServiceEntryInput!) { createServiceEntry(input: $input) { id } }',
    variables: () => ({ input: entry() }),
  },
  updateServiceEntry: {
    allowed: ['COORDINATOR', 'ADMIN'],
    document: 'mutation($id: ID!, $input: ServiceEntryInput!) { updateServiceEntry(id: $id, input: $input) { id } }',
    variables: async (w) => ({ id: await entryId(w), input: entry() }),
  },
  archiveServiceEntry: {
    allowed: ['COORDINATOR', 'ADMIN'],
    document: 'mutation($id: ID!) { archiveServiceEntry(id: $id) { id } }',
    variables: async (w) => ({ id: await entryId(w) }),
  },
};
