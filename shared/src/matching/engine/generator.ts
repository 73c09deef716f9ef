// A seeded generator of believable networks across the eight countries, for benchmarks, property tests
// and the demo seed. Pure: the same options always give the same plain data.
import { COUNTRIES, NEEDS, needsForKind } from '../../vocabulary/index.js';
import type {
  AvailabilitySlot,
  BusinessStage,
  CountryCode,
  LanguageCode,
  LanguageLevel,
  LanguageSkill,
  Modality,
  Need,
  Sector,
  SupportKind,
  Urgency,
  Weekday,
} from '../../vocabulary/index.js';
import type { DemandCandidate, PairHistory, SupporterCandidate } from './types.js';

/** mulberry32: small, fast and seedable. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Dice {
  constructor(private readonly next: () => number) {}
  static seeded(seed: number): Dice {
    return new Dice(mulberry32(seed));
  }
  float(): number {
    return this.next();
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [value, weight] of entries) {
      r -= weight;
      if (r < 0) return value;
    }
    return entries[entries.length - 1]![0];
  }
  /** Between min and max distinct items, in their original order. */
  some<T>(items: readonly T[], min: number, max: number): T[] {
    const count = Math.min(items.length, this.int(min, max));
    const chosen = new Set<number>();
    while (chosen.size < count) chosen.add(Math.floor(this.next() * items.length));
    return [...chosen].sort((a, b) => a - b).map((i) => items[i]!);
  }
}

export type NetworkCountryCode = 'GT' | 'SV' | 'HN' | 'NI' | 'CR' | 'PA' | 'BZ' | 'DO';
const NETWORK: readonly NetworkCountryCode[] = ['GT', 'SV', 'HN', 'NI', 'CR', 'PA', 'BZ', 'DO'];

export const NETWORK_CITIES: Readonly<Record<NetworkCountryCode, readonly string[]>> = {
  GT: ['Ciudad de Guatemala', 'Quetzaltenango', 'Cobán', 'Huehuetenango'],
  SV: ['San Salvador', 'Santa Ana', 'San Miguel'],
  HN: ['Tegucigalpa', 'San Pedro Sula', 'La Ceiba', 'Puerto Lempira'],
  NI: ['Managua', 'León', 'Bilwi', 'Bluefields'],
  CR: ['San José', 'Alajuela', 'Heredia', 'Liberia', 'Upala'],
  PA: ['Ciudad de Panamá', 'Colón', 'David', 'Changuinola'],
  BZ: ['Belize City', 'Belmopan', 'Orange Walk', 'Dangriga'],
  DO: ['Santo Domingo', 'Santiago de los Caballeros', 'La Romana', 'Dajabón'],
};

