import type {
  Availability,
  BusinessStage,
  CountryCode,
  LanguageSkill,
  Modality,
  Need,
  Sector,
  SupportKind,
} from '@aliadas/shared';
import type { Rel } from '@mikro-orm/core';
import { Entity, ManyToOne, OneToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  BusinessStageEnum,
  CountryEnum,
  ModalityEnum,
  NeedEnum,
  SectorEnum,
  SupportKindEnum,
} from '../../graphql/enums.js';
import { User } from '../accounts/user.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { AvailabilityType, LanguageSkillType } from './profile.types.js';

@ObjectType({ description: 'A mentor or adviser: what she helps with, in which languages and laws, and how much.' })
@Entity({ tableName: 'supporter_profiles' })
export class SupporterProfile {
  [OptionalProps]?: 'updatedAt' | 'verified' | 'active';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @OneToOne(() => User, { owner: true, unique: true, deleteRule: 'cascade' })
  user!: Rel<User>;

  @Field(() => [SupportKindEnum])
  @Property({ type: 'json' })
  supportKinds!: SupportKind[];

  @Field(() => [NeedEnum])
  @Property({ type: 'json' })
  needs!: Need[];

  @Field(() => [LanguageSkillType])
  @Property({ type: 'json' })
  languages!: LanguageSkill[];

  @Field(() => [CountryEnum], { description: 'Countries whose law she advises on (legal and fiscal advice).' })
  @Property({ type: 'json' })
  jurisdictions!: CountryCode[];

  @Field(() => [SectorEnum])
  @Property({ type: 'json' })
  sectors!: Sector[];

  @Field(() => [BusinessStageEnum])
  @Property({ type: 'json' })
  businessStages!: BusinessStage[];

  @Field(() => Int, { description: 'How many people she can accompany at once.' })
  @Property({ type: 'integer' })
  capacity!: number;

  @Field(() => AvailabilityType)
  @Property({ type: 'json' })
  availability!: Availability;

  @Field(() => [ModalityEnum])
  @Property({ type: 'json' })
  modalities!: Modality[];

  @Field(() => CountryEnum)
  @Property({ type: 'string', length: 2 })
  country!: CountryCode;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  city!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  bio?: string | null;

  @Field(() => Boolean, { description: 'Advisers are matched only once a coordinator has checked their credentials.' })
  @Property({ type: 'boolean' })
  verified: boolean = false;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  verifiedBy?: Rel<User> | null;

  @Property({ type: 'datetime', nullable: true })
  verifiedAt?: Date | null;

  @Field(() => Boolean, { description: 'False while she has paused taking new people.' })
  @Property({ type: 'boolean' })
  active: boolean = true;

  @Field(() => Organization, { nullable: true })
  @ManyToOne(() => Organization, { nullable: true, deleteRule: 'set null' })
  organization?: Rel<Organization> | null;

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
