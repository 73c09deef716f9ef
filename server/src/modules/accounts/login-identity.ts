// What names an account (an email or a login phone) and what proves it is hers (a password or a PIN):
// normalised and checked once, here, for sign-up, log-in, first log-in and assisted sign-up alike.
import type { SecretKind } from '@aliadas/shared';
import { isTrivialPin, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, PIN_PATTERN } from '@aliadas/shared';
import { isPhoneNumber } from 'class-validator';
import { BadUserInputError } from '../../errors.js';

/** E.164: a plus, a country code that does not start with 0, at most 15 digits in all. */
const E164 = /^\+[1-9]\d{6,14}$/;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * A login phone in E.164, from what she typed (spaces, dashes and brackets allowed). Checked against the
 * numbering plan of its country (libphonenumber's metadata, through class-validator), so that a typo
 * does not become an account nobody can reach.
 */
export function normalizeLoginPhone(phone: string): string {
  const compact = phone.trim().replace(/[\s().-]/g, '');
  if (!E164.test(compact) || !isPhoneNumber(compact)) {
    throw new BadUserInputError(
      'auth.phoneFormat',
      'Write the phone number with its country code, for example +50588887777.',
    );
  }
  return compact;
}

export interface LoginName {
  email?: string | null;
  phone?: string | null;
}

/** How the account is found: by its email or by its login phone (one of the two, not both). */
export type Identity = { email: string } | { loginPhone: string };

export function identityOf(input: LoginName): Identity {
  const email = input.email?.trim() ? normalizeEmail(input.email) : null;
  const phone = input.phone?.trim() ? input.phone : null;
  if (email && phone) {
    throw new BadUserInputError('auth.oneLoginName', 'Log in with your email or with your phone, not both.');
  }
  if (email) return { email };
  if (phone) return { loginPhone: normalizeLoginPhone(phone) };
  throw new BadUserInputError('auth.loginNameRequired', 'Write your phone number or your email.');
}

/** The key her failed attempts are counted under. */
export function identityKey(identity: Identity): string {
  return 'email' in identity ? `email:${identity.email}` : `phone:${identity.loginPhone}`;
}

export interface Secret {
  kind: SecretKind;
  value: string;
}

export interface SecretInput {
  password?: string | null;
  pin?: string | null;
}

/** Exactly one of a password and a PIN. */
export function secretOf(input: SecretInput): Secret {
  const hasPassword = input.password != null && input.password !== '';
  const hasPin = input.pin != null && input.pin !== '';
  if (hasPassword === hasPin) {
    throw new BadUserInputError('auth.oneSecret', 'Choose a password or a PIN.');
  }
  return hasPin ? { kind: 'PIN', value: input.pin! } : { kind: 'PASSWORD', value: input.password! };
}

/** A new secret must be one that is hard to guess. */
export function checkNewSecret(secret: Secret): void {
  if (secret.kind === 'PIN') {
    if (!PIN_PATTERN.test(secret.value)) {
      throw new BadUserInputError('auth.pinFormat', 'A PIN is 6 digits.');
    }
    if (isTrivialPin(secret.value)) {
      throw new BadUserInputError('auth.pinTooEasy', 'This PIN is too easy to guess. Choose another one.');
    }
    return;
  }
  const length = [...secret.value].length;
  if (length < PASSWORD_MIN_LENGTH || secret.value.length > PASSWORD_MAX_LENGTH) {
    throw new BadUserInputError('auth.passwordLength', 'A password has 10 to 128 characters.', {
      min: PASSWORD_MIN_LENGTH,
      max: PASSWORD_MAX_LENGTH,
    });
  }
}
