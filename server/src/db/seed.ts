// The demo network: a believable, repeatable set of people and organizations across the eight
// countries, so that a newcomer sees Aliadas working on first start. Every run gives the same data.
import type {
  BusinessStage,
  CountryCode,
  LanguageCode,
  LanguageLevel,
  LanguageSkill,
  Modality,
  Need,
  Role,
  Sector,
  SupportKind,
  AvailabilitySlot,
  Weekday,
} from '@aliadas/shared';
import { BUSINESS_STAGES, COUNTRIES, Dice, needsForKind, SECTORS } from '@aliadas/shared';
import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { hashPassword } from '../modules/accounts/passwords.js';
import { UserRole } from '../modules/accounts/user-role.entity.js';
import { User } from '../modules/accounts/user.entity.js';
import { OrganizationMembership } from '../modules/organizations/organization-membership.entity.js';
import { Organization } from '../modules/organizations/organization.entity.js';
import { directoryColumns } from '../modules/organizations/organization.service.js';
import { EntrepreneurProfile } from '../modules/profiles/entrepreneur-profile.entity.js';
import { SupporterProfile } from '../modules/profiles/supporter-profile.entity.js';

export const DEMO_PASSWORD = 'aliadas-demo';
/** One demo entrepreneur has no email: she logs in with her phone number and a PIN. */
export const DEMO_PHONE_LOGIN = { phone: '+18092345678', pin: '480275' } as const;
export const DEMO_LOGINS = {
  admin: 'admin@aliadas.demo',
  coordinator: 'coordinadora@aliadas.demo',
  entrepreneur: 'emprendedora@aliadas.demo',
  mentor: 'mentora@aliadas.demo',
  adviser: 'asesora@aliadas.demo',
  interpreter: 'interprete@aliadas.demo',
} as const;

export const DEMO_SIZES = { entrepreneurs: 300, mentors: 80, advisers: 40, organizations: 6, coordinators: 8 } as const;

type NetworkCountry = 'GT' | 'SV' | 'HN' | 'NI' | 'CR' | 'PA' | 'BZ' | 'DO';

const CITIES: Record<NetworkCountry, string[]> = {
  GT: ['Ciudad de Guatemala', 'Quetzaltenango', 'Cobán', 'Escuintla'],
  SV: ['San Salvador', 'Santa Ana', 'San Miguel'],
  HN: ['Tegucigalpa', 'San Pedro Sula', 'La Ceiba', 'Puerto Lempira'],
  NI: ['Managua', 'León', 'Bilwi', 'Estelí'],
  CR: ['San José', 'Alajuela', 'Heredia', 'Liberia', 'Limón'],
  PA: ['Ciudad de Panamá', 'Colón', 'David', 'Changuinola'],
  BZ: ['Belize City', 'Belmopan', 'San Ignacio', 'Dangriga'],
  DO: ['Santo Domingo', 'Santiago de los Caballeros', 'La Romana', 'Dajabón'],
};

/** Where the women of each host country most often come from (weights). */
const ORIGINS: Record<NetworkCountry, [CountryCode, number][]> = {
  CR: [
    ['NI', 6],
    ['VE', 3],
    ['CO', 1],
    ['CU', 1],
  ],
  PA: [
    ['VE', 5],
    ['CO', 4],
    ['NI', 1],
    ['CU', 1],
  ],
  DO: [
    ['HT', 8],
    ['VE', 3],
    ['CU', 1],
  ],
  GT: [
    ['HN', 3],
    ['SV', 2],
    ['VE', 2],
    ['NI', 1],
  ],
  SV: [
    ['HN', 3],
    ['NI', 2],
    ['GT', 2],
    ['VE', 1],
  ],
  HN: [
    ['NI', 3],
    ['VE', 2],
    ['CU', 2],
    ['SV', 1],
  ],
  NI: [
    ['HN', 3],
    ['VE', 2],
    ['CU', 2],
    ['CR', 1],
  ],
  BZ: [
    ['GT', 4],
    ['HN', 3],
    ['SV', 3],
    ['HT', 1],
  ],
};

const RESIDENCE_WEIGHTS: [NetworkCountry, number][] = [
  ['CR', 18],
  ['PA', 14],
  ['DO', 16],
  ['GT', 14],
  ['SV', 9],
  ['HN', 11],
  ['NI', 8],
  ['BZ', 6],
];

const INDIGENOUS: Partial<Record<CountryCode, LanguageCode[]>> = {
  GT: ['quc', 'mam', 'kek', 'cak'],
  HN: ['cab', 'miq'],
  NI: ['miq', 'cab'],
  PA: ['gym', 'cuk'],
  BZ: ['kek', 'cab'],
};

