import type { Need, SupportKind } from '@aliadas/shared';
import type { Rel } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { NeedEnum, SupportKindEnum } from '../../graphql/enums.js';
import { User } from '../accounts/user.entity.js';
import type { DemandStatus } from './match-lifecycle.js';
import { DemandStatusEnum } from './matching.enums.js';
import { SupportRequest } from './support-request.entity.js';

/** The part of a request that one kind of supporter can serve; it is what rounds match. */
@ObjectType({ description: 'The needs of one request that one kind of supporter can serve.' })
@Entity({ tableName: 'demands' })
@Index({ properties: ['status', 'kind'] })
@Index({ properties: ['entrepreneur'] })
export class Demand {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'status' | 'version' | 'requestId';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => SupportRequest, { deleteRule: 'cascade' })
  request!: Rel<SupportRequest>;

  /** Her user, repeated from the request so that rounds and lists need no join. */
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  entrepreneur!: Rel<User>;

  @Field(() => SupportKindEnum)
  @Property({ type: 'string', length: 20 })
  kind!: SupportKind;

  @Field(() => [NeedEnum])
  @Property({ type: 'json' })
  needs!: Need[];

  @Field(() => DemandStatusEnum)
  @Property({ type: 'string', length: 20 })
  status: DemandStatus = 'OPEN';

  /** Optimistic lock: two rounds or two coordinators never both take the same demand. */
  @Property({ version: true })
  version!: number;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => ID)
  get requestId(): string {
    return this.request.id;
  }
}
