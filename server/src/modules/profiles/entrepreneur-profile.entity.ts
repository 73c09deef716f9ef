import type { Availability, BusinessStage, CountryCode, LanguageSkill, Modality, Sector } from '@aliadas/shared';
import type { Rel } from '@mikro-orm/core';
import { Entity, OneToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { BusinessStageEnum, CountryEnum, ModalityEnum, SectorEnum } from '../../graphql/enums.js';
import { User } from '../accounts/user.entity.js';
import { AvailabilityType, LanguageSkillType } from './profile.types.js';

@ObjectType({ description: 'What an entrepreneur tells about herself so that the right people can help her.' })
@Entity({ tableName: 'entrepreneur_profiles' })
export class EntrepreneurProfile {
  [OptionalProps]?: 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @OneToOne(() => User, { owner: true, unique: true, deleteRule: 'cascade' })
  user!: Rel<User>;

  @Field(() => CountryEnum, { description: 'Where she lives: decides which law applies.' })
  @Property({ type: 'string', length: 2 })
  countryOfResidence!: CountryCode;

  @Field(() => CountryEnum, { nullable: true })
  @Property({ type: 'string', length: 2, nullable: true })
  countryOfOrigin?: CountryCode | null;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  city!: string;

  @Field(() => [LanguageSkillType])
  @Property({ type: 'json' })
  languages!: LanguageSkill[];

  @Field(() => SectorEnum, { nullable: true })
  @Property({ type: 'string', length: 40, nullable: true })
  sector?: Sector | null;

  @Field(() => BusinessStageEnum)
  @Property({ type: 'string', length: 20 })
  businessStage!: BusinessStage;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  businessDescription?: string | null;

  @Field(() => [ModalityEnum], { description: 'How she prefers to talk, most preferred first.' })
  @Property({ type: 'json' })
  modalities!: Modality[];

  @Field(() => AvailabilityType)
  @Property({ type: 'json' })
  availability!: Availability;

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