const FIRST_NAMES: Partial<Record<CountryCode, string[]>> & { default: string[] } = {
  HT: [
    'Marie',
    'Rose-Andrée',
    'Guerline',
    'Fabienne',
    'Nadège',
    'Wideline',
    'Islande',
    'Magalie',
    'Roseline',
    'Esther',
    'Jislène',
    'Mirlande',
  ],
  VE: ['Yuleisy', 'Mariangel', 'Daniela', 'Andreína', 'Yohana', 'Karla', 'Génesis', 'Valentina', 'Oriana', 'Yusmary'],
  NI: ['Maryuri', 'Jahaira', 'Fátima', 'Martha', 'Xiomara', 'Jessenia', 'Auxiliadora', 'Scarleth', 'Katherine'],
  CO: ['Luz Dary', 'Yeimy', 'Paola', 'Sandra', 'Diana Marcela', 'Leidy', 'Yurani'],
  CU: ['Yanelis', 'Dayami', 'Yamilé', 'Odalys', 'Yaquelin', 'Marisleidis'],
  HN: ['Iris', 'Dilcia', 'Karen', 'Nohemy', 'Suyapa', 'Glenda', 'Wendy'],
  SV: ['Roxana', 'Marisol', 'Jenny', 'Reina', 'Evelyn', 'Sonia'],
  GT: ['Rigoberta', 'Ixchel', 'Juana', 'Magdalena', 'Candelaria', 'Petrona', 'Sandra'],
  default: [
    'María José',
    'Ana Lucía',
    'Carmen',
    'Gabriela',
    'Patricia',
    'Lorena',
    'Alejandra',
    'Mónica',
    'Silvia',
    'Rebeca',
    'Elena',
    'Claudia',
    'Ivonne',
    'Teresa',
  ],
};
const LAST_NAMES: Partial<Record<CountryCode, string[]>> & { default: string[] } = {
  HT: ['Joseph', 'Pierre', 'Jean-Baptiste', 'Louis', 'Charles', 'Dorvil', 'Saint-Fleur', 'Étienne', 'Desir'],
  default: [
    'González',
    'Rodríguez',
    'Hernández',
    'López',
    'Martínez',
    'Pérez',
    'García',
    'Sánchez',
    'Ramírez',
    'Flores',
    'Castillo',
    'Morales',
    'Mejía',
    'Vargas',
    'Rojas',
    'Chávez',
    'Reyes',
    'Alvarado',
    'Méndez',
    'Solís',
  ],
};

function nameFor(dice: Dice, origin: CountryCode): string {
  const firsts = FIRST_NAMES[origin] ?? FIRST_NAMES.default;
  const lasts = LAST_NAMES[origin] ?? LAST_NAMES.default;
  return `${dice.pick(firsts)} ${dice.pick(lasts)}`;
}

function timeZoneOf(country: CountryCode): string {
  return COUNTRIES.find((c) => c.code === country)!.timeZone;
}

function slots(dice: Dice, count: number): AvailabilitySlot[] {
  const result: AvailabilitySlot[] = [];
  const days = dice.some([1, 2, 3, 4, 5, 6, 7] as Weekday[], count, count);
  for (const day of days.sort()) {
    const start = dice.pick([7, 8, 9, 12, 14, 17, 18, 19]) * 60;
    result.push({ day, startMinute: start, endMinute: start + dice.pick([60, 90, 120, 180]) });
  }
  return result;
}

function entrepreneurLanguages(dice: Dice, residence: NetworkCountry, origin: CountryCode): LanguageSkill[] {
  const languages: LanguageSkill[] = [];
  if (origin === 'HT') {
    languages.push({ language: 'ht', level: 'NATIVE' });
    languages.push({
      language: 'es',
      level: dice.weighted<LanguageLevel>([
        ['CONVERSATIONAL', 4],
        ['BASIC', 4],
        ['FLUENT', 1],
      ]),
    });
    if (dice.chance(0.35))
      languages.push({ language: 'fr', level: dice.pick<LanguageLevel>(['FLUENT', 'CONVERSATIONAL']) });
    if (residence === 'BZ') languages.push({ language: 'en', level: 'BASIC' });
    return languages;
  }
  const indigenous = INDIGENOUS[origin] ?? INDIGENOUS[residence];
  if (indigenous && dice.chance(0.22)) {
    languages.push({ language: dice.pick(indigenous), level: 'NATIVE' });
    languages.push({
      language: 'es',
      level: dice.weighted<LanguageLevel>([
        ['FLUENT', 3],
        ['CONVERSATIONAL', 3],
        ['BASIC', 1],
      ]),
    });
  } else {
    languages.push({ language: 'es', level: 'NATIVE' });
  }
  if (residence === 'BZ')
    languages.push({ language: 'en', level: dice.pick<LanguageLevel>(['CONVERSATIONAL', 'BASIC']) });
  else if (dice.chance(0.08))
    languages.push({ language: 'en', level: dice.pick<LanguageLevel>(['CONVERSATIONAL', 'BASIC']) });
  return languages;
}

