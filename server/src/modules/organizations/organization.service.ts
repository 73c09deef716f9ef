import type { Need, SupportKind } from '@aliadas/shared';
import { LOCALES, NEED_LABELS, ORGANIZATION_LIMITS, SUPPORT_KIND_LABELS } from '@aliadas/shared';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { DomainEventPublisher } from '../../domain-events.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../errors.js';
import type { User } from '../accounts/user.entity.js';
import { User as UserEntity } from '../accounts/user.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { NotificationService } from '../notifications/notification.service.js';
import { foldForSearch, searchTerms } from '../services-directory/services-directory.service.js';
import { OrganizationJoinRequest, pendingKeyOf } from './organization-join-request.entity.js';
import { type MembershipRole, OrganizationMembership } from './organization-membership.entity.js';
import { Organization } from './organization.entity.js';
import type {
  DeclineJoinRequestInput,
  JoinOrganizationInput,
  OrganizationInput,
  OrganizationSearchArgs,
} from './organization.inputs.js';

export interface OrganizationPage {
  items: Organization[];
  total: number;
}

/** The columns the directory filters and searches on, from what the entry says. */
export function directoryColumns(entry: {
  name: string;
  description: string;
  address?: string | null;
  countries: readonly string[];
  languages: readonly string[];
  services: readonly SupportKind[];
  needs: readonly Need[];
}): { countryTags: string; languageTags: string; offerTags: string; searchText: string } {
  // The labels of what it offers, in every language, so that "crédito" or "kredi" finds it.
  const offerWords = [
    ...entry.services.flatMap((kind) => LOCALES.map((locale) => SUPPORT_KIND_LABELS[kind][locale])),
    ...entry.needs.flatMap((need) => LOCALES.map((locale) => NEED_LABELS[need][locale])),
  ];
  return {
    countryTags: `,${entry.countries.join(',')},`,
    languageTags: `,${entry.languages.join(',')},`,
    offerTags: `,${[...entry.services, ...entry.needs].join(',')},`,
    searchText: foldForSearch([entry.name, entry.description, entry.address ?? '', ...offerWords].join(' ')),
  };
}

/** An entrepreneur asks to join as a member; a supporter, to give her support through it. */
export function membershipRoleFor(user: User): MembershipRole | null {
  if (user.hasRole('ADVISER')) return 'ADVISER';
  if (user.hasRole('MENTOR')) return 'MENTOR';
  if (user.hasRole('ENTREPRENEUR')) return 'MEMBER';
  return null;
}

const JOIN_REQUESTS_OF_HERS_MAX = 50;

export class OrganizationService {
  constructor(
    private readonly em: EntityManager,
    private readonly requestId: string | null = null,
    private readonly events: DomainEventPublisher = { publish: () => undefined },
    private readonly clock: () => Date = () => new Date(),
  ) {}

  list(): Promise<Organization[]> {
    return this.em.find(Organization, {}, { orderBy: { name: 'asc' } });
  }

