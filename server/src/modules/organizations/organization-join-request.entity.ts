import type { OrganizationJoinDeclineReason, OrganizationJoinRequestStatus } from '@aliadas/shared';
import { ORGANIZATION_JOIN_DECLINE_REASONS, ORGANIZATION_JOIN_REQUEST_STATUSES } from '@aliadas/shared';
import type { Rel } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../accounts/user.entity.js';
import { MembershipRoleEnum, type MembershipRole } from './organization-membership.entity.js';
import { Organization } from './organization.entity.js';

export const OrganizationJoinRequestStatusEnum = Object.fromEntries(
  ORGANIZATION_JOIN_REQUEST_STATUSES.map((s) => [s, s]),
) as { [K in OrganizationJoinRequestStatus]: K };
registerEnumType(OrganizationJoinRequestStatusEnum, { name: 'OrganizationJoinRequestStatus' });

export const OrganizationJoinDeclineReasonEnum = Object.fromEntries(
  ORGANIZATION_JOIN_DECLINE_REASONS.map((r) => [r, r]),
) as { [K in OrganizationJoinDeclineReason]: K };
registerEnumType(OrganizationJoinDeclineReasonEnum, { name: 'OrganizationJoinDeclineReason' });

/**
 * An entrepreneur or supporter asking to join an organization; its coordinators answer. While it is
 * pending, `pendingKey` holds organization and person, and its unique index keeps a second pending
 * request for the same pair out even when two arrive at once (NULLs never collide, on either database).
 */
@ObjectType({ description: 'A request to join a member organization, and its answer.' })
@Entity({ tableName: 'organization_join_requests' })
@Index({ properties: ['organization', 'status'] })
export class OrganizationJoinRequest {
  [OptionalProps]?: 'status' | 'message' | 'pendingKey' | 'declineReason' | 'decidedBy' | 'decidedAt' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Organization)
  @ManyToOne(() => Organization, { deleteRule: 'cascade' })
  organization!: Rel<Organization>;

  @ManyToOne(() => User, { deleteRule: 'cascade', index: true })
  user!: Rel<User>;

  @Field(() => MembershipRoleEnum, { description: 'Her place in the organization once accepted.' })
  @Property({ type: 'string', length: 20 })
  role!: MembershipRole;

  @Field(() => String, { nullable: true, description: 'What she wrote to the coordinators, if anything.' })
  @Property({ type: 'string', length: 500, nullable: true })
  message?: string | null;

  @Field(() => OrganizationJoinRequestStatusEnum)
  @Property({ type: 'string', length: 20 })
  status: OrganizationJoinRequestStatus = 'PENDING';

  @Property({ type: 'string', length: 80, nullable: true, unique: true })
  pendingKey?: string | null;

  @Field(() => OrganizationJoinDeclineReasonEnum, { nullable: true })
  @Property({ type: 'string', length: 40, nullable: true })
  declineReason?: OrganizationJoinDeclineReason | null;

  /** The coordinator who answered; staff-only, her own export shows the answer, not who gave it. */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  decidedBy?: Rel<User> | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date | null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

export function pendingKeyOf(organizationId: string, userId: string): string {
  return `${organizationId}:${userId}`;
}
