import type { Rel } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../accounts/user.entity.js';

/** She (`user`) blocked `blockedUser`: no messages either way, and matching never pairs them again. */
@Entity({ tableName: 'blocks' })
@Unique({ properties: ['user', 'blockedUser'] })
@Index({ properties: ['blockedUser', 'user'] })
export class Block {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: Rel<User>;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  blockedUser!: Rel<User>;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
