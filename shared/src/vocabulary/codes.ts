// The stable codes of Aliadas' shared vocabulary. Codes never change once released: they are stored in
// the database and sent over the wire; people only ever see their labels (see labels.ts).

export const LOCALES = ['es', 'en', 'fr', 'ht'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'es';

export const ROLES = ['ENTREPRENEUR', 'MENTOR', 'ADVISER', 'COORDINATOR', 'ADMIN', 'INTERPRETER'] as const;
export type Role = (typeof ROLES)[number];

export const SUPPORT_KINDS = ['MENTOR', 'LEGAL', 'FISCAL', 'FINANCIAL', 'PSYCHOSOCIAL'] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];
/** Advice bound to the law of a country: the adviser must hold the entrepreneur's country as a jurisdiction. */
export const JURISDICTION_BOUND_KINDS: readonly SupportKind[] = ['LEGAL', 'FISCAL'];

export const PILLARS = ['TRAINING', 'EMPLOYABILITY', 'ENTREPRENEURSHIP', 'SUPPORT_NETWORKS'] as const;
export type Pillar = (typeof PILLARS)[number];

export const NEEDS = [
  { code: 'SOFT_SKILLS', pillar: 'TRAINING', kinds: ['MENTOR'], icon: '💬' },
  { code: 'FINANCIAL_LITERACY', pillar: 'TRAINING', kinds: ['MENTOR'], icon: '🧮' },
  { code: 'DIGITAL_SKILLS', pillar: 'TRAINING', kinds: ['MENTOR'], icon: '📱' },
  { code: 'LEADERSHIP_NEGOTIATION', pillar: 'TRAINING', kinds: ['MENTOR'], icon: '🤝' },
  { code: 'REGULARIZATION', pillar: 'EMPLOYABILITY', kinds: ['LEGAL'], icon: '🪪' },
  { code: 'LABOR_RIGHTS', pillar: 'EMPLOYABILITY', kinds: ['LEGAL'], icon: '⚖️' },
  { code: 'SOCIAL_PROTECTION', pillar: 'EMPLOYABILITY', kinds: ['LEGAL'], icon: '🛡️' },
  { code: 'BUSINESS_FORMALIZATION', pillar: 'ENTREPRENEURSHIP', kinds: ['LEGAL', 'FISCAL'], icon: '📄' },
  { code: 'TAXES', pillar: 'ENTREPRENEURSHIP', kinds: ['FISCAL'], icon: '🧾' },
  { code: 'CREDIT_ACCESS', pillar: 'ENTREPRENEURSHIP', kinds: ['FINANCIAL', 'MENTOR'], icon: '🏦' },
  { code: 'SEED_CAPITAL', pillar: 'ENTREPRENEURSHIP', kinds: ['FINANCIAL', 'MENTOR'], icon: '🌱' },
  { code: 'BUSINESS_PLAN', pillar: 'ENTREPRENEURSHIP', kinds: ['MENTOR'], icon: '🗺️' },
  { code: 'MARKETING_SALES', pillar: 'ENTREPRENEURSHIP', kinds: ['MENTOR'], icon: '📣' },
  { code: 'PSYCHOSOCIAL_SUPPORT', pillar: 'SUPPORT_NETWORKS', kinds: ['PSYCHOSOCIAL'], icon: '🫶' },
  { code: 'VIOLENCE_SURVIVOR_SUPPORT', pillar: 'SUPPORT_NETWORKS', kinds: ['PSYCHOSOCIAL'], icon: '🕊️' },
] as const satisfies readonly { code: string; pillar: Pillar; kinds: readonly SupportKind[]; icon: string }[];
export type Need = (typeof NEEDS)[number]['code'];
export const NEED_CODES: readonly Need[] = NEEDS.map((n) => n.code);

export const LANGUAGES = [
  { code: 'es', name: 'Español' },
  { code: 'en', name: 'English' },
  { code: 'fr', name: 'Français' },
  { code: 'ht', name: 'Kreyòl ayisyen' },
  { code: 'pt', name: 'Português' },
  { code: 'quc', name: "K'iche'" },
  { code: 'mam', name: 'Mam' },
  { code: 'kek', name: "Q'eqchi'" },
  { code: 'cak', name: 'Kaqchikel' },
  { code: 'cab', name: 'Garifuna' },
  { code: 'miq', name: 'Miskitu' },
  { code: 'gym', name: 'Ngäbere' },
  { code: 'cuk', name: 'Dulegaya (Guna)' },
] as const;
export type LanguageCode = (typeof LANGUAGES)[number]['code'];
export const LANGUAGE_CODES: readonly LanguageCode[] = LANGUAGES.map((l) => l.code);

/** Ordered from most to least proficient. */
export const LANGUAGE_LEVELS = ['NATIVE', 'FLUENT', 'CONVERSATIONAL', 'BASIC'] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];
/** A conversation about her papers or her business needs more than a few words in common. */
export const USABLE_LANGUAGE_LEVELS: readonly LanguageLevel[] = ['NATIVE', 'FLUENT', 'CONVERSATIONAL'];

export interface LanguageSkill {
  language: LanguageCode;
  level: LanguageLevel;
}