function supporterLanguages(dice: Dice, country: NetworkCountry): LanguageSkill[] {
  const languages: LanguageSkill[] = [{ language: country === 'BZ' ? 'en' : 'es', level: 'NATIVE' }];
  if (country === 'BZ')
    languages.push({ language: 'es', level: dice.pick<LanguageLevel>(['FLUENT', 'CONVERSATIONAL']) });
  if (country === 'DO' && dice.chance(0.4))
    languages.push({ language: 'ht', level: dice.pick<LanguageLevel>(['FLUENT', 'CONVERSATIONAL', 'NATIVE']) });
  if (country !== 'BZ' && dice.chance(0.3))
    languages.push({ language: 'en', level: dice.pick<LanguageLevel>(['FLUENT', 'CONVERSATIONAL']) });
  if (dice.chance(0.1))
    languages.push({ language: 'fr', level: dice.pick<LanguageLevel>(['FLUENT', 'CONVERSATIONAL']) });
  const indigenous = INDIGENOUS[country];
  if (indigenous && dice.chance(0.15))
    languages.push({ language: dice.pick(indigenous), level: dice.pick<LanguageLevel>(['NATIVE', 'FLUENT']) });
  return languages;
}

/**
 * The demo member organizations and their directory entries. All fictional and marked as examples:
 * phones are rows of zeros, web and mail addresses are on example.org, addresses name no real office.
 */
const ORGANIZATIONS: {
  name: string;
  description: string;
  countries: CountryCode[];
  languages: LanguageCode[];
  services: SupportKind[];
  needs: Need[];
  website: string;
  phone: string;
  email: string;
  address: string;
}[] = [
  {
    name: 'Red Mujeres Emprendedoras Costa Rica (demo)',
    description:
      'Ejemplo de organización: acompaña a mujeres migrantes nicaragüenses y venezolanas con mentorías, asesoría laboral y orientación para pedir crédito.',
    countries: ['CR'],
    languages: ['es', 'en'],
    services: ['MENTOR', 'LEGAL', 'FINANCIAL'],
    needs: ['BUSINESS_PLAN', 'MARKETING_SALES', 'LABOR_RIGHTS', 'REGULARIZATION', 'CREDIT_ACCESS'],
    website: 'https://example.org/red-mujeres-cr',
    phone: '+506 0000 0000',
    email: 'contacto-cr@example.org',
    address: 'Ejemplo: San José, Barrio Amón (dirección ficticia)',
  },
  {
    name: 'Fundación Manos de Mujer Guatemala (demo)',
    description:
      'Ejemplo de organización: formación y crédito para emprendedoras, con atención en idiomas mayas y acompañamiento psicosocial.',
    countries: ['GT', 'BZ'],
    languages: ['es', 'quc', 'mam', 'kek'],
    services: ['MENTOR', 'FINANCIAL', 'PSYCHOSOCIAL'],
    needs: ['FINANCIAL_LITERACY', 'SEED_CAPITAL', 'CREDIT_ACCESS', 'PSYCHOSOCIAL_SUPPORT', 'SOFT_SKILLS'],
    website: 'https://example.org/manos-de-mujer',
    phone: '+502 0000 0000',
    email: 'contacto-gt@example.org',
    address: 'Ejemplo: Quetzaltenango, zona 1 (dirección ficticia)',
  },
  {
    name: 'Asociación Solidaridad Fronteriza (demo)',
    description:
      'Ejemplo de organización: apoyo legal y psicosocial a mujeres haitianas en República Dominicana; atiende en español, kreyòl y francés.',
    countries: ['DO'],
    languages: ['es', 'ht', 'fr'],
    services: ['LEGAL', 'PSYCHOSOCIAL', 'MENTOR'],
    needs: [
      'REGULARIZATION',
      'SOCIAL_PROTECTION',
      'VIOLENCE_SURVIVOR_SUPPORT',
      'PSYCHOSOCIAL_SUPPORT',
      'BUSINESS_PLAN',
    ],
    website: 'https://example.org/solidaridad-fronteriza',
    phone: '+1 809 000 0000',
    email: 'contacto-do@example.org',
    address: 'Ejemplo: Dajabón, calle principal (dirección ficticia)',
  },
  {
    name: 'Colectiva Istmo Panamá (demo)',
    description: 'Ejemplo de organización: formalización de negocios y asesoría fiscal para migrantes.',
    countries: ['PA'],
    languages: ['es', 'en'],
    services: ['FISCAL', 'LEGAL', 'MENTOR'],
    needs: ['BUSINESS_FORMALIZATION', 'TAXES', 'REGULARIZATION', 'DIGITAL_SKILLS'],
    website: 'https://example.org/colectiva-istmo',
    phone: '+507 000 0000',
    email: 'contacto-pa@example.org',
    address: 'Ejemplo: Ciudad de Panamá, Calidonia (dirección ficticia)',
  },
  {
    name: 'Mujeres del Norte Centroamericano (demo)',
    description:
      'Ejemplo de organización: red regional en Honduras, El Salvador y Nicaragua, con grupos de apoyo y fondos semilla.',
    countries: ['HN', 'SV', 'NI'],
    languages: ['es', 'miq', 'cab'],
    services: ['MENTOR', 'PSYCHOSOCIAL', 'FINANCIAL'],
    needs: ['LEADERSHIP_NEGOTIATION', 'SEED_CAPITAL', 'PSYCHOSOCIAL_SUPPORT', 'VIOLENCE_SURVIVOR_SUPPORT'],
    website: 'https://example.org/mujeres-del-norte',
    phone: '+504 0000 0000',
    email: 'contacto-norte@example.org',
    address: 'Ejemplo: Tegucigalpa, colonia Palmira (dirección ficticia)',
  },
  {
    name: 'Alianza Regional de Asesoras (demo)',
    description: 'Ejemplo de organización: abogadas y contadoras voluntarias en toda la región.',
    countries: ['GT', 'SV', 'HN', 'NI', 'CR', 'PA', 'BZ', 'DO'],
    languages: ['es', 'en', 'fr'],
    services: ['LEGAL', 'FISCAL', 'FINANCIAL'],
    needs: ['REGULARIZATION', 'LABOR_RIGHTS', 'BUSINESS_FORMALIZATION', 'TAXES', 'CREDIT_ACCESS'],
    website: 'https://example.org/alianza-asesoras',
    phone: '+506 0000 0001',
    email: 'contacto@example.org',
    address: 'Ejemplo: atención en línea y por teléfono en toda la región',
  },
];

