import type { CountryCode, ExplainedReason, ReasonParams, SupportKind, UnmatchedReasonCode } from '@aliadas/shared';
import type { Rel } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { CountryEnum, SupportKindEnum } from '../../graphql/enums.js';
import { User } from '../accounts/user.entity.js';
import { Organization } from '../organizations/organization.entity.js';

/** A demand the round left open, and why (stored with the round: the network's recruiting list). */
export interface StoredUnmatched {
  demandId: string;
  entrepreneurUserId: string;
  kind: SupportKind;
  code: UnmatchedReasonCode;
  params: ReasonParams;
  feasibleCount: number;
  failedCounts: Record<string, number>;
}

/** A pair a dry run would have proposed; a real run stores matches instead. */
export interface StoredProposal {
  demandId: string;
  entrepreneurUserId: string;
  supporterUserId: string;
  kind: SupportKind;
  score: number;
  reasons: ExplainedReason[];
}

@ObjectType({ description: 'A coordinator’s run of the matching engine over all open demands at once.' })
@Entity({ tableName: 'matching_rounds' })
@Index({ properties: ['createdAt'] })
export class MatchingRound {
  [OptionalProps]?: 'createdAt' | 'organization' | 'plannedProposals' | 'organizationId';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  runBy?: Rel<User> | null;

  @Field(() => Boolean, { description: 'A dry run computes and stores the result without proposing anyone.' })
  @Property({ type: 'boolean' })
  dryRun!: boolean;

  @Field(() => [CountryEnum], { description: 'Countries of residence it was limited to; empty for all.' })
  @Property({ type: 'json' })
  countries!: CountryCode[];

  @Field(() => [SupportKindEnum], { description: 'Kinds of support it was limited to; empty for all.' })
  @Property({ type: 'json' })
  kinds!: SupportKind[];

  @ManyToOne(() => Organization, { nullable: true, deleteRule: 'set null' })
  organization?: Rel<Organization> | null;

  @Field(() => Float, { description: 'Total score of the proposals (the solver’s objective).' })
  @Property({ type: 'double' })
  objective!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  demandCount!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  supporterCount!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  feasiblePairs!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  matchedCount!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  unmatchedCount!: number;

  /** Unmatched demands counted per reason code. */
  @Property({ type: 'json' })
  unmatchedCounts!: Record<string, number>;

  @Property({ type: 'json' })
  unmatched!: StoredUnmatched[];

  @Property({ type: 'json', nullable: true })
  plannedProposals?: StoredProposal[] | null;

  @Field(() => Int)
  @Property({ type: 'integer' })
  durationMs!: number;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => ID, { nullable: true })
  get organizationId(): string | null {
    return this.organization?.id ?? null;
  }
}
