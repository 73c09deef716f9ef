import type { Rel } from '@mikro-orm/core';
import type { Role } from '@aliadas/shared';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from './user.entity.js';

/** One role held by one person, with who granted it: trusted roles are never self-granted. */
@Entity({ tableName: 'user_roles' })
@Unique({ properties: ['user', 'role'] })
export class UserRole {
  [OptionalProps]?: 'grantedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: Rel<User>;

  // Plain text, checked by the application: SQLite's check constraints make every schema diff noisy.
  @Property({ type: 'string', length: 20 })
  role!: Role;

  /** Empty when she chose the role herself at sign-up. */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  grantedBy?: Rel<User> | null;

  @Property({ type: 'datetime' })
  grantedAt: Date = new Date();
}