  /** The public directory: every word must appear, each filter narrows; by name, one page at a time. */
  async search(args: OrganizationSearchArgs): Promise<OrganizationPage> {
    const where: FilterQuery<Organization>[] = [];
    if (args.country) where.push({ countryTags: { $like: `%,${args.country},%` } });
    if (args.language) where.push({ languageTags: { $like: `%,${args.language},%` } });
    if (args.supportKind) where.push({ offerTags: { $like: `%,${args.supportKind},%` } });
    if (args.need) where.push({ offerTags: { $like: `%,${args.need},%` } });
    for (const term of searchTerms(args.search)) where.push({ searchText: { $like: `%${term}%` } });
    const [items, total] = await this.em.findAndCount(Organization, where.length ? { $and: where } : {}, {
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      limit: args.limit,
      offset: args.offset,
    });
    return { items, total };
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
      const fields = fieldsOf(input);
      if (await em.count(Organization, { name: fields.name })) throw nameTaken();
      const organization = em.create(Organization, fields);
      new AuditService(em, this.requestId).record({
        actor,
        action: 'organization.created',
        subjectType: 'Organization',
        subjectId: organization.id,
      });
      return organization;
    });
  }

  /** Its coordinators (and admins) keep its directory entry up to date; the audit says which fields changed. */
  async update(actor: User, id: string, input: OrganizationInput): Promise<Organization> {
    return this.em.transactional(async (em) => {
      const organization = await em.findOne(Organization, { id });
      if (!organization) throw new NotFoundError('Organization');
      await this.requireManager(em, actor, id);
      const fields = fieldsOf(input);
      if (fields.name !== organization.name && (await em.count(Organization, { name: fields.name }))) {
        throw nameTaken();
      }
      const changed = DIRECTORY_FIELDS.filter(
        (field) => JSON.stringify(organization[field] ?? null) !== JSON.stringify(fields[field] ?? null),
      );
      em.assign(organization, { ...fields, updatedAt: this.clock() });
      new AuditService(em, this.requestId).record({
        actor,
        action: 'organization.updated',
        subjectType: 'Organization',
        subjectId: id,
        details: { changed },
      });
      return organization;
    });
  }

  /** Organizations written before the directory existed get their search columns once, at start-up. */
  async fillDirectoryColumns(): Promise<number> {
    return this.em.transactional(async (em) => {
      const missing = await em.find(Organization, { countryTags: '' }, { limit: 1000 });
      for (const organization of missing) em.assign(organization, directoryColumns(organization));
      return missing.length;
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

  // --- Asking to join ---------------------------------------------------------------------------

  /**
   * An entrepreneur or supporter asks to join; its coordinators are told. One pending request per
   * person and organization, and none from a member.
   */
  async requestToJoin(actor: User, input: JoinOrganizationInput): Promise<OrganizationJoinRequest> {
    const role = membershipRoleFor(actor);
    if (!role) {
      throw new ForbiddenError(
        'organization.joinNotForRole',
        'Only entrepreneurs, mentors and advisers can ask to join an organization.',
      );
    }
    try {
      return await this.em.transactional(async (em) => {
        const organization = await em.findOne(Organization, { id: input.organizationId });
        if (!organization) throw new NotFoundError('Organization');
        if (await em.count(OrganizationMembership, { organization, user: actor.id })) throw alreadyMember();
        if (await em.count(OrganizationJoinRequest, { pendingKey: pendingKeyOf(organization.id, actor.id) })) {
          throw alreadyPending();
        }
        const message = input.message?.trim() || null;
        const request = em.create(OrganizationJoinRequest, {
          organization,
          user: await em.findOneOrFail(UserEntity, { id: actor.id }),
          role,
          message,
          pendingKey: pendingKeyOf(organization.id, actor.id),
          createdAt: this.clock(),
        });
        new AuditService(em, this.requestId).record({
          actor,
          action: 'organization.joinRequested',
          subjectType: 'Organization',
          subjectId: organization.id,
          details: { requestId: request.id, role },
        });
        await em.flush();
        const coordinators = await em.find(
          OrganizationMembership,
          { organization, role: 'COORDINATOR' },
          { fields: ['user'] },
        );
        await new NotificationService(em, this.events, this.clock).notify(
          coordinators.map((m) => m.user.id),
          'ORGANIZATION_JOIN_REQUESTED',
          { organization: organization.name },
          `/organizations/${organization.id}/requests`,
        );
        return request;
      });
    } catch (error) {
      // Two requests at the same moment: the unique pending key lets one through.
      if (error instanceof UniqueConstraintViolationException) throw alreadyPending();
      throw error;
    }
  }

  /** She takes back a request nobody has answered yet. */
  async withdrawJoinRequest(actor: User, requestId: string): Promise<OrganizationJoinRequest> {
    return this.em.transactional(async (em) => {
      const request = await em.findOne(
        OrganizationJoinRequest,
        { id: requestId, user: actor.id },
        { populate: ['organization', 'user'] },
      );
      if (!request) throw new NotFoundError('JoinRequest');
      await this.close(em, request, { status: 'WITHDRAWN', decidedAt: this.clock() });
      new AuditService(em, this.requestId).record({
        actor,
        action: 'organization.joinWithdrawn',
        subjectType: 'Organization',
        subjectId: request.organization.id,
        details: { requestId },
      });
      return request;
    });
  }

  /** Her requests, newest first; with `organizationId`, only those to that organization. */
  myJoinRequests(actor: User, organizationId?: string | null): Promise<OrganizationJoinRequest[]> {
    return this.em.find(
      OrganizationJoinRequest,
      organizationId ? { user: actor.id, organization: organizationId } : { user: actor.id },
      {
        populate: ['organization', 'user'],
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        limit: JOIN_REQUESTS_OF_HERS_MAX,
      },
    );
  }

  /** What its coordinators have to answer, the oldest first. */
  async pendingJoinRequests(actor: User, organizationId: string): Promise<OrganizationJoinRequest[]> {
    if (!(await this.em.count(Organization, { id: organizationId }))) throw new NotFoundError('Organization');
    await this.requireManager(this.em, actor, organizationId);
    return this.em.find(
      OrganizationJoinRequest,
      { organization: organizationId, status: 'PENDING' },
      {
        populate: ['organization', 'user'],
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        limit: ORGANIZATION_LIMITS.pendingPageMax,
      },
    );
  }

  /** Accepting makes her a member in the same transaction, and tells her. */
  async acceptJoinRequest(actor: User, requestId: string): Promise<OrganizationJoinRequest> {
    return this.em.transactional(async (em) => {
      const request = await this.requestToAnswer(em, actor, requestId);
      const now = this.clock();
      await this.close(em, request, { status: 'ACCEPTED', decidedAt: now, decidedBy: actor });
      const existing = await em.findOne(OrganizationMembership, {
        organization: request.organization,
        user: request.user,
      });
      // Someone may have added her by hand meanwhile: she stays a member, in the place she has.
      if (!existing) {
        em.create(OrganizationMembership, {
          organization: request.organization,
          user: request.user,
          role: request.role,
          joinedAt: now,
        });
      }
      new AuditService(em, this.requestId).record({
        actor,
        action: 'organization.joinAccepted',
        subjectType: 'Organization',
        subjectId: request.organization.id,
        details: { requestId, userId: request.user.id, role: request.role },
      });
      await em.flush();
      await new NotificationService(em, this.events, this.clock).notify(
        [request.user.id],
        'ORGANIZATION_JOIN_ACCEPTED',
        { organization: request.organization.name },
        `/organizations/${request.organization.id}`,
      );
      return request;
    });
  }

  async declineJoinRequest(actor: User, input: DeclineJoinRequestInput): Promise<OrganizationJoinRequest> {
    return this.em.transactional(async (em) => {
      const request = await this.requestToAnswer(em, actor, input.requestId);
      const reason = input.reason ?? null;
      await this.close(em, request, {
        status: 'DECLINED',
        decidedAt: this.clock(),
        decidedBy: actor,
        declineReason: reason,
      });
      new AuditService(em, this.requestId).record({
        actor,
        action: 'organization.joinDeclined',
        subjectType: 'Organization',
        subjectId: request.organization.id,
        details: { requestId: input.requestId, userId: request.user.id, reason },
      });
      await em.flush();
      await new NotificationService(em, this.events, this.clock).notify(
        [request.user.id],
        'ORGANIZATION_JOIN_DECLINED',
        reason ? { organization: request.organization.name, reason } : { organization: request.organization.name },
        `/organizations/${request.organization.id}`,
      );
      return request;
    });
  }

  /** A request only its organization's coordinators (or an admin) may answer. */
  private async requestToAnswer(em: EntityManager, actor: User, requestId: string): Promise<OrganizationJoinRequest> {
    const request = await em.findOne(
      OrganizationJoinRequest,
      { id: requestId },
      { populate: ['organization', 'user'] },
    );
    if (!request) throw new NotFoundError('JoinRequest');
    await this.requireManager(em, actor, request.organization.id);
    return request;
  }

  /**
   * Closes a pending request. The update is conditional on it still being pending, so two answers
   * given at once (accept and withdraw, two coordinators) cannot both win.
   */
  private async close(
    em: EntityManager,
    request: OrganizationJoinRequest,
    answer: Pick<OrganizationJoinRequest, 'status' | 'decidedAt'> &
      Partial<Pick<OrganizationJoinRequest, 'declineReason'>> & { decidedBy?: User },
  ): Promise<void> {
    const changes = {
      status: answer.status,
      decidedAt: answer.decidedAt,
      pendingKey: null,
      declineReason: answer.declineReason ?? null,
      decidedBy: answer.decidedBy ? em.getReference(UserEntity, answer.decidedBy.id) : null,
    };
    const updated = await em.nativeUpdate(OrganizationJoinRequest, { id: request.id, status: 'PENDING' }, changes);
    if (updated !== 1) {
      throw new ConflictError('organization.joinRequestClosed', 'This request has already been answered or withdrawn.');
    }
    // Keep the loaded entity in step; the flush writes the same values again.
    Object.assign(request, changes);
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

const DIRECTORY_FIELDS = [
  'name',
  'description',
  'countries',
  'languages',
  'services',
  'needs',
  'website',
  'phone',
  'email',
  'address',
  'isExample',
] as const;

function nameTaken(): ConflictError {
  return new ConflictError('organization.nameTaken', 'An organization with this name already exists.');
}

function alreadyMember(): ConflictError {
  return new ConflictError('organization.alreadyMember', 'You are already a member of this organization.');
}

function alreadyPending(): ConflictError {
  return new ConflictError(
    'organization.joinRequestPending',
    'You have already asked to join this organization; its coordinators will answer.',
  );
}

function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function fieldsOf(input: OrganizationInput) {
  const fields = {
    name: input.name.trim(),
    description: input.description.trim(),
    countries: input.countries,
    languages: input.languages,
    services: input.services,
    needs: input.needs ?? [],
    website: blankToNull(input.website),
    phone: blankToNull(input.phone),
    email: blankToNull(input.email)?.toLowerCase() ?? null,
    address: blankToNull(input.address),
    isExample: input.isExample ?? false,
  };
  return { ...fields, ...directoryColumns(fields) };
}
