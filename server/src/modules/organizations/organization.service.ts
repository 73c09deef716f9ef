import type { EntityManager } from '@mikro-orm/core';
import { ConflictError, ForbiddenError, NotFoundError } from '../../errors.js';
import type { User } from '../accounts/user.entity.js';
import { User as UserEntity } from '../accounts/user.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { type MembershipRole, OrganizationMembership } from './organization-membership.entity.js';
import { Organization } from './organization.entity.js';
import type { OrganizationInput } from './organization.inputs.js';

export class OrganizationService {
  constructor(
    private readonly em: EntityManager,
    private readonly requestId: string | null = null,
  ) {}

  list(): Promise<Organization[]> {
    return this.em.find(Organization, {}, { orderBy: { name: 'asc' } });
  }

  async get(id: string): Promise<Organization> {
    const organization = await this.em.findOne(Organization, { id });
    if (!organization) throw new NotFoundError('Organization');
    return organization;
  }

  /**
   * Her members, first to join first. Through the collection's dataloader, so that a list of
   * organizations asking for their members makes one query for all of them, not one each.
   */
  async members(organization: Organization): Promise<OrganizationMembership[]> {
    const memberships = await organization.memberships.loadItems({ populate: ['user'], dataloader: true });
    return [...memberships].sort((a, b) => a.joinedAt.getTime() - b.joinedAt.getTime() || a.id.localeCompare(b.id));
  }

  membershipsOf(userId: string): Promise<OrganizationMembership[]> {
    return this.em.find(OrganizationMembership, { user: userId }, { populate: ['organization'] });
  }

  async create(actor: User, input: OrganizationInput): Promise<Organization> {
    if (!actor.hasRole('ADMIN')) throw new ForbiddenError();
    return this.em.transactional(async (em) => {
      if (await em.count(Organization, { name: input.name.trim() })) {
        throw new ConflictError('organization.nameTaken', 'An organization with this name already exists.');
      }
      const organization = em.create(Organization, {
        ...input,
        name: input.name.trim(),
        contact: input.contact ?? null,
      });
      new AuditService(em, this.requestId).record({
        actor,
        action: 'organization.created',
        subjectType: 'Organization',
        subjectId: organization.id,
      });
      return organization;
    });
  }

  async update(actor: User, id: string, input: OrganizationInput): Promise<Organization> {
    return this.em.transactional(async (em) => {
      const organization = await em.findOne(Organization, { id });
      if (!organization) throw new NotFoundError('Organization');
      await this.requireManager(em, actor, id);
      em.assign(organization, { ...input, name: input.name.trim(), contact: input.contact ?? null });
      new AuditService(em, this.requestId).record({
        actor,
        action: 'organization.updated',
        subjectType: 'Organization',
        subjectId: id,
      });
      return organization;
    });
  }

  async addMember(
    actor: User,
    organizationId: string,
    userId: string,
    role: MembershipRole,
  ): Promise<OrganizationMembership> {
    return this.em.transactional(async (em) => {
      const organization = await em.findOne(Organization, { id: organizationId });
      if (!organization) throw new NotFoundError('Organization');
      await this.requireManager(em, actor, organizationId);
      const user = await em.findOne(UserEntity, { id: userId });
      if (!user) throw new NotFoundError('Person');
      const existing = await em.findOne(OrganizationMembership, { organization, user });
      const membership = existing ?? em.create(OrganizationMembership, { organization, user, role });
      membership.role = role;
      new AuditService(em, this.requestId).record({
        actor,
        action: 'organization.memberSet',
        subjectType: 'Organization',
        subjectId: organizationId,
        details: { userId, role },
      });
      return membership;
    });
  }

  async removeMember(actor: User, organizationId: string, userId: string): Promise<boolean> {
    return this.em.transactional(async (em) => {
      await this.requireManager(em, actor, organizationId);
      const removed = await em.nativeDelete(OrganizationMembership, { organization: organizationId, user: userId });
      new AuditService(em, this.requestId).record({
        actor,
        action: 'organization.memberRemoved',
        subjectType: 'Organization',
        subjectId: organizationId,
        details: { userId },
      });
      return removed > 0;
    });
  }

  /** Admins manage every organization; a coordinator manages those she coordinates. */
  private async requireManager(em: EntityManager, actor: User, organizationId: string): Promise<void> {
    if (actor.hasRole('ADMIN')) return;
    const coordinates =
      actor.hasRole('COORDINATOR') &&
      (await em.count(OrganizationMembership, { organization: organizationId, user: actor.id, role: 'COORDINATOR' })) >
        0;
    if (!coordinates)
      throw new ForbiddenError('organization.notManager', 'Only its coordinators can change this organization.');
  }
}
