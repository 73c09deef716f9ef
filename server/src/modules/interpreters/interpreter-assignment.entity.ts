import type { InterpreterAssignmentStatus, InterpreterEndReason, LanguageCode } from '@aliadas/shared';
import type { Rel } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../accounts/user.entity.js';
import { Conversation } from '../chat/conversation.entity.js';
import { Match } from '../matching/match.entity.js';

/**
 * An interpreter proposed for one match's conversation: she joins it only once both women consented,
 * and leaves it when the coordinator or either woman ends her part, or the match ends. Each consent is
 * kept with its time; who proposed and who ended it are in the audit log too.
 */
@Entity({ tableName: 'interpreter_assignments' })
@Index({ properties: ['match', 'status'] })
@Index({ properties: ['conversation', 'status'] })
@Index({ properties: ['interpreter', 'status'] })
export class InterpreterAssignment {
  [OptionalProps]?:
    | 'createdAt'
    | 'proposedBy'
    | 'entrepreneurConsentAt'
    | 'supporterConsentAt'
    | 'refusedAt'
    | 'refusedBy'
    | 'joinedAt'
    | 'endedAt'
    | 'endReason'
    | 'endedBy';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Match, { deleteRule: 'cascade' })
  match!: Rel<Match>;

  @ManyToOne(() => Conversation, { deleteRule: 'cascade' })
  conversation!: Rel<Conversation>;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  interpreter!: Rel<User>;

  /** The coordinator who proposed her; kept empty if that account is deleted. */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  proposedBy?: Rel<User> | null;

  @Property({ type: 'string', length: 10 })
  status!: InterpreterAssignmentStatus;

  @Property({ type: 'string', length: 10 })
  entrepreneurLanguage!: LanguageCode;

  @Property({ type: 'string', length: 10 })
  supporterLanguage!: LanguageCode;

  @Property({ type: 'datetime', nullable: true })
  entrepreneurConsentAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  supporterConsentAt?: Date | null;

  /** When one of the women said no, and which one. */
  @Property({ type: 'datetime', nullable: true })
  refusedAt?: Date | null;

  @Property({ type: 'string', length: 12, nullable: true })
  refusedBy?: 'ENTREPRENEUR' | 'SUPPORTER' | null;

  /** When she became a member of the conversation: she reads only what was written from then on. */
  @Property({ type: 'datetime', nullable: true })
  joinedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  endedAt?: Date | null;

  @Property({ type: 'string', length: 20, nullable: true })
  endReason?: InterpreterEndReason | null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  endedBy?: Rel<User> | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