/** A demo organization as stored: marked as an example, with its directory search columns. */
function demoOrganizationFields(organization: (typeof ORGANIZATIONS)[number]) {
  return { ...organization, isExample: true, ...directoryColumns(organization) };
}

/**
 * On a demo database made before the directory existed, the demo organizations get their entries;
 * nothing else is touched.
 */
export async function seedDemoOrganizationDirectoryIfNone(em: EntityManager, log: Logger): Promise<void> {
  if ((await em.count(User, { email: DEMO_LOGINS.entrepreneur })) === 0) return;
  const filled = await em.transactional(async (tx) => {
    const bare = await tx.find(Organization, { name: { $in: ORGANIZATIONS.map((o) => o.name) }, countryTags: '' });
    for (const organization of bare) {
      const demo = ORGANIZATIONS.find((o) => o.name === organization.name)!;
      tx.assign(organization, demoOrganizationFields(demo));
    }
    return bare.length;
  });
  if (filled > 0) log.info({ organizations: filled }, 'demo organizations directory filled in');
}

const ADVISER_KINDS: SupportKind[] = ['LEGAL', 'FISCAL', 'FINANCIAL', 'PSYCHOSOCIAL'];
const NETWORK: NetworkCountry[] = ['GT', 'SV', 'HN', 'NI', 'CR', 'PA', 'BZ', 'DO'];

