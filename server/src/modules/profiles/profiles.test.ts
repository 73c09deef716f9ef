import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { errorCodes, startTestServer, type TestServer } from '../../test-support/test-server.js';

const SAVE_ENTREPRENEUR = `mutation($input: EntrepreneurProfileInput!) {
  saveEntrepreneurProfile(input: $input) { id countryOfResidence countryOfOrigin city languages { language level } businessStage modalities availability { timeZone slots { day startMinute endMinute } } }
}`;
const SAVE_SUPPORTER = `mutation($input: SupporterProfileInput!) {
  saveSupporterProfile(input: $input) { id supportKinds needs jurisdictions capacity verified active }
}`;
const MY_PROFILES = `query { me { id entrepreneurProfile { city languages { language level } } supporterProfile { supportKinds verified jurisdictions } } }`;

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(async () => api?.close());

function entrepreneurInput(overrides: Record<string, unknown> = {}) {
  return {
    input: {
      countryOfResidence: 'DO',
      countryOfOrigin: 'HT',
      city: 'Santiago de los Caballeros',
      languages: [
        { language: 'ht', level: 'NATIVE' },
        { language: 'es', level: 'CONVERSATIONAL' },
      ],
      sector: 'FOOD',
      businessStage: 'STARTING',
      modalities: ['CHAT', 'CALL'],
      availability: { timeZone: 'America/Santo_Domingo', slots: [{ day: 6, startMinute: 540, endMinute: 720 }] },
      ...overrides,
    },
  };
}

function supporterInput(overrides: Record<string, unknown> = {}) {
  return {
    input: {
      supportKinds: ['LEGAL'],
      needs: ['REGULARIZATION', 'LABOR_RIGHTS'],
      jurisdictions: ['CR'],
      languages: [{ language: 'es', level: 'NATIVE' }],
      sectors: [],
      businessStages: [],
      capacity: 3,
      availability: { timeZone: 'America/Costa_Rica', slots: [{ day: 2, startMinute: 600, endMinute: 720 }] },
      modalities: ['CHAT', 'IN_PERSON'],
      country: 'CR',
      city: 'San José',
      ...overrides,
    },
  };
}

describe('entrepreneur profile', () => {
  test('she saves her profile and reads it back; saving again replaces it', async () => {
    const rose = await api.person(['ENTREPRENEUR']);
    const saved = await api.gql<{ saveEntrepreneurProfile: { id: string; city: string; languages: unknown[] } }>(
      SAVE_ENTREPRENEUR,
      entrepreneurInput(),
      rose,
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.saveEntrepreneurProfile.languages).toEqual([
      { language: 'ht', level: 'NATIVE' },
      { language: 'es', level: 'CONVERSATIONAL' },
    ]);
    const again = await api.gql<{ saveEntrepreneurProfile: { id: string; city: string } }>(
      SAVE_ENTREPRENEUR,
      entrepreneurInput({ city: 'Dajabón' }),
      rose,
    );
    expect(again.data?.saveEntrepreneurProfile.id).toBe(saved.data?.saveEntrepreneurProfile.id);
    const me = await api.gql<{ me: { entrepreneurProfile: { city: string } } }>(MY_PROFILES, {}, rose);
    expect(me.data?.me.entrepreneurProfile.city).toBe('Dajabón');
  });

  test.each([
    ['an unknown language', { languages: [{ language: 'xx', level: 'NATIVE' }] }],
    [
      'the same language twice',
      {
        languages: [
          { language: 'es', level: 'NATIVE' },
          { language: 'es', level: 'BASIC' },
        ],
      },
    ],
    ['no language at all', { languages: [] }],
    ['a residence outside the network', { countryOfResidence: 'US' }],
    ['an invalid time zone', { availability: { timeZone: 'Mars/Olympus', slots: [] } }],
    [
      'a window that ends before it starts',
      { availability: { timeZone: 'America/Panama', slots: [{ day: 1, startMinute: 600, endMinute: 500 }] } },
    ],
    [
      'a weekday out of range',
      { availability: { timeZone: 'America/Panama', slots: [{ day: 8, startMinute: 60, endMinute: 120 }] } },
    ],
    ['an oversized city', { city: 'x'.repeat(101) }],
    ['a city of spaces', { city: '   ' }],
    [
      'too many languages',
      {
        languages: ['es', 'en', 'fr', 'ht', 'pt', 'quc', 'mam', 'kek', 'cak'].map((language) => ({
          language,
          level: 'BASIC',
        })),
      },
    ],
  ])('refuses %s with a clear error and stores nothing', async (_label, overrides) => {
    const person = await api.person(['ENTREPRENEUR']);
    const result = await api.gql(SAVE_ENTREPRENEUR, entrepreneurInput(overrides), person);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.message.length).toBeGreaterThan(10);
    const me = await api.gql<{ me: { entrepreneurProfile: unknown } }>(MY_PROFILES, {}, person);
    expect(me.data?.me.entrepreneurProfile).toBeNull();
  });

  test('only an entrepreneur has an entrepreneur profile', async () => {
    const mentor = await api.person(['MENTOR']);
    expect(errorCodes(await api.gql(SAVE_ENTREPRENEUR, entrepreneurInput(), mentor))).toEqual(['FORBIDDEN']);
  });
});

