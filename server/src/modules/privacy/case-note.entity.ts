import type { Rel } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../accounts/user.entity.js';
import { Match } from '../matching/match.entity.js';

/**
 * A psychosocial adviser's private note on one of her cases. Only she reads it: not the entrepreneur,
 * not coordinators, not admins (case-notes.policy.ts).
 */
@ObjectType({ description: 'A private note of a psychosocial adviser on her case; only she can read it.' })
@Entity({ tableName: 'case_notes' })
@Index({ properties: ['match', 'createdAt'] })
export class CaseNote {
  [OptionalProps]?: 'createdAt' | 'matchId';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Match, { deleteRule: 'cascade' })
  match!: Rel<Match>;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  author!: Rel<User>;

  @Field(() => String)
  @Property({ type: 'text' })
  body!: string;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => ID)
  get matchId(): string {
    return this.match.id;
  }
}