export async function seedDemoNetwork(em: EntityManager, seed = 20261129): Promise<Record<string, number>> {
  const dice = Dice.seeded(seed);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const pinHash = await hashPassword(DEMO_PHONE_LOGIN.pin);
  const createdAt = new Date('2026-01-15T12:00:00Z');
  let serial = 0;

  const person = (
    email: string,
    displayName: string,
    roles: Role[],
    locale: 'es' | 'en' | 'fr' | 'ht' = 'es',
  ): User => {
    serial += 1;
    const user = em.create(User, {
      email,
      displayName,
      passwordHash,
      locale,
      createdAt: new Date(createdAt.getTime() + serial * 60_000),
    });
    for (const role of roles) user.roleGrants.add(em.create(UserRole, { user, role, grantedAt: createdAt }));
    return user;
  };

  return em.transactional(async (tx) => {
    em = tx;
    const organizations = ORGANIZATIONS.map((o) =>
      em.create(Organization, { ...demoOrganizationFields(o), createdAt }),
    );
    const admin = person(DEMO_LOGINS.admin, 'Administradora Aliadas', ['ADMIN']);

    for (let i = 0; i < DEMO_SIZES.coordinators; i++) {
      const organization = organizations[i % organizations.length]!;
      const email = i === 0 ? DEMO_LOGINS.coordinator : `coordinadora${String(i).padStart(2, '0')}@aliadas.demo`;
      const coordinator = person(email, nameFor(dice, organization.countries[0]!), ['COORDINATOR']);
      em.create(OrganizationMembership, { organization, user: coordinator, role: 'COORDINATOR', joinedAt: createdAt });
    }

    for (let i = 0; i < DEMO_SIZES.entrepreneurs; i++) {
      const residence = i === 0 ? 'DO' : dice.weighted(RESIDENCE_WEIGHTS);
      const origin = i === 0 ? 'HT' : dice.weighted(ORIGINS[residence]);
      const languages = entrepreneurLanguages(dice, residence, origin);
      const locale = languages[0]!.language === 'ht' ? 'ht' : residence === 'BZ' ? 'en' : 'es';
      const email = i === 0 ? DEMO_LOGINS.entrepreneur : `emprendedora${String(i).padStart(3, '0')}@aliadas.demo`;
      const user = person(email, nameFor(dice, origin), ['ENTREPRENEUR'], locale);
      if (i === 2)
        em.assign(user, { email: null, loginPhone: DEMO_PHONE_LOGIN.phone, passwordHash: pinHash, secretKind: 'PIN' });
      em.create(EntrepreneurProfile, {
        user,
        countryOfResidence: residence,
        countryOfOrigin: origin,
        city: dice.pick(CITIES[residence]),
        languages,
        sector: dice.weighted<Sector>([
          ['FOOD', 8],
          ['BEAUTY', 4],
          ['CLOTHING_TEXTILES', 4],
          ['CRAFTS', 3],
          ['RETAIL', 5],
          ['CLEANING_SERVICES', 2],
          ['CARE_SERVICES', 2],
          ['AGRICULTURE', 2],
          ['TOURISM_HOSPITALITY', 1],
          ['TECHNOLOGY', 1],
          ['OTHER', 1],
        ]),
        businessStage: dice.weighted<BusinessStage>([
          ['IDEA', 3],
          ['STARTING', 4],
          ['RUNNING', 3],
          ['GROWING', 1],
        ]),
        businessDescription: null,
        modalities: dice.some<Modality>(['CHAT', 'CALL', 'IN_PERSON'], 1, 2),
        availability: { timeZone: timeZoneOf(residence), slots: slots(dice, dice.int(1, 4)) },
      });
    }

    const supporter = (
      user: User,
      kinds: SupportKind[],
      country: NetworkCountry,
      verified: boolean,
      organization: Organization | null,
    ): void => {
      const servable = [...new Set(kinds.flatMap((k) => needsForKind(k)))];
      const jurisdictions: CountryCode[] = kinds.some((k) => k === 'LEGAL' || k === 'FISCAL')
        ? [country, ...(dice.chance(0.2) ? [dice.pick(NETWORK.filter((c) => c !== country))] : [])]
        : [];
      em.create(SupporterProfile, {
        user,
        supportKinds: kinds,
        needs: dice.some<Need>(servable, Math.min(2, servable.length), servable.length),
        languages: supporterLanguages(dice, country),
        jurisdictions,
        sectors: dice.some(SECTORS, 1, 4),
        businessStages: dice.some(BUSINESS_STAGES, 1, 4),
        capacity: dice.weighted([
          [1, 2],
          [2, 4],
          [3, 4],
          [4, 2],
          [5, 1],
        ]),
        availability: { timeZone: timeZoneOf(country), slots: slots(dice, dice.int(2, 5)) },
        modalities: dice.some<Modality>(['CHAT', 'CALL', 'IN_PERSON'], 1, 3),
        country,
        city: dice.pick(CITIES[country]),
        verified,
        verifiedBy: verified && kinds.some((k) => k !== 'MENTOR') ? admin : null,
        verifiedAt: verified && kinds.some((k) => k !== 'MENTOR') ? createdAt : null,
        active: dice.chance(0.93),
        organization,
      });
      if (organization) {
        em.create(OrganizationMembership, {
          organization,
          user,
          role: kinds.includes('MENTOR') ? 'MENTOR' : 'ADVISER',
          joinedAt: createdAt,
        });
      }
    };

    for (let i = 0; i < DEMO_SIZES.mentors; i++) {
      const country = i === 0 ? 'CR' : dice.weighted(RESIDENCE_WEIGHTS);
      const email = i === 0 ? DEMO_LOGINS.mentor : `mentora${String(i).padStart(2, '0')}@aliadas.demo`;
      const roles: Role[] = dice.chance(0.05) ? ['MENTOR', 'ENTREPRENEUR'] : ['MENTOR'];
      const user = person(email, nameFor(dice, country), roles, country === 'BZ' ? 'en' : 'es');
      const kinds: SupportKind[] = dice.chance(0.1) ? ['MENTOR', 'FINANCIAL'] : ['MENTOR'];
      if (kinds.includes('FINANCIAL') && !roles.includes('ADVISER')) {
        user.roleGrants.add(em.create(UserRole, { user, role: 'ADVISER', grantedBy: admin, grantedAt: createdAt }));
      }
      const organization = dice.chance(0.6)
        ? dice.pick(organizations.filter((o) => o.countries.includes(country)))
        : null;
      supporter(user, kinds, country, true, organization ?? null);
    }

    for (let i = 0; i < DEMO_SIZES.advisers; i++) {
      const kind = ADVISER_KINDS[i % ADVISER_KINDS.length]!;
      const country = i === 0 ? 'CR' : NETWORK[(i * 3 + Math.floor(i / 4)) % NETWORK.length]!;
      const email = i === 0 ? DEMO_LOGINS.adviser : `asesora${String(i).padStart(2, '0')}@aliadas.demo`;
      const user = person(email, nameFor(dice, country), ['ADVISER'], country === 'BZ' ? 'en' : 'es');
      const candidates = organizations.filter((o) => o.countries.includes(country) && o.services.includes(kind));
      supporter(user, [kind], country, i === 0 || dice.chance(0.88), candidates.length ? dice.pick(candidates) : null);
    }

    // An interpreter between Haitian Creole, French and Spanish. Her profile says only which languages she
    // speaks: with no kind of support and paused, matching never offers her as a supporter.
    const interpreter = person(DEMO_LOGINS.interpreter, 'Nadège Pierre', ['INTERPRETER'], 'ht');
    em.create(SupporterProfile, {
      user: interpreter,
      supportKinds: [],
      needs: [],
      languages: [
        { language: 'ht', level: 'NATIVE' },
        { language: 'fr', level: 'FLUENT' },
        { language: 'es', level: 'FLUENT' },
      ],
      jurisdictions: [],
      sectors: [],
      businessStages: [],
      capacity: 0,
      availability: { timeZone: timeZoneOf('DO'), slots: [] },
      modalities: ['CHAT'],
      country: 'DO',
      city: 'Santo Domingo',
      verified: true,
      verifiedBy: admin,
      verifiedAt: createdAt,
      active: false,
      organization: null,
    });

    return {
      people: serial,
      organizations: organizations.length,
      entrepreneurs: DEMO_SIZES.entrepreneurs,
      mentors: DEMO_SIZES.mentors,
      advisers: DEMO_SIZES.advisers,
      coordinators: DEMO_SIZES.coordinators,
    };
  });
}

