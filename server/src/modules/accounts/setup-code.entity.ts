import type { Rel } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from './user.entity.js';

/**
 * A one-time code a coordinator gives a woman (by phone or in person) so that she sets her own password
 * or PIN: after an assisted sign-up, or when she lost her phone. Only its argon2 hash is kept; it works
 * once, until it expires, and a newer code replaces it.
 */
@Entity({ tableName: 'account_setup_codes' })
export class AccountSetupCode {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: Rel<User>;

  @Property({ type: 'string', length: 200, hidden: true })
  codeHash!: string;

  /** ASSISTED_SIGN_UP or RECOVERY. */
  @Property({ type: 'string', length: 20 })
  purpose!: SetupCodePurpose;

  /** The coordinator who gave it. */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  issuedBy?: Rel<User> | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  /** When she used it, or when a newer code replaced it. */
  @Property({ type: 'datetime', nullable: true })
  usedAt?: Date | null;
}

export const SETUP_CODE_PURPOSES = ['ASSISTED_SIGN_UP', 'RECOVERY'] as const;
export type SetupCodePurpose = (typeof SETUP_CODE_PURPOSES)[number];
