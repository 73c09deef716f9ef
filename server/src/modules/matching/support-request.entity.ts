import type { LanguageSkill, Modality, Need, Urgency } from '@aliadas/shared';
import type { Rel } from '@mikro-orm/core';
import { Collection, Entity, Index, ManyToOne, OneToMany, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { ModalityEnum, NeedEnum, UrgencyEnum } from '../../graphql/enums.js';
import { User } from '../accounts/user.entity.js';
import { LanguageSkillType } from '../profiles/profile.types.js';
import { Demand } from './demand.entity.js';
import type { SupportRequestStatus } from './match-lifecycle.js';
import { SupportRequestStatusEnum } from './matching.enums.js';

/** One entrepreneur's needs, in her words: split on creation into one demand per support kind. */
@ObjectType({ description: 'What an entrepreneur asks for: needs, urgency, languages and how she wants to talk.' })
@Entity({ tableName: 'support_requests' })
@Index({ properties: ['entrepreneur', 'status'] })
export class SupportRequest {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'status' | 'description' | 'withdrawnAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  entrepreneur!: Rel<User>;

  @Field(() => [NeedEnum])
  @Property({ type: 'json' })
  needs!: Need[];

  @Field(() => UrgencyEnum)
  @Property({ type: 'string', length: 10 })
  urgency!: Urgency;

  @Field(() => [LanguageSkillType], { description: 'Languages she wants to be helped in, with her level.' })
  @Property({ type: 'json' })
  languages!: LanguageSkill[];

  @Field(() => ModalityEnum)
  @Property({ type: 'string', length: 20 })
  modality!: Modality;

  @Field(() => String, { nullable: true, description: 'In her own words; at most 2,000 characters.' })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Field(() => SupportRequestStatusEnum)
  @Property({ type: 'string', length: 20 })
  status: SupportRequestStatus = 'OPEN';

  @OneToMany(() => Demand, (d) => d.request, { orderBy: { kind: 'asc' } })
  demands = new Collection<Demand>(this);

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  withdrawnAt?: Date | null;
}