/** Countries where the network works (residence) come first; then frequent countries of origin. */
export const COUNTRIES = [
  { code: 'GT', network: true, timeZone: 'America/Guatemala' },
  { code: 'SV', network: true, timeZone: 'America/El_Salvador' },
  { code: 'HN', network: true, timeZone: 'America/Tegucigalpa' },
  { code: 'NI', network: true, timeZone: 'America/Managua' },
  { code: 'CR', network: true, timeZone: 'America/Costa_Rica' },
  { code: 'PA', network: true, timeZone: 'America/Panama' },
  { code: 'BZ', network: true, timeZone: 'America/Belize' },
  { code: 'DO', network: true, timeZone: 'America/Santo_Domingo' },
  { code: 'VE', network: false, timeZone: 'America/Caracas' },
  { code: 'HT', network: false, timeZone: 'America/Port-au-Prince' },
  { code: 'CO', network: false, timeZone: 'America/Bogota' },
  { code: 'CU', network: false, timeZone: 'America/Havana' },
  { code: 'MX', network: false, timeZone: 'America/Mexico_City' },
  { code: 'EC', network: false, timeZone: 'America/Guayaquil' },
  { code: 'PE', network: false, timeZone: 'America/Lima' },
  { code: 'US', network: false, timeZone: 'America/New_York' },
] as const;
export type CountryCode = (typeof COUNTRIES)[number]['code'];
export const COUNTRY_CODES: readonly CountryCode[] = COUNTRIES.map((c) => c.code);
export const NETWORK_COUNTRY_CODES: readonly CountryCode[] = COUNTRIES.filter((c) => c.network).map((c) => c.code);

export const SECTORS = [
  'FOOD',
  'CRAFTS',
  'BEAUTY',
  'CLOTHING_TEXTILES',
  'RETAIL',
  'AGRICULTURE',
  'CLEANING_SERVICES',
  'CARE_SERVICES',
  'TECHNOLOGY',
  'TOURISM_HOSPITALITY',
  'TRANSPORT',
  'EDUCATION',
  'OTHER',
] as const;
export type Sector = (typeof SECTORS)[number];

export const BUSINESS_STAGES = ['IDEA', 'STARTING', 'RUNNING', 'GROWING'] as const;
export type BusinessStage = (typeof BUSINESS_STAGES)[number];

export const MODALITIES = ['CHAT', 'CALL', 'IN_PERSON'] as const;
export type Modality = (typeof MODALITIES)[number];

export const URGENCIES = ['LOW', 'NORMAL', 'HIGH'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** One weekly window in the person's own time zone, minutes from midnight, end exclusive. */
export interface AvailabilitySlot {
  day: Weekday;
  startMinute: number;
  endMinute: number;
}
export interface Availability {
  timeZone: string;
  slots: AvailabilitySlot[];
}

/** The life of a match (the rules of who moves it where live in the server's match-lifecycle.ts). */
export const MATCH_STATUSES = [
  'PROPOSED',
  'APPROVED',
  'ACCEPTED',
  'ACTIVE',
  'COMPLETED',
  'WITHDRAWN',
  'DECLINED',
  'REJECTED',
  'EXPIRED',
] as const;
export type MatchStatus = (typeof MATCH_STATUSES)[number];

/**
 * Why a match ended or was turned down. One list for rejections, declines and withdrawals, so a report
 * can count them together.
 */
export const MATCH_REASON_CODES = [
  // a supporter declining an invitation
  'NO_TIME',
  'OUTSIDE_EXPERTISE',
  'LANGUAGE_BARRIER',
  'CONFLICT_OF_INTEREST',
  // a coordinator rejecting a proposal
  'BETTER_CANDIDATE',
  'NOT_SUITABLE',
  'SWAPPED',
  // withdrawing from a match
  'NO_LONGER_NEEDED',
  'NOT_RESPONDING',
  'PERSONAL_REASONS',
  // written by the deletion of an account, never chosen by a person
  'ACCOUNT_DELETED',
  // anyone, any time: SAFETY_CONCERN and MISCONDUCT mark the pair as ended badly
  'SAFETY_CONCERN',
  'MISCONDUCT',
  'OTHER',
] as const;
export type MatchReasonCode = (typeof MATCH_REASON_CODES)[number];

/** How a completed match went, in the eyes of whoever closed it. */
export const MATCH_OUTCOMES = ['GOALS_MET', 'PARTLY_MET', 'NOT_MET', 'CONDUCT_PROBLEM'] as const;
export type MatchOutcome = (typeof MATCH_OUTCOMES)[number];

/** Where a goal set inside a mentorship stands; both people of the match move it. */
export const GOAL_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'DROPPED'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** What a service of the services directory does for her: protection, health, papers, money… */
export const SERVICE_CATEGORIES = [
  'PROTECTION',
  'HEALTH',
  'EDUCATION',
  'LEGAL_ASSISTANCE',
  'GBV_REPORTING',
  'MIGRATION_PROCEDURES',
  'FINANCING',
] as const;
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];

/** How many people a supporter can accompany at once. */
export const SUPPORTER_CAPACITY = { min: 1, max: 5 } as const;

export function kindsForNeed(need: Need): readonly SupportKind[] {
  return NEEDS.find((n) => n.code === need)?.kinds ?? [];
}

export function needsForKind(kind: SupportKind): Need[] {
  return NEEDS.filter((n) => (n.kinds as readonly SupportKind[]).includes(kind)).map((n) => n.code);
}

export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