/** Seeds the demo network when the database has nobody in it yet (first start). */
export async function seedIfEmpty(em: EntityManager, log: Logger): Promise<void> {
  if ((await em.count(User, {})) > 0) return;
  const counts = await seedDemoNetwork(em);
  log.info({ counts, password: undefined, logins: DEMO_LOGINS }, 'demo network created (password: see README)');
}

// ---------------------------------------------------------------------------------------------------
// Demo support requests (matching feature). Kept apart from the network above: it only reads the demo
// entrepreneurs and adds what they ask for, so a coordinator sees open demands and can run a round on
// first start. Deterministic like the rest of the seed.
// ---------------------------------------------------------------------------------------------------
// Imports are hoisted; they sit here to keep this part of the file in one piece.
import { Demand } from '../modules/matching/demand.entity.js';
import { splitIntoDemands } from '../modules/matching/demand-split.js';
import { SupportRequest } from '../modules/matching/support-request.entity.js';

/** What the demo entrepreneurs ask for, by need, with weights: papers and money first, as in the field. */
const DEMO_NEED_WEIGHTS: readonly (readonly [Need, number])[] = [
  ['REGULARIZATION', 8],
  ['LABOR_RIGHTS', 4],
  ['SOCIAL_PROTECTION', 2],
  ['BUSINESS_FORMALIZATION', 5],
  ['TAXES', 3],
  ['CREDIT_ACCESS', 5],
  ['SEED_CAPITAL', 5],
  ['BUSINESS_PLAN', 6],
  ['MARKETING_SALES', 5],
  ['FINANCIAL_LITERACY', 3],
  ['DIGITAL_SKILLS', 3],
  ['SOFT_SKILLS', 1],
  ['LEADERSHIP_NEGOTIATION', 1],
  ['PSYCHOSOCIAL_SUPPORT', 3],
  ['VIOLENCE_SURVIVOR_SUPPORT', 1],
];

const DEMO_DESCRIPTIONS = [
  'Vendo comida desde mi casa y quiero hacerlo en regla.',
  'Necesito ayuda con mis papeles para poder trabajar tranquila.',
  'Quiero un pequeño préstamo para comprar una máquina de coser.',
  'Tengo clientas pero no sé cómo llevar las cuentas.',
  'Mwen vle konnen ki jan pou m anrejistre ti biznis mwen.',
  null,
  null,
] as const;

export const DEMO_REQUEST_SHARE = 0.45;

/**
 * About 45% of the demo entrepreneurs ask for support: one to three needs each, split into one demand
 * per support kind, opened over the 60 days before `now`. Returns how many requests and demands it made.
 */
export async function seedDemoSupportRequests(
  em: EntityManager,
  now: Date = new Date(),
  seed = 20261130,
): Promise<{ requests: number; demands: number }> {
  const dice = Dice.seeded(seed);
  return em.transactional(async (tx) => {
    const profiles = await tx.find(
      EntrepreneurProfile,
      {},
      { populate: ['user'], orderBy: { user: { email: 'asc' } } },
    );
    let requests = 0;
    let demands = 0;
    for (const profile of profiles) {
      // The demo entrepreneur asks for herself, as anyone trying Aliadas does: she starts with no request.
      if (profile.user.email === DEMO_LOGINS.entrepreneur) continue;
      if (!profile.user.email?.endsWith('@aliadas.demo') || !dice.chance(DEMO_REQUEST_SHARE)) continue;
      const count = dice.weighted([
        [1, 5],
        [2, 4],
        [3, 2],
      ] as const);
      const needs = new Set<Need>();
      while (needs.size < count) needs.add(dice.weighted(DEMO_NEED_WEIGHTS));
      const createdAt = new Date(now.getTime() - dice.int(0, 60) * 86_400_000 - dice.int(0, 86_399) * 1000);
      const request = tx.create(SupportRequest, {
        entrepreneur: profile.user,
        needs: [...needs],
        urgency: dice.weighted([
          ['LOW', 2],
          ['NORMAL', 5],
          ['HIGH', 2],
        ] as const),
        languages: profile.languages,
        modality: profile.modalities[0] ?? 'CHAT',
        description: dice.pick(DEMO_DESCRIPTIONS),
        createdAt,
        updatedAt: createdAt,
      });
      requests += 1;
      for (const part of splitIntoDemands([...needs])) {
        tx.create(Demand, {
          request,
          entrepreneur: profile.user,
          kind: part.kind,
          needs: part.needs,
          createdAt,
          updatedAt: createdAt,
        });
        demands += 1;
      }
    }
    return { requests, demands };
  });
}

