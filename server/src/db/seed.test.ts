import type { Role } from '@aliadas/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { MikroORM } from '@mikro-orm/core';
import { User } from '../modules/accounts/user.entity.js';
import { EntrepreneurProfile } from '../modules/profiles/entrepreneur-profile.entity.js';
import { SupporterProfile } from '../modules/profiles/supporter-profile.entity.js';
import { Organization } from '../modules/organizations/organization.entity.js';
import { freshDatabase, type TestDatabase } from '../test-support/test-database.js';
import { openDatabase } from './orm.js';
import { verifyPassword } from '../modules/accounts/passwords.js';
import { DEMO_PHONE_LOGIN, DEMO_SIZES, seedDemoNetwork } from './seed.js';

async function seeded(): Promise<{ orm: MikroORM; db: TestDatabase }> {
  const db = await freshDatabase();
  const orm = await openDatabase(db.database);
  await seedDemoNetwork(orm.em.fork());
  return { orm, db };
}

async function snapshot(orm: MikroORM): Promise<string> {
  const em = orm.em.fork();
  const users = await em.find(User, {}, { populate: ['roleGrants'], orderBy: { email: 'asc' } });
  const entrepreneurs = await em.find(
    EntrepreneurProfile,
    {},
    { populate: ['user'], orderBy: { user: { email: 'asc' } } },
  );
  const supporters = await em.find(SupporterProfile, {}, { populate: ['user'], orderBy: { user: { email: 'asc' } } });
  return JSON.stringify({
    users: users.map((u) => [u.email, u.displayName, u.locale, u.roles.sort()]),
    entrepreneurs: entrepreneurs.map((p) => [
      p.user.email,
      p.countryOfResidence,
      p.countryOfOrigin,
      p.city,
      p.languages,
      p.sector,
      p.businessStage,
      p.availability,
    ]),
    supporters: supporters.map((p) => [
      p.user.email,
      p.supportKinds,
      p.needs,
      p.languages,
      p.jurisdictions,
      p.capacity,
      p.country,
      p.city,
      p.verified,
    ]),
  });
}

let first: { orm: MikroORM; db: TestDatabase };
beforeAll(async () => {
  first = await seeded();
});
afterAll(async () => {
  await first?.orm.close(true);
  await first?.db.drop();
});

describe('demo network', () => {
  test('has the promised size: entrepreneurs, mentors, advisers of all four kinds, organizations, coordinators', async () => {
    const em = first.orm.em.fork();
    const count = (role: Role) => em.count(User, { roleGrants: { role } });
    expect(await em.count(EntrepreneurProfile, {})).toBe(DEMO_SIZES.entrepreneurs);
    expect(await em.count(Organization, {})).toBe(DEMO_SIZES.organizations);
    expect(await count('COORDINATOR')).toBe(DEMO_SIZES.coordinators);
    expect(await count('ADMIN')).toBe(1);
    const supporters = await em.find(SupporterProfile, {});
    expect(supporters.filter((s) => s.supportKinds.includes('MENTOR'))).toHaveLength(DEMO_SIZES.mentors);
    for (const kind of ['LEGAL', 'FISCAL', 'FINANCIAL', 'PSYCHOSOCIAL'] as const) {
      expect(
        supporters.filter((s) => s.supportKinds.includes(kind) && !s.supportKinds.includes('MENTOR')).length,
      ).toBeGreaterThanOrEqual(8);
    }
    // Legal and fiscal advisers always say whose law they know.
    for (const s of supporters.filter((s) => s.supportKinds.some((k) => k === 'LEGAL' || k === 'FISCAL'))) {
      expect(s.jurisdictions).toContain(s.country);
    }
  });

  test('spreads over the eight countries with a realistic language mix', async () => {
    const profiles = await first.orm.em.fork().find(EntrepreneurProfile, {});
    const countries = new Set(profiles.map((p) => p.countryOfResidence));
    expect([...countries].sort()).toEqual(['BZ', 'CR', 'DO', 'GT', 'HN', 'NI', 'PA', 'SV']);
    const native = (lang: string) =>
      profiles.filter((p) => p.languages.some((l) => l.language === lang && l.level === 'NATIVE'));
    expect(native('es').length / profiles.length).toBeGreaterThan(0.6);
    const inDominicanRepublic = profiles.filter((p) => p.countryOfResidence === 'DO');
    const creoleInDR = inDominicanRepublic.filter((p) => p.languages.some((l) => l.language === 'ht'));
    expect(creoleInDR.length / inDominicanRepublic.length).toBeGreaterThan(0.4);
    const indigenous = profiles.filter((p) =>
      p.languages.some((l) => ['quc', 'mam', 'kek', 'cak', 'cab', 'miq', 'gym', 'cuk'].includes(l.language)),
    );
    expect(indigenous.length).toBeGreaterThan(10);
    expect(profiles.some((p) => p.languages.some((l) => l.language === 'en'))).toBe(true);
  });

  test('has one entrepreneur without email, who logs in with her phone and a PIN', async () => {
    const em = first.orm.em.fork();
    const her = await em.findOneOrFail(User, { loginPhone: DEMO_PHONE_LOGIN.phone }, { populate: ['roleGrants'] });
    expect(her).toMatchObject({ email: null, secretKind: 'PIN', roles: ['ENTREPRENEUR'] });
    expect(await verifyPassword(her.passwordHash, DEMO_PHONE_LOGIN.pin)).toBe(true);
  });

  test('is the same every time it is made', async () => {
    const second = await seeded();
    try {
      expect(await snapshot(second.orm)).toBe(await snapshot(first.orm));
    } finally {
      await second.orm.close(true);
      await second.db.drop();
    }
  });
});
