// One-time setup codes: made here, given once to the coordinator, spent by AccountService.setUpAccount.
import { SETUP_CODE_LENGTH } from '@aliadas/shared';
import type { EntityManager } from '@mikro-orm/core';
import { randomInt } from 'node:crypto';
import { hashPassword } from './passwords.js';
import { AccountSetupCode, type SetupCodePurpose } from './setup-code.entity.js';
import type { User } from './user.entity.js';

export interface IssuedSetupCode {
  /** The code in clear: returned once, to be read to her, never stored. */
  setupCode: string;
  expiresAt: Date;
}

/** Eight random digits (10^8 codes; a handful of tries before the account is locked for a while). */
export function newSetupCode(): string {
  return Array.from({ length: SETUP_CODE_LENGTH }, () => String(randomInt(10))).join('');
}

/** A new code for her; any older code still unused stops working. Joins the caller's transaction. */
export async function issueSetupCode(
  em: EntityManager,
  user: User,
  purpose: SetupCodePurpose,
  issuedBy: User,
  now: Date,
  ttlMs: number,
): Promise<IssuedSetupCode> {
  const code = newSetupCode();
  const expiresAt = new Date(now.getTime() + ttlMs);
  await em.nativeUpdate(AccountSetupCode, { user: user.id, usedAt: null }, { usedAt: now });
  em.create(AccountSetupCode, {
    user,
    codeHash: await hashPassword(code),
    purpose,
    issuedBy,
    createdAt: now,
    expiresAt,
  });
  return { setupCode: code, expiresAt };
}
