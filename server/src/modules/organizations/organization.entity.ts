import type { CountryCode, LanguageCode, SupportKind } from '@aliadas/shared';
import { Collection, Entity, OneToMany, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { CountryEnum, SupportKindEnum } from '../../graphql/enums.js';
import { OrganizationMembership } from './organization-membership.entity.js';

@ObjectType({ description: 'A women-led member organization of the network.' })
@Entity({ tableName: 'organizations' })
export class Organization {
  [OptionalProps]?: 'createdAt' | 'womenLed';

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

  @Field(() => String, { nullable: true, description: 'How to reach it: a public phone, address or website.' })
  @Property({ type: 'string', length: 300, nullable: true })
  contact?: string | null;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  womenLed: boolean = true;

  @OneToMany(() => OrganizationMembership, (m) => m.organization)
  memberships = new Collection<OrganizationMembership>(this);

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
