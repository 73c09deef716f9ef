import type { AssistedAction, ConsentChannel, ConsentScope } from '@aliadas/shared';
import type { Rel } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../accounts/user.entity.js';

/**
 * What a woman agreed to when a coordinator opened, changed or reset her account for her: who acted,
 * when, what she consented to and how she said it. No free text: nothing here says more about her.
 */
@ObjectType({ description: 'Consent she gave to a coordinator acting for her.' })
@Entity({ tableName: 'assisted_consents' })
export class AssistedConsent {
  [OptionalProps]?: 'recordedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  entrepreneur!: Rel<User>;

  /** The coordinator who acted; kept empty if her account is gone. */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  coordinator?: Rel<User> | null;

  /** ACCOUNT_CREATED, PROFILE_UPDATED or ACCESS_RESET. */
  @Field(() => String)
  @Property({ type: 'string', length: 20 })
  action!: AssistedAction;

  @Field(() => [String])
  @Property({ type: 'json' })
  scopes!: ConsentScope[];

  /** CALL or VISIT. */
  @Field(() => String)
  @Property({ type: 'string', length: 10 })
  channel!: ConsentChannel;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  recordedAt: Date = new Date();
}