describe('supporter profile', () => {
  test('an adviser is unverified until a coordinator checks her, and changing her jurisdictions asks again', async () => {
    const lawyer = await api.person(['ADVISER']);
    const coordinator = await api.person(['COORDINATOR']);
    const saved = await api.gql<{ saveSupporterProfile: { verified: boolean } }>(
      SAVE_SUPPORTER,
      supporterInput(),
      lawyer,
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.saveSupporterProfile.verified).toBe(false);

    const verified = await api.gql<{ verifySupporter: { verified: boolean } }>(
      'mutation($id: ID!) { verifySupporter(userId: $id) { verified } }',
      { id: lawyer.id },
      coordinator,
    );
    expect(verified.data?.verifySupporter.verified).toBe(true);

    const sameLaw = await api.gql<{ saveSupporterProfile: { verified: boolean } }>(
      SAVE_SUPPORTER,
      supporterInput({ capacity: 4 }),
      lawyer,
    );
    expect(sameLaw.data?.saveSupporterProfile.verified).toBe(true);
    const newLaw = await api.gql<{ saveSupporterProfile: { verified: boolean; jurisdictions: string[] } }>(
      SAVE_SUPPORTER,
      supporterInput({ jurisdictions: ['PA', 'CR'] }),
      lawyer,
    );
    expect(newLaw.data?.saveSupporterProfile).toMatchObject({ verified: false, jurisdictions: ['CR', 'PA'] });
  });

  test('a mentor needs no verification', async () => {
    const mentor = await api.person(['MENTOR']);
    const saved = await api.gql<{ saveSupporterProfile: { verified: boolean; jurisdictions: string[] } }>(
      SAVE_SUPPORTER,
      supporterInput({ supportKinds: ['MENTOR'], needs: ['BUSINESS_PLAN', 'SEED_CAPITAL'], jurisdictions: ['CR'] }),
      mentor,
    );
    expect(saved.errors).toBeUndefined();
    // Jurisdictions mean nothing for mentoring, so none are kept.
    expect(saved.data?.saveSupporterProfile).toMatchObject({ verified: true, jurisdictions: [] });
  });

  test('legal and fiscal advice needs at least one jurisdiction', async () => {
    const lawyer = await api.person(['ADVISER']);
    const result = await api.gql(SAVE_SUPPORTER, supporterInput({ jurisdictions: [] }), lawyer);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      key: 'profile.jurisdictionRequired',
    });
  });

  test('needs must be ones her kinds of support can serve', async () => {
    const lawyer = await api.person(['ADVISER']);
    const result = await api.gql(
      SAVE_SUPPORTER,
      supporterInput({ needs: ['REGULARIZATION', 'PSYCHOSOCIAL_SUPPORT'] }),
      lawyer,
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      key: 'profile.needNotServedByKinds',
      params: { needs: ['PSYCHOSOCIAL_SUPPORT'] },
    });
  });

  test('capacity stays between 1 and 5', async () => {
    const mentor = await api.person(['MENTOR']);
    for (const capacity of [0, 6]) {
      const result = await api.gql(
        SAVE_SUPPORTER,
        supporterInput({ supportKinds: ['MENTOR'], needs: ['BUSINESS_PLAN'], capacity }),
        mentor,
      );
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    }
  });

  test('a mentor cannot offer legal advice without the adviser role', async () => {
    const mentor = await api.person(['MENTOR']);
    expect(errorCodes(await api.gql(SAVE_SUPPORTER, supporterInput(), mentor))).toEqual(['FORBIDDEN']);
  });

  test('she can pause and resume taking new people', async () => {
    const mentor = await api.person(['MENTOR']);
    await api.gql(SAVE_SUPPORTER, supporterInput({ supportKinds: ['MENTOR'], needs: ['MARKETING_SALES'] }), mentor);
    const paused = await api.gql<{ setSupporterActive: { active: boolean } }>(
      'mutation { setSupporterActive(active: false) { active } }',
      {},
      mentor,
    );
    expect(paused.data?.setSupporterActive.active).toBe(false);
  });
});

