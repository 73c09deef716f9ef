import type { CountryCode, LanguageCode, Sector } from '@aliadas/shared';
import type { Rel } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../accounts/user.entity.js';
import { Conversation } from '../chat/conversation.entity.js';

/**
 * A peer circle: a group conversation around a language, a country or a sector, kept by a moderator a
 * coordinator chose. Its messages live in its conversation (kind CIRCLE), sent like any other.
 */
@Entity({ tableName: 'circles' })
@Index({ properties: ['archivedAt', 'name'] })
export class Circle {
  [OptionalProps]?: 'createdAt' | 'archivedAt' | 'memberCap' | 'moderator' | 'createdBy';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Conversation, { deleteRule: 'cascade', unique: true })
  conversation!: Rel<Conversation>;

  @Property({ type: 'string', length: 80 })
  name!: string;

  @Property({ type: 'text' })
  description!: string;

  /** Its focus: a language, a country and a sector, each optional but at least one set. */
  @Property({ type: 'string', length: 10, nullable: true })
  language?: LanguageCode | null;

  @Property({ type: 'string', length: 2, nullable: true })
  country?: CountryCode | null;

  @Property({ type: 'string', length: 30, nullable: true })
  sector?: Sector | null;

  /** Members at most (the moderator included); none: up to CIRCLE_MEMBER_MAX. */
  @Property({ type: 'integer', nullable: true })
  memberCap?: number | null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  moderator?: Rel<User> | null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  createdBy?: Rel<User> | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  /** Archived circles are read-only for their members and no longer listed. */
  @Property({ type: 'datetime', nullable: true })
  archivedAt?: Date | null;
}

/** Someone the moderator or a coordinator took out of a circle: she cannot join it again by herself. */
@Entity({ tableName: 'circle_removals' })
@Unique({ properties: ['circle', 'user'] })
export class CircleRemoval {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Circle, { deleteRule: 'cascade' })
  circle!: Rel<Circle>;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: Rel<User>;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
