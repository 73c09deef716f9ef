// How a person opens her account: an email or a phone number to name it, a password or a 6-digit PIN
// to prove it is her; and the consent a woman gives when a coordinator opens or changes it for her.

/** What she types to prove it is her. NONE: opened by a coordinator, waiting for her first log-in. */
export const SECRET_KINDS = ['PASSWORD', 'PIN'] as const;
export type SecretKind = (typeof SECRET_KINDS)[number];

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;
export const PIN_LENGTH = 6;
export const PIN_PATTERN = /^\d{6}$/;

/**
 * A PIN anyone would try first: one digit repeated, or a run up or down (012345, 987654, also
 * wrapping around 9→0), or a pair or triple repeated (121212, 123123).
 */
export function isTrivialPin(pin: string): boolean {
  if (!PIN_PATTERN.test(pin)) return true;
  const digits = [...pin].map(Number);
  const steps = new Set(digits.slice(1).map((d, i) => (d - digits[i]! + 10) % 10));
  if (steps.size === 1 && [0, 1, 9].includes([...steps][0]!)) return true;
  return pin === pin.slice(0, 2).repeat(3) || pin === pin.slice(0, 3).repeat(2) || COMMON_PINS.includes(pin);
}

/** Other PINs high on every list of the most used ones: patterns on a keypad, mirrored runs. */
const COMMON_PINS = ['112233', '123321', '159753', '147258', '789456', '102030', '111222', '000111'];

/** The one-time code a coordinator reads to her over the phone: digits only, easy to say in any language. */
export const SETUP_CODE_LENGTH = 8;
export const SETUP_CODE_PATTERN = /^\d{8}$/;

/** What she agreed to when a coordinator acts for her. */
export const CONSENT_SCOPES = [
  'CREATE_ACCOUNT',
  'STORE_PROFILE',
  'BE_MATCHED',
  'UPDATE_PROFILE',
  'RESET_ACCESS',
] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

/** How she gave it. */
export const CONSENT_CHANNELS = ['CALL', 'VISIT'] as const;
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number];

/** What the coordinator did with it. */
export const ASSISTED_ACTIONS = ['ACCOUNT_CREATED', 'PROFILE_UPDATED', 'ACCESS_RESET'] as const;
export type AssistedAction = (typeof ASSISTED_ACTIONS)[number];

/** The consent each action needs before a coordinator may do it. */
export const CONSENT_REQUIRED: Record<AssistedAction, readonly ConsentScope[]> = {
  ACCOUNT_CREATED: ['CREATE_ACCOUNT', 'STORE_PROFILE'],
  PROFILE_UPDATED: ['UPDATE_PROFILE'],
  ACCESS_RESET: ['RESET_ACCESS'],
};