/** On a demo database without any support request yet (first start), adds the demo requests. */
export async function seedDemoSupportRequestsIfNone(em: EntityManager, log: Logger): Promise<void> {
  if ((await em.count(User, { email: DEMO_LOGINS.entrepreneur })) === 0) return;
  if ((await em.count(SupportRequest, {})) > 0) return;
  const counts = await seedDemoSupportRequests(em);
  log.info(counts, 'demo support requests created');
}

// ---------------------------------------------------------------------------------------------------
// Demo services directory. Every entry is an example (isExample) and says so in its text. The only real
// numbers are each country's public emergency line; every other phone is a row of zeros, and every web
// address is on example.org, so that nothing here sends a woman in danger to a stranger.
// ---------------------------------------------------------------------------------------------------
import type { ServiceCategory } from '@aliadas/shared';
import { ServiceEntry } from '../modules/services-directory/service-entry.entity.js';
import { searchColumns } from '../modules/services-directory/services-directory.service.js';

interface DemoService {
  country: NetworkCountry;
  languages: LanguageCode[];
  category: ServiceCategory;
  name: string;
  description: string;
  phone?: string;
  website?: string;
  address?: string;
  hours?: string;
  emergency?: boolean;
}

/** The public emergency number of each country of the network (police, or the national emergency system). */
const PUBLIC_EMERGENCY_NUMBERS: Record<NetworkCountry, string> = {
  GT: '110',
  SV: '911',
  HN: '911',
  NI: '118',
  CR: '911',
  PA: '911',
  BZ: '911',
  DO: '911',
};

const EMERGENCY_LINES: DemoService[] = NETWORK.map((country) => ({
  country,
  languages: country === 'BZ' ? ['en', 'es'] : ['es'],
  category: 'PROTECTION',
  name: `Emergencias ${PUBLIC_EMERGENCY_NUMBERS[country]} (ejemplo)`,
  description:
    'Ejemplo de entrada: número público de emergencias del país, gratuito. Confirma los números de tu país con tu organización.',
  phone: PUBLIC_EMERGENCY_NUMBERS[country],
  hours: '24 horas',
  emergency: true,
}));

