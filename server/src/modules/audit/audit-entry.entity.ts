import type { Rel } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { User } from '../accounts/user.entity.js';

/** Who did what to whom, and when: every trusted action and every read of someone else's sensitive data. */
@ObjectType()
@Entity({ tableName: 'audit_entries' })
@Index({ properties: ['subjectType', 'subjectId'] })
export class AuditEntry {
  [OptionalProps]?: 'createdAt' | 'details' | 'actorId';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  actor?: Rel<User> | null;

  @Field(() => ID, { nullable: true, description: 'The person who acted; empty for the system.' })
  get actorId(): string | null {
    return this.actor?.id ?? null;
  }

  @Field(() => String)
  @Index()
  @Property({ type: 'string', length: 80 })
  action!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 40 })
  subjectType!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 64, nullable: true })
  subjectId?: string | null;

  @Field(() => GraphQLJSONObject)
  @Property({ type: 'json' })
  details: Record<string, unknown> = {};

  @Property({ type: 'string', length: 64, nullable: true })
  requestId?: string | null;

  @Field(() => Date)
  @Index()
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
