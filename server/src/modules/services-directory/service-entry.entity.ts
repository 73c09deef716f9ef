import type { CountryCode, LanguageCode, ServiceCategory } from '@aliadas/shared';
import { SERVICE_CATEGORIES } from '@aliadas/shared';
import type { Rel } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { CountryEnum } from '../../graphql/enums.js';
import { Organization } from '../organizations/organization.entity.js';

export const ServiceCategoryEnum = Object.fromEntries(SERVICE_CATEGORIES.map((c) => [c, c])) as {
  [K in ServiceCategory]: K;
};
registerEnumType(ServiceCategoryEnum, { name: 'ServiceCategory' });

/**
 * One service of the directory: who helps with protection, health, papers, money… in one country, in
 * which languages, and how to reach it. Public: anyone may read it, without an account.
 */
@ObjectType({ description: 'A service of the directory (protection, health, legal assistance…) in one country.' })
@Entity({ tableName: 'service_entries' })
@Index({ properties: ['country', 'archivedAt'] })
export class ServiceEntry {
  [OptionalProps]?: 'emergency' | 'isExample' | 'organization' | 'archivedAt' | 'createdAt' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => CountryEnum)
  @Property({ type: 'string', length: 2 })
  country!: CountryCode;

  @Field(() => [String], { description: 'Languages in which it attends (and in which this entry is written).' })
  @Property({ type: 'json' })
  languages!: LanguageCode[];

  /** The languages as ",es,ht,": filtering by one is a LIKE that reads the same in SQLite and PostgreSQL. */
  @Property({ type: 'string', length: 200 })
  languageTags!: string;

  @Field(() => ServiceCategoryEnum)
  @Property({ type: 'string', length: 30 })
  category!: ServiceCategory;

  @Field(() => String)
  @Property({ type: 'string', length: 120 })
  name!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 600 })
  description!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 30, nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 300, nullable: true })
  website?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 300, nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'When it attends, in words (e.g. "24 hours").' })
  @Property({ type: 'string', length: 200, nullable: true })
  hours?: string | null;

  @Field(() => Boolean, { description: 'A line to call in danger, such as a violence hotline or 911.' })
  @Property({ type: 'boolean' })
  emergency: boolean = false;

  @Field(() => Boolean, { description: 'A demo entry: an example, not a real service.' })
  @Property({ type: 'boolean' })
  isExample: boolean = false;

  @Field(() => Organization, { nullable: true })
  @ManyToOne(() => Organization, { nullable: true, deleteRule: 'set null' })
  organization?: Rel<Organization> | null;

  /** Lower-cased, accents folded: name, description and address, for a LIKE search on any database. */
  @Property({ type: 'text' })
  searchText!: string;

  @Property({ type: 'datetime', nullable: true })
  archivedAt?: Date | null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();
}
