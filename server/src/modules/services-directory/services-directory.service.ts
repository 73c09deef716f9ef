import type { CountryCode, ServiceCategory } from '@aliadas/shared';
import { LOCALES, SERVICE_CATEGORY_LABELS } from '@aliadas/shared';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { ForbiddenError, NotFoundError } from '../../errors.js';
import type { User } from '../accounts/user.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { OrganizationMembership } from '../organizations/organization-membership.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { ServiceEntry } from './service-entry.entity.js';
import type { ServiceEntryInput, ServiceSearchArgs } from './services-directory.inputs.js';

/** Lower case without accents, so that "violencia" finds "Violéncia" with a plain LIKE on any database. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a search, folded, without LIKE's wildcards (SQLite and PostgreSQL escape them differently). */
export function searchTerms(search: string | null | undefined): string[] {
  return foldForSearch(search ?? '')
    .replace(/[%_\\]/g, ' ')
    .split(/\s+/u)
    .filter((word) => word.length > 0)
    .slice(0, 8);
}

/** The columns a search reads: the folded text (with the category's name in every language) and the language tags. */
export function searchColumns(entry: {
  name: string;
  description: string;
  address: string | null;
  category: ServiceCategory;
  languages: readonly string[];
}): { searchText: string; languageTags: string } {
  const categoryWords = LOCALES.map((locale) => SERVICE_CATEGORY_LABELS[entry.category][locale]);
  return {
    searchText: foldForSearch([entry.name, entry.description, entry.address ?? '', ...categoryWords].join(' ')),
    languageTags: `,${entry.languages.join(',')},`,
  };
}

export interface ServiceEntryPage {
  items: ServiceEntry[];
  total: number;
}

export class ServicesDirectoryService {
  constructor(
    private readonly em: EntityManager,
    private readonly requestId: string | null = null,
  ) {}

  /** Every word must appear; filters narrow; emergency lines first, then by name. Archived entries never show. */
  async search(args: ServiceSearchArgs): Promise<ServiceEntryPage> {
    const where: FilterQuery<ServiceEntry>[] = [{ archivedAt: null }];
    if (args.country) where.push({ country: args.country });
    if (args.category) where.push({ category: args.category });
    if (args.language) where.push({ languageTags: { $like: `%,${args.language},%` } });
    for (const term of searchTerms(args.search)) where.push({ searchText: { $like: `%${term}%` } });
    const [items, total] = await this.em.findAndCount(
      ServiceEntry,
      { $and: where },
      {
        populate: ['organization'],
        orderBy: [{ emergency: 'desc' }, { name: 'asc' }, { id: 'asc' }],
        limit: args.limit,
        offset: args.offset,
      },
    );
    return { items, total };
  }

  /** The lines to call in danger in one country. */
  emergencyIn(country: CountryCode): Promise<ServiceEntry[]> {
    return this.em.find(
      ServiceEntry,
      { country, emergency: true, archivedAt: null },
      { populate: ['organization'], orderBy: [{ name: 'asc' }, { id: 'asc' }], limit: 20 },
    );
  }

  async get(id: string): Promise<ServiceEntry> {
    const entry = await this.em.findOne(ServiceEntry, { id, archivedAt: null }, { populate: ['organization'] });
    if (!entry) throw new NotFoundError('Service');
    return entry;
  }

  async create(actor: User, input: ServiceEntryInput): Promise<ServiceEntry> {
    requireMaintainer(actor);
    return this.em.transactional(async (em) => {
      const organization = await this.organizationFor(em, actor, input.organizationId);
      const entry = em.create(ServiceEntry, { ...fieldsOf(input), organization });
      new AuditService(em, this.requestId).record({
        actor,
        action: 'service.created',
        subjectType: 'ServiceEntry',
        subjectId: entry.id,
        details: { country: entry.country, category: entry.category },
      });
      return entry;
    });
  }

  async update(actor: User, id: string, input: ServiceEntryInput): Promise<ServiceEntry> {
    requireMaintainer(actor);
    return this.em.transactional(async (em) => {
      const entry = await em.findOne(ServiceEntry, { id, archivedAt: null });
      if (!entry) throw new NotFoundError('Service');
      const organization = await this.organizationFor(em, actor, input.organizationId);
      em.assign(entry, { ...fieldsOf(input), organization, updatedAt: new Date() });
      new AuditService(em, this.requestId).record({
        actor,
        action: 'service.updated',
        subjectType: 'ServiceEntry',
        subjectId: id,
      });
      return entry;
    });
  }

  /** Takes an entry out of the directory; it stays in the database for the audit trail. */
  async archive(actor: User, id: string): Promise<ServiceEntry> {
    requireMaintainer(actor);
    return this.em.transactional(async (em) => {
      const entry = await em.findOne(ServiceEntry, { id }, { populate: ['organization'] });
      if (!entry) throw new NotFoundError('Service');
      if (entry.archivedAt) return entry;
      entry.archivedAt = new Date();
      entry.updatedAt = entry.archivedAt;
      new AuditService(em, this.requestId).record({
        actor,
        action: 'service.archived',
        subjectType: 'ServiceEntry',
        subjectId: id,
      });
      return entry;
    });
  }

  /** An entry may name its organization; a coordinator names only one she coordinates. */
  private async organizationFor(
    em: EntityManager,
    actor: User,
    organizationId: string | null | undefined,
  ): Promise<Organization | null> {
    if (!organizationId) return null;
    const organization = await em.findOne(Organization, { id: organizationId });
    if (!organization) throw new NotFoundError('Organization');
    if (actor.hasRole('ADMIN')) return organization;
    const coordinates = await em.count(OrganizationMembership, {
      organization,
      user: actor.id,
      role: 'COORDINATOR',
    });
    if (coordinates === 0)
      throw new ForbiddenError(
        'service.notOrganizationCoordinator',
        'You can only name an organization that you coordinate.',
      );
    return organization;
  }
}

function requireMaintainer(actor: User): void {
  if (!actor.hasRole('COORDINATOR', 'ADMIN')) throw new ForbiddenError();
}

function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function fieldsOf(input: ServiceEntryInput) {
  const fields = {
    country: input.country,
    languages: input.languages,
    category: input.category,
    name: input.name.trim(),
    description: input.description.trim(),
    phone: blankToNull(input.phone),
    website: blankToNull(input.website),
    address: blankToNull(input.address),
    hours: blankToNull(input.hours),
    emergency: input.emergency,
    isExample: input.isExample,
  };
  return { ...fields, ...searchColumns(fields) };
}
