import type { Rel } from '@mikro-orm/core';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../accounts/user.entity.js';
import { Organization } from './organization.entity.js';

export const MEMBERSHIP_ROLES = ['COORDINATOR', 'ADVISER', 'MENTOR', 'MEMBER'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];
export const MembershipRoleEnum = Object.fromEntries(MEMBERSHIP_ROLES.map((r) => [r, r])) as {
  [K in MembershipRole]: K;
};
registerEnumType(MembershipRoleEnum, { name: 'MembershipRole' });

/** A person's place in an organization: its coordinators curate, its advisers advise. */
@ObjectType()
@Entity({ tableName: 'organization_memberships' })
@Unique({ properties: ['organization', 'user'] })
export class OrganizationMembership {
  [OptionalProps]?: 'joinedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Organization)
  @ManyToOne(() => Organization, { deleteRule: 'cascade' })
  organization!: Rel<Organization>;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: Rel<User>;

  @Field(() => MembershipRoleEnum)
  @Property({ type: 'string', length: 20 })
  role!: MembershipRole;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  joinedAt: Date = new Date();
}