/** Where the women living in each country most often come from (weights). */
const ORIGINS: Readonly<Record<NetworkCountryCode, readonly (readonly [CountryCode, number])[]>> = {
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
    ['HT', 1],
  ],
  DO: [
    ['HT', 8],
    ['VE', 3],
    ['CU', 1],
  ],
  GT: [
    ['GT', 3],
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
    ['HN', 2],
    ['NI', 3],
    ['VE', 2],
    ['CU', 2],
    ['SV', 1],
  ],
  NI: [
    ['NI', 2],
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

const RESIDENCE_WEIGHTS: readonly (readonly [NetworkCountryCode, number])[] = [
  ['CR', 18],
  ['PA', 14],
  ['DO', 16],
  ['GT', 14],
  ['SV', 9],
  ['HN', 11],
  ['NI', 8],
  ['BZ', 6],
];

/** Indigenous languages spoken where, with the cities where they are most heard. */
const INDIGENOUS: Readonly<Partial<Record<NetworkCountryCode, readonly (readonly [LanguageCode, string])[]>>> = {
  GT: [
    ['quc', 'Quetzaltenango'],
    ['mam', 'Huehuetenango'],
    ['kek', 'Cobán'],
  ],
  HN: [
    ['miq', 'Puerto Lempira'],
    ['cab', 'La Ceiba'],
  ],
  NI: [
    ['miq', 'Bilwi'],
    ['cab', 'Bluefields'],
  ],
  PA: [
    ['gym', 'Changuinola'],
    ['cuk', 'Ciudad de Panamá'],
  ],
  BZ: [
    ['cab', 'Dangriga'],
    ['kek', 'Belmopan'],
  ],
};

const FIRST_NAMES: Readonly<Partial<Record<CountryCode, readonly string[]>>> & { default: readonly string[] } = {
  HT: ['Marie', 'Rose-Andrée', 'Guerline', 'Fabienne', 'Nadège', 'Wideline', 'Islande', 'Magalie', 'Mirlande'],
  VE: ['Yuleisy', 'Mariangel', 'Daniela', 'Andreína', 'Yohana', 'Génesis', 'Valentina', 'Oriana'],
  NI: ['Maryuri', 'Jahaira', 'Fátima', 'Martha', 'Xiomara', 'Jessenia', 'Auxiliadora', 'Scarleth'],
  CO: ['Luz Dary', 'Yeimy', 'Paola', 'Sandra', 'Diana Marcela', 'Leidy'],
  CU: ['Yanelis', 'Dayami', 'Yamilé', 'Odalys', 'Marisleidis'],
  HN: ['Iris', 'Dilcia', 'Karen', 'Nohemy', 'Suyapa', 'Glenda'],
  SV: ['Roxana', 'Marisol', 'Jenny', 'Reina', 'Evelyn', 'Sonia'],
  GT: ['Rigoberta', 'Ixchel', 'Juana', 'Magdalena', 'Candelaria', 'Petrona'],
  BZ: ['Shanice', 'Kimberly', 'Latoya', 'Charlene', 'Marisela'],
  default: ['María José', 'Ana Lucía', 'Carmen', 'Gabriela', 'Patricia', 'Lorena', 'Alejandra', 'Silvia', 'Rebeca'],
};
const LAST_NAMES: Readonly<Partial<Record<CountryCode, readonly string[]>>> & { default: readonly string[] } = {
  HT: ['Joseph', 'Pierre', 'Jean-Baptiste', 'Louis', 'Charles', 'Dorvil', 'Saint-Fleur', 'Étienne'],
  BZ: ['Young', 'Gillett', 'Flowers', 'Castillo', 'Martinez', 'Arnold'],
  default: ['González', 'Rodríguez', 'Hernández', 'López', 'Martínez', 'Pérez', 'García', 'Ramírez', 'Flores', 'Mejía'],
};

const SECTOR_WEIGHTS: readonly (readonly [Sector, number])[] = [
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
  ['TRANSPORT', 1],
  ['EDUCATION', 1],
  ['OTHER', 1],
];
const STAGE_WEIGHTS: readonly (readonly [BusinessStage, number])[] = [
  ['IDEA', 3],
  ['STARTING', 4],
  ['RUNNING', 3],
  ['GROWING', 1],
];

/** How often each need is asked for (weights). */
const NEED_WEIGHTS: Readonly<Record<Need, number>> = {
  SOFT_SKILLS: 6,
  FINANCIAL_LITERACY: 10,
  DIGITAL_SKILLS: 8,
  LEADERSHIP_NEGOTIATION: 4,
  REGULARIZATION: 9,
  LABOR_RIGHTS: 4,
  SOCIAL_PROTECTION: 3,
  BUSINESS_FORMALIZATION: 5,
  TAXES: 3,
  CREDIT_ACCESS: 9,
  SEED_CAPITAL: 8,
  BUSINESS_PLAN: 10,
  MARKETING_SALES: 11,
  PSYCHOSOCIAL_SUPPORT: 4,
  VIOLENCE_SURVIVOR_SUPPORT: 2,
};

/** What supporters mainly offer (weights): mostly mentors, then legal, financial, fiscal, psychosocial. */
const PRIMARY_KIND_WEIGHTS: readonly (readonly [SupportKind, number])[] = [
  ['MENTOR', 76],
  ['LEGAL', 8],
  ['FINANCIAL', 8],
  ['FISCAL', 4],
  ['PSYCHOSOCIAL', 5],
];
/** A second kind some of them also offer. */
const SECOND_KIND: Readonly<Record<SupportKind, readonly [SupportKind, number]>> = {
  MENTOR: ['FINANCIAL', 0.1],
  LEGAL: ['FISCAL', 0.3],
  FISCAL: ['LEGAL', 0.3],
  FINANCIAL: ['MENTOR', 0.5],
  PSYCHOSOCIAL: ['MENTOR', 0.15],
};

export interface GeneratedEntrepreneur {
  id: string;
  userId: string;
  displayName: string;
  countryOfResidence: CountryCode;
  countryOfOrigin: CountryCode;
  city: string;
  languages: LanguageSkill[];
  sector: Sector | null;
  businessStage: BusinessStage;
  /** Most preferred first. */
  modalities: Modality[];
  availability: { timeZone: string; slots: AvailabilitySlot[] };
}

export interface GeneratedSupporter extends SupporterCandidate {
  displayName: string;
}

export interface GeneratedNetwork {
  entrepreneurs: GeneratedEntrepreneur[];
  demands: DemandCandidate[];
  supporters: GeneratedSupporter[];
  history: PairHistory;
}

export interface NetworkOptions {
  seed: number;
  /** Number of open demands (each entrepreneur's request splits into one demand per support kind). */
  demands: number;
  supporters: number;
  /** Clock for waitingSince, as an ISO date-time; fixed by default so the output never changes. */
  now?: string;
}

const DEFAULT_NOW = '2026-11-01T12:00:00.000Z';
const DAY_MS = 86_400_000;

function timeZoneOf(country: CountryCode): string {
  return COUNTRIES.find((c) => c.code === country)?.timeZone ?? 'UTC';
}

function nameFor(dice: Dice, origin: CountryCode): string {
  return `${dice.pick(FIRST_NAMES[origin] ?? FIRST_NAMES.default)} ${dice.pick(LAST_NAMES[origin] ?? LAST_NAMES.default)}`;
}

/** Weekly windows at the hours people tend to have: early, lunch, afternoon, evening; weekends too. */
function availabilitySlots(dice: Dice, count: number): AvailabilitySlot[] {
  const days = dice.some<Weekday>([1, 2, 3, 4, 5, 6, 7], count, count);
  return days.map((day) => {
    const start = dice.pick([7, 8, 9, 10, 12, 14, 16, 17, 18, 19]) * 60;
    return { day, startMinute: start, endMinute: Math.min(1440, start + dice.pick([60, 90, 120, 180, 240])) };
  });
}

function entrepreneurLanguages(
  dice: Dice,
  residence: NetworkCountryCode,
  origin: CountryCode,
  city: string,
): LanguageSkill[] {
  const languages: LanguageSkill[] = [];
  if (origin === 'HT') {
    languages.push({ language: 'ht', level: 'NATIVE' });
    languages.push({
      language: 'es',
      level: dice.weighted<LanguageLevel>([
        ['CONVERSATIONAL', 5],
        ['BASIC', 3],
        ['FLUENT', 2],
      ]),
    });
    if (dice.chance(0.35))
      languages.push({ language: 'fr', level: dice.pick<LanguageLevel>(['FLUENT', 'CONVERSATIONAL']) });
    if (residence === 'BZ') languages.push({ language: 'en', level: 'BASIC' });
    return languages;
  }
  const homeCountry = (NETWORK as readonly string[]).includes(origin) ? (origin as NetworkCountryCode) : residence;
  const indigenous = INDIGENOUS[homeCountry];
  const local = indigenous?.find(([, where]) => where === city);
  if (indigenous && dice.chance(local ? 0.4 : 0.1)) {
    languages.push({ language: local && dice.chance(0.8) ? local[0] : dice.pick(indigenous)[0], level: 'NATIVE' });
    languages.push({
      language: 'es',
      level: dice.weighted<LanguageLevel>([
        ['FLUENT', 4],
        ['CONVERSATIONAL', 4],
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

function supporterLanguages(dice: Dice, country: NetworkCountryCode, city: string): LanguageSkill[] {
  const languages: LanguageSkill[] = [{ language: country === 'BZ' ? 'en' : 'es', level: 'NATIVE' }];
  if (country === 'BZ')
    languages.push({ language: 'es', level: dice.pick<LanguageLevel>(['FLUENT', 'CONVERSATIONAL']) });
  if (country === 'DO' && dice.chance(0.3)) {
    languages.push({ language: 'ht', level: dice.pick<LanguageLevel>(['NATIVE', 'FLUENT', 'CONVERSATIONAL']) });
  }
  if (country !== 'BZ' && dice.chance(0.3))
    languages.push({ language: 'en', level: dice.pick<LanguageLevel>(['FLUENT', 'CONVERSATIONAL']) });
  if (dice.chance(0.08))
    languages.push({ language: 'fr', level: dice.pick<LanguageLevel>(['FLUENT', 'CONVERSATIONAL']) });
  const indigenous = INDIGENOUS[country];
  const local = indigenous?.find(([, where]) => where === city);
  if (indigenous && dice.chance(local ? 0.3 : 0.06)) {
    languages.push({
      language: local ? local[0] : dice.pick(indigenous)[0],
      level: dice.pick<LanguageLevel>(['NATIVE', 'FLUENT']),
    });
  }
  return languages;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function generateNetwork(options: NetworkOptions): GeneratedNetwork {
  const dice = Dice.seeded(options.seed);
  const now = Date.parse(options.now ?? DEFAULT_NOW);
  const entrepreneurs: GeneratedEntrepreneur[] = [];
  const demands: DemandCandidate[] = [];
  const needEntries = NEEDS.map((n) => [n.code, NEED_WEIGHTS[n.code]] as const);

  while (demands.length < options.demands) {
    const e = entrepreneurs.length;
    const residence = dice.weighted(RESIDENCE_WEIGHTS);
    const origin = dice.weighted(ORIGINS[residence]);
    const city = dice.weighted(NETWORK_CITIES[residence].map((c, i) => [c, i === 0 ? 3 : 1] as const));
    const modalities = dice.weighted<Modality[]>([
      [['CHAT', 'CALL'], 5],
      [['CALL', 'CHAT'], 3],
      [['CHAT'], 2],
      [['IN_PERSON', 'CHAT'], 1],
    ]);
    const entrepreneur: GeneratedEntrepreneur = {
      id: `e-${pad(e, 6)}`,
      userId: `u-e-${pad(e, 6)}`,
      displayName: nameFor(dice, origin),
      countryOfResidence: residence,
      countryOfOrigin: origin,
      city,
      languages: entrepreneurLanguages(dice, residence, origin, city),
      sector: dice.chance(0.05) ? null : dice.weighted(SECTOR_WEIGHTS),
      businessStage: dice.weighted(STAGE_WEIGHTS),
      modalities,
      availability: { timeZone: timeZoneOf(residence), slots: availabilitySlots(dice, dice.int(1, 4)) },
    };
    entrepreneurs.push(entrepreneur);

    // Her request: a few needs, each served by one kind; one demand per kind.
    const byKind = new Map<SupportKind, Need[]>();
    const wanted = new Set<Need>();
    const needCount = dice.weighted([
      [1, 3],
      [2, 4],
      [3, 2],
      [4, 1],
    ] as const);
    while (wanted.size < needCount) wanted.add(dice.weighted(needEntries));
    for (const need of wanted) {
      const kinds = NEEDS.find((n) => n.code === need)!.kinds as readonly SupportKind[];
      const kind = kinds.length > 1 && dice.chance(0.5) ? kinds[1]! : kinds[0]!;
      byKind.set(kind, [...(byKind.get(kind) ?? []), need]);
    }
    const urgency = dice.weighted<Urgency>([
      ['LOW', 1],
      ['NORMAL', 3],
      ['HIGH', 1],
    ]);
    const daysWaiting = Math.floor(-Math.log(1 - dice.float()) * 20);
    for (const [kind, needs] of byKind) {
      if (demands.length >= options.demands) break;
      demands.push({
        id: `d-${pad(demands.length, 6)}`,
        entrepreneurId: entrepreneur.id,
        entrepreneurUserId: entrepreneur.userId,
        kind,
        needs,
        languages: entrepreneur.languages,
        countryOfResidence: residence,
        city,
        sector: entrepreneur.sector,
        businessStage: entrepreneur.businessStage,
        modality: modalities[0]!,
        availability: entrepreneur.availability,
        urgency: kind === 'PSYCHOSOCIAL' && needs.includes('VIOLENCE_SURVIVOR_SUPPORT') ? 'HIGH' : urgency,
        waitingSince: new Date(now - daysWaiting * DAY_MS).toISOString(),
        daysWaiting,
      });
    }
  }

  const supporters: GeneratedSupporter[] = [];
  for (let s = 0; s < options.supporters; s++) {
    const country = dice.weighted(RESIDENCE_WEIGHTS);
    const city = dice.weighted(NETWORK_CITIES[country].map((c, i) => [c, i === 0 ? 3 : 1] as const));
    const primary = dice.weighted(PRIMARY_KIND_WEIGHTS);
    const [second, p] = SECOND_KIND[primary];
    const supportKinds: SupportKind[] = dice.chance(p) ? [primary, second] : [primary];
    const servable = [...new Set(supportKinds.flatMap((k) => needsForKind(k)))];
    const bound = supportKinds.some((k) => k === 'LEGAL' || k === 'FISCAL');
    const capacity = dice.weighted([
      [1, 2],
      [2, 4],
      [3, 4],
      [4, 2],
      [5, 2],
    ] as const);
    const full = dice.chance(0.05);
    supporters.push({
      id: `s-${pad(s, 6)}`,
      userId: `u-s-${pad(s, 6)}`,
      displayName: nameFor(dice, country),
      supportKinds,
      needs: dice.some(servable, Math.min(2, servable.length), servable.length),
      languages: supporterLanguages(dice, country, city),
      jurisdictions: bound
        ? [country, ...(dice.chance(0.25) ? [dice.pick(NETWORK.filter((c) => c !== country))] : [])]
        : [],
      sectors: dice.some(
        SECTOR_WEIGHTS.map(([sector]) => sector),
        1,
        4,
      ),
      businessStages: dice.chance(0.3)
        ? []
        : dice.some(
            STAGE_WEIGHTS.map(([stage]) => stage),
            1,
            3,
          ),
      country,
      city,
      modalities: dice.weighted<Modality[]>([
        [['CHAT', 'CALL'], 5],
        [['CHAT', 'CALL', 'IN_PERSON'], 3],
        [['CHAT'], 1],
        [['CALL', 'IN_PERSON'], 1],
      ]),
      availability: { timeZone: timeZoneOf(country), slots: availabilitySlots(dice, dice.int(2, 5)) },
      capacity,
      activeLoad: full ? capacity : dice.int(0, capacity - 1),
      verified: primary === 'MENTOR' ? dice.chance(0.7) : dice.chance(0.9),
      active: dice.chance(0.95),
    });
  }

  // A little history: the odd block, the odd match that ended badly, the odd demand already turned down.
  const history: {
    blocks: PairHistory['blocks'][number][];
    badEndings: PairHistory['badEndings'][number][];
    turnedDown: NonNullable<PairHistory['turnedDown']>[number][];
  } = { blocks: [], badEndings: [], turnedDown: [] };
  if (supporters.length > 0) {
    for (const entrepreneur of entrepreneurs) {
      if (dice.chance(0.005)) {
        history.blocks.push({ userId: entrepreneur.userId, blockedUserId: dice.pick(supporters).userId });
      }
      if (dice.chance(0.01)) {
        history.badEndings.push({
          entrepreneurUserId: entrepreneur.userId,
          supporterUserId: dice.pick(supporters).userId,
        });
      }
    }
    // Drawn after everything else, so the networks above stay what they were for a given seed.
    for (const demand of demands) {
      if (dice.chance(0.02)) {
        history.turnedDown.push({ demandId: demand.id, supporterUserId: dice.pick(supporters).userId });
      }
    }
  }
  return { entrepreneurs, demands, supporters, history };
}
