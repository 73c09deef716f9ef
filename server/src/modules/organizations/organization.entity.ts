import type { CountryCode, LanguageCode, Need, SupportKind } from '@aliadas/shared';
import { Collection, Entity, OneToMany, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { CountryEnum, NeedEnum, SupportKindEnum } from '../../graphql/enums.js';
import { OrganizationMembership } from './organization-membership.entity.js';

/**
 * A member organization and its entry in the public directory: what it offers, where, in which
 * languages, and how to reach it. Its contact details are the organization's own, never a person's.
 */
@ObjectType({ description: 'A women-led member organization of the network.' })
@Entity({ tableName: 'organizations' })
export class Organization {
  [OptionalProps]?:
    | 'createdAt'
    | 'updatedAt'
    | 'womenLed'
    | 'needs'
    | 'website'
    | 'phone'
    | 'email'
    | 'address'
    | 'isExample'
    | 'countryTags'
    | 'languageTags'
    | 'offerTags'
    | 'searchText';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'string', length: 120, unique: true })
  name!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  description!: string;

  @Field(() => [CountryEnum])
  @Property({ type: 'json' })
  countries!: CountryCode[];

  @Field(() => [String])
  @Property({ type: 'json' })
  languages!: LanguageCode[];

  @Field(() => [SupportKindEnum], { description: 'Kinds of support its people give.' })
  @Property({ type: 'json' })
  services!: SupportKind[];

  @Field(() => [NeedEnum], { description: 'The needs it helps with, in the words of the shared vocabulary.' })
  @Property({ type: 'json', default: '[]' })
  needs: Need[] = [];

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 300, nullable: true })
  website?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 30, nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 254, nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 300, nullable: true })
  address?: string | null;

  @Field(() => Boolean, { description: 'A demo entry: an example, not a real organization.' })
  @Property({ type: 'boolean', default: false })
  isExample: boolean = false;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  womenLed: boolean = true;

  /** ",CR,PA," — filtering by one code is a LIKE that reads the same in SQLite and PostgreSQL. */
  @Property({ type: 'string', length: 200, default: '' })
  countryTags: string = '';

  @Property({ type: 'string', length: 200, default: '' })
  languageTags: string = '';

  /** Support kinds and needs as ",MENTOR,SEED_CAPITAL,": what it offers, for the same kind of LIKE. */
  @Property({ type: 'string', length: 600, default: '' })
  offerTags: string = '';

  /** Lower-cased, accents folded: name, description and address, for a LIKE search on any database. */
  @Property({ type: 'text', default: '' })
  searchText: string = '';

  @OneToMany(() => OrganizationMembership, (m) => m.organization)
  memberships = new Collection<OrganizationMembership>(this);

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  updatedAt?: Date | null;
}
