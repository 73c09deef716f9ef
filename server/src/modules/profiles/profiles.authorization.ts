import type { OperationRules } from '../../test-support/authorization.js';

const availability = { timeZone: 'America/Costa_Rica', slots: [{ day: 2, startMinute: 540, endMinute: 660 }] };

export const profileOperations: OperationRules = {
  saveEntrepreneurProfile: {
    allowed: ['ENTREPRENEUR'],
    document: 'mutation($input: EntrepreneurProfileInput!) { saveEntrepreneurProfile(input: $input) { id } }',
    variables: () => ({
      input: {
        countryOfResidence: 'CR',
        city: 'San José',
        languages: [{ language: 'es', level: 'NATIVE' }],
        businessStage: 'IDEA',
        modalities: ['CHAT'],
        availability,
      },
    }),
  },
  saveSupporterProfile: {
    allowed: ['MENTOR', 'ADVISER'],
    document: 'mutation($input: SupporterProfileInput!) { saveSupporterProfile(input: $input) { id } }',
    variables: (_w, caller) => ({
      input: {
        supportKinds: caller === 'ADVISER' ? ['LEGAL'] : ['MENTOR'],
        needs: caller === 'ADVISER' ? ['LABOR_RIGHTS'] : ['BUSINESS_PLAN'],
        jurisdictions: caller === 'ADVISER' ? ['CR'] : [],
        languages: [{ language: 'es', level: 'NATIVE' }],
        capacity: 2,
        availability,
        modalities: ['CHAT'],
        country: 'CR',
        city: 'San José',
      },
    }),
  },
  setSupporterActive: {
    allowed: ['MENTOR', 'ADVISER'],
    document: 'mutation { setSupporterActive(active: true) { id } }',
  },
  verifySupporter: {
    allowed: ['COORDINATOR', 'ADMIN'],
    document: 'mutation($id: ID!) { verifySupporter(userId: $id) { id } }',
    variables: (w) => ({ id: w.others.ADVISER.id }),
  },
};