const DEMO_SERVICES: DemoService[] = [
  ...EMERGENCY_LINES,
  {
    country: 'CR',
    languages: ['es', 'en'],
    category: 'GBV_REPORTING',
    name: 'Línea Mujer Segura (ejemplo ficticio)',
    description: 'Ejemplo ficticio: escucha y orientación para denunciar la violencia contra las mujeres.',
    phone: '+506 0000 0000',
    website: 'https://example.org/cr/mujer-segura',
    hours: 'Lunes a viernes, 8:00 a 17:00',
  },
  {
    country: 'CR',
    languages: ['es'],
    category: 'MIGRATION_PROCEDURES',
    name: 'Punto de orientación migratoria (ejemplo ficticio)',
    description: 'Ejemplo ficticio: ayuda con citas de migración, refugio y renovación de documentos.',
    address: 'San José, dirección de ejemplo',
    website: 'https://example.org/cr/migracion',
  },
  {
    country: 'GT',
    languages: ['es', 'quc', 'mam'],
    category: 'HEALTH',
    name: 'Clínica comunitaria de las mujeres (ejemplo ficticio)',
    description: 'Ejemplo ficticio: salud sexual y reproductiva, atención en idiomas mayas.',
    phone: '+502 0000 0000',
    address: 'Quetzaltenango, dirección de ejemplo',
  },
  {
    country: 'GT',
    languages: ['es', 'kek'],
    category: 'LEGAL_ASSISTANCE',
    name: 'Bufete popular de mujeres (ejemplo ficticio)',
    description: 'Ejemplo ficticio: asistencia legal gratuita en pensiones, trabajo y violencia.',
    website: 'https://example.org/gt/bufete',
  },
  {
    country: 'SV',
    languages: ['es'],
    category: 'GBV_REPORTING',
    name: 'Centro de atención a mujeres sobrevivientes (ejemplo ficticio)',
    description: 'Ejemplo ficticio: acompañamiento para denunciar la violencia y atención psicológica.',
    phone: '+503 0000 0000',
    hours: '24 horas',
  },
  {
    country: 'SV',
    languages: ['es'],
    category: 'FINANCING',
    name: 'Fondo semilla para emprendedoras (ejemplo ficticio)',
    description: 'Ejemplo ficticio: capital semilla y microcrédito para negocios de mujeres.',
    website: 'https://example.org/sv/fondo-semilla',
  },
  {
    country: 'HN',
    languages: ['es', 'miq', 'cab'],
    category: 'PROTECTION',
    name: 'Casa refugio para mujeres (ejemplo ficticio)',
    description: 'Ejemplo ficticio: alojamiento temporal y protección para mujeres y sus hijas e hijos.',
    phone: '+504 0000 0000',
  },
  {
    country: 'HN',
    languages: ['es'],
    category: 'EDUCATION',
    name: 'Escuela de oficios para mujeres (ejemplo ficticio)',
    description: 'Ejemplo ficticio: cursos cortos de costura, cocina y uso del celular.',
    address: 'San Pedro Sula, dirección de ejemplo',
  },
  {
    country: 'NI',
    languages: ['es', 'miq'],
    category: 'LEGAL_ASSISTANCE',
    name: 'Consultorio jurídico comunitario (ejemplo ficticio)',
    description: 'Ejemplo ficticio: asesoría legal gratuita para mujeres trabajadoras.',
    phone: '+505 0000 0000',
  },
  {
    country: 'NI',
    languages: ['es'],
    category: 'HEALTH',
    name: 'Brigada de salud itinerante (ejemplo ficticio)',
    description: 'Ejemplo ficticio: controles de salud en barrios y comunidades.',
  },
  {
    country: 'PA',
    languages: ['es', 'en'],
    category: 'MIGRATION_PROCEDURES',
    name: 'Orientación para permisos de trabajo (ejemplo ficticio)',
    description: 'Ejemplo ficticio: información sobre permisos de trabajo y regularización migratoria.',
    website: 'https://example.org/pa/permisos',
  },
  {
    country: 'PA',
    languages: ['es', 'gym'],
    category: 'GBV_REPORTING',
    name: 'Oficina de atención a víctimas (ejemplo ficticio)',
    description: 'Ejemplo ficticio: recibe denuncias de violencia y acompaña el proceso.',
    phone: '+507 000 0000',
  },
  {
    country: 'BZ',
    languages: ['en', 'es'],
    category: 'HEALTH',
    name: "Women's health clinic (fictional example)",
    description: 'Fictional example: free check-ups and family planning.',
    phone: '+501 000 0000',
  },
  {
    country: 'BZ',
    languages: ['en'],
    category: 'FINANCING',
    name: 'Small business grants for women (fictional example)',
    description: 'Fictional example: small grants and training for women-led businesses.',
    website: 'https://example.org/bz/grants',
  },
  {
    country: 'DO',
    languages: ['ht', 'fr', 'es'],
    category: 'MIGRATION_PROCEDURES',
    name: 'Biwo èd pou papye (egzanp fiktif)',
    description: 'Egzanp fiktif: èd pou papye, rezidans ak pasaj nan fwontyè, an kreyòl ak an fransè.',
    phone: '+1 809 000 0000',
    address: 'Santiago de los Caballeros, dirección de ejemplo',
  },
  {
    country: 'DO',
    languages: ['es', 'ht'],
    category: 'GBV_REPORTING',
    name: 'Línea de orientación a mujeres migrantes (ejemplo ficticio)',
    description: 'Ejemplo ficticio: orientación para denunciar la violencia, en español y kreyòl.',
    phone: '+1 809 000 0001',
    hours: 'Todos los días, 7:00 a 22:00',
  },
  {
    country: 'DO',
    languages: ['es'],
    category: 'EDUCATION',
    name: 'Alfabetización para adultas (ejemplo ficticio)',
    description: 'Ejemplo ficticio: clases de lectura, escritura y cuentas para mujeres adultas.',
  },
];

/** Adds the demo services directory: examples in every country of the network. Returns how many. */
export async function seedDemoServices(em: EntityManager, now: Date = new Date()): Promise<number> {
  return em.transactional(async (tx) => {
    for (const service of DEMO_SERVICES) {
      const fields = {
        country: service.country,
        languages: service.languages,
        category: service.category,
        name: service.name,
        description: service.description,
        phone: service.phone ?? null,
        website: service.website ?? null,
        address: service.address ?? null,
        hours: service.hours ?? null,
        emergency: service.emergency ?? false,
        isExample: true,
      };
      tx.create(ServiceEntry, {
        ...fields,
        ...searchColumns(fields),
        createdAt: now,
        updatedAt: now,
      });
    }
    return DEMO_SERVICES.length;
  });
}

/** On a demo database whose directory is still empty (first start, or one made before it existed). */
export async function seedDemoServicesIfNone(em: EntityManager, log: Logger): Promise<void> {
  if ((await em.count(User, { email: DEMO_LOGINS.entrepreneur })) === 0) return;
  if ((await em.count(ServiceEntry, {})) > 0) return;
  const services = await seedDemoServices(em);
  log.info({ services }, 'demo services directory created');
}
