import { randomUUID } from 'node:crypto';
import type { Locale, Role, SecretKind } from '@aliadas/shared';
import { DEFAULT_LOCALE } from '@aliadas/shared';
import { Collection, Entity, OneToMany, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { RoleEnum } from '../../graphql/enums.js';
import { UserRole } from './user-role.entity.js';

@ObjectType({
  description:
    'A person with an account. Her contact details are shown to herself, and to the other person of an active match only if she shares them.',
})
@Entity({ tableName: 'users' })
export class User {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'locale' | 'roles' | 'shareContactDetails' | 'secretKind';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Stored lower-cased so that log-in is case-insensitive. */
  @Property({ type: 'string', length: 254, nullable: true, unique: true })
  email?: string | null;

  /** E.164 (+50688887777). Like the email, it reaches only her and, if she shares it, her active matches. */
  @Property({ type: 'string', length: 16, nullable: true })
  phone?: string | null;

  /**
   * The phone number she logs in with (E.164), which may be a phone she shares with her family: it names
   * her account and is shown to no one but her, never to staff or matches (docs/decisions/0008).
   */
  @Property({ type: 'string', length: 16, nullable: true, unique: true })
  loginPhone?: string | null;

  /** Her choice: the other person of an active match may see her email and phone. Off until she turns it on. */
  @Property({ type: 'boolean', default: false })
  shareContactDetails: boolean = false;

  @Field(() => String)
  @Property({ type: 'string', length: 80 })
  displayName!: string;

  /** argon2id of her password or PIN; empty while a coordinator-opened account waits for her first log-in. */
  @Property({ type: 'string', length: 200, hidden: true })
  passwordHash!: string;

  /** PASSWORD or PIN; NONE until she sets her own secret with a one-time setup code. */
  @Property({ type: 'string', length: 10, default: 'PASSWORD' })
  secretKind: SecretKind | 'NONE' = 'PASSWORD';

  @Field(() => String, { description: 'Interface language: es, en, fr or ht.' })
  @Property({ type: 'string', length: 5 })
  locale: Locale = DEFAULT_LOCALE;

  @OneToMany(() => UserRole, (r) => r.user, { orphanRemoval: true })
  roleGrants = new Collection<UserRole>(this);

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  /** Set when she deleted her account: the row stays, without anything that says who she was. */
  @Property({ type: 'datetime', nullable: true })
  deletedAt?: Date | null;

  @Field(() => [RoleEnum])
  get roles(): Role[] {
    return this.roleGrants.isInitialized() ? this.roleGrants.getItems().map((g) => g.role) : [];
  }

  hasRole(...roles: Role[]): boolean {
    return this.roles.some((r) => roles.includes(r));
  }
}