describe('who reads a profile', () => {
  const PERSON = `query($id: ID!) { user(id: $id) { id email entrepreneurProfile { city } } }`;

  test('staff read profiles to curate matches, never her email; others cannot look anyone up', async () => {
    const rose = await api.person(['ENTREPRENEUR']);
    await api.gql(SAVE_ENTREPRENEUR, entrepreneurInput(), rose);
    const coordinator = await api.person(['COORDINATOR']);
    const seen = await api.gql<{ user: { email: string | null; entrepreneurProfile: { city: string } } }>(
      PERSON,
      { id: rose.id },
      coordinator,
    );
    expect(seen.data?.user).toMatchObject({
      email: null,
      entrepreneurProfile: { city: 'Santiago de los Caballeros' },
    });
    for (const role of ['ENTREPRENEUR', 'MENTOR', 'ADVISER'] as const) {
      const other = await api.person([role]);
      expect(errorCodes(await api.gql(PERSON, { id: rose.id }, other))).toEqual(['FORBIDDEN']);
    }
  });

  test('in an organization, members see names but not emails or profiles of each other', async () => {
    const admin = await api.person(['ADMIN']);
    const mentor = await api.person(['MENTOR'], { displayName: 'Carmen Solís' });
    const created = await api.gql<{ createOrganization: { id: string } }>(
      `mutation { createOrganization(input: { name: "Red de prueba", description: "Prueba", countries: [CR], languages: ["es"], services: [MENTOR] }) { id } }`,
      {},
      admin,
    );
    const organizationId = created.data!.createOrganization.id;
    await api.gql(
      'mutation($o: ID!, $u: ID!) { addOrganizationMember(organizationId: $o, userId: $u, role: MENTOR) { id } }',
      { o: organizationId, u: mentor.id },
      admin,
    );
    const member = await api.person(['MENTOR']);
    const listing = await api.gql<{ organization: { members: { displayName: string; role: string }[] } }>(
      'query($id: ID!) { organization(id: $id) { members { displayName role } } }',
      { id: organizationId },
      member,
    );
    expect(listing.data?.organization.members).toEqual([{ displayName: 'Carmen Solís', role: 'MENTOR' }]);
    const anonymous = await api.gql('query($id: ID!) { organization(id: $id) { name members { displayName } } }', {
      id: organizationId,
    });
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
  });
});
