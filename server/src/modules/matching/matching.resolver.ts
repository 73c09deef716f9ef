import { IsOptional, MaxLength } from 'class-validator';
import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { PageArgs } from '../../graphql/page.args.js';
import { IsPlainText } from '../../graphql/validators.js';
import { type MatchReasonCode } from './match-lifecycle.js';
import { Match } from './match.entity.js';
import { MatchingRound } from './matching-round.entity.js';
import { MatchReasonCodeEnum } from './matching.enums.js';
import { DemandFilterInput, NOTE_MAX, RunMatchingRoundInput } from './matching.inputs.js';
import { loaded, toParty } from './matching.present.js';
import { MatchParty, OpenDemand, Proposal, ReasonCount, UnmatchedDemand } from './matching.types.js';

@ArgsType()
export class NoteArgs {
  @Field(() => String, { nullable: true, description: 'A few words for the record (at most 1,000 characters).' })
  @IsOptional()
  @MaxLength(NOTE_MAX)
  @IsPlainText()
  note?: string | null;
}

@ArgsType()
class ByHandArgs {
  @Field(() => ID)
  demandId!: string;

  @Field(() => ID)
  supporterUserId!: string;

  @Field(() => String, { description: 'Why this pair, outside a round (kept in the match history).' })
  @MaxLength(NOTE_MAX)
  @IsPlainText()
  reason!: string;
}

@Resolver(() => MatchingRound)
export class MatchingResolver {
  @Authorized('COORDINATOR', 'ADMIN')
  @Mutation(() => MatchingRound, {
    description: 'Runs the engine over every open demand at once; a dry run proposes nobody.',
  })
  runMatchingRound(@Arg('input') input: RunMatchingRoundInput, @Ctx() ctx: GraphQLContext): Promise<MatchingRound> {
    return ctx.services.matching.runRound(ctx.user!, input);
  }

  @Authorized('COORDINATOR', 'ADMIN')
  @Query(() => MatchingRound)
  matchingRound(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<MatchingRound> {
    return ctx.services.matching.round(ctx.user!, id);
  }

  @Authorized('COORDINATOR', 'ADMIN')
  @Query(() => [MatchingRound], { description: 'Rounds, newest first.' })
  matchingRounds(@Args() page: PageArgs, @Ctx() ctx: GraphQLContext): Promise<MatchingRound[]> {
    return ctx.services.matching.rounds(ctx.user!, page.limit, page.offset);
  }

  @Authorized('COORDINATOR', 'ADMIN')
  @Query(() => [Proposal], { description: 'What a round proposed, with the reasons for each pair.' })
  proposals(@Arg('roundId', () => ID) roundId: string, @Ctx() ctx: GraphQLContext): Promise<Proposal[]> {
    return ctx.services.matching.proposals(ctx.user!, roundId);
  }

  @Authorized('COORDINATOR', 'ADMIN')
  @Mutation(() => Match, { description: 'Approves a proposal: the supporter is invited (capacity is checked).' })
  approveProposal(@Arg('matchId', () => ID) matchId: string, @Ctx() ctx: GraphQLContext): Promise<Match> {
    return ctx.services.matching.approve(ctx.user!, matchId);
  }

  @Authorized('COORDINATOR', 'ADMIN')
  @Mutation(() => Match, { description: 'Rejects a proposal with a reason; the demand opens again.' })
  rejectProposal(
    @Arg('matchId', () => ID) matchId: string,
    @Arg('reason', () => MatchReasonCodeEnum) reason: MatchReasonCode,
    @Args() { note }: NoteArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Match> {
    return ctx.services.matching.reject(ctx.user!, matchId, reason, note ?? null);
  }

  @Authorized('COORDINATOR', 'ADMIN')
  @Mutation(() => Match, {
    description: 'Puts another supporter on a proposal (hard constraints checked); returns the new proposal.',
  })
  swapProposal(
    @Arg('matchId', () => ID) matchId: string,
    @Arg('supporterUserId', () => ID) supporterUserId: string,
    @Args() { note }: NoteArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Match> {
    return ctx.services.matching.swap(ctx.user!, matchId, supporterUserId, note ?? null);
  }

  @Authorized('COORDINATOR', 'ADMIN')
  @Mutation(() => Match, {
    description: 'Matches an open demand by hand (hard constraints still hold) and invites the supporter.',
  })
  matchByHand(@Args() args: ByHandArgs, @Ctx() ctx: GraphQLContext): Promise<Match> {
    return ctx.services.matching.matchByHand(ctx.user!, args.demandId, args.supporterUserId, args.reason);
  }

  @Authorized('COORDINATOR', 'ADMIN')
  @Query(() => [OpenDemand], { description: 'Demands still open, longest waiting first, each with why.' })
  openDemands(
    @Arg('filter', () => DemandFilterInput, { nullable: true }) filter: DemandFilterInput | null,
    @Args() page: PageArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OpenDemand[]> {
    return ctx.services.matching.openDemands(ctx.user!, filter ?? {}, page.limit, page.offset);
  }

  @FieldResolver(() => MatchParty, { nullable: true })
  async runBy(@Root() round: MatchingRound): Promise<MatchParty | null> {
    return round.runBy ? toParty(await loaded(round.runBy)) : null;
  }

  @FieldResolver(() => [ReasonCount], { description: 'Unmatched demands counted per reason, most frequent first.' })
  unmatchedCounts(@Root() round: MatchingRound): ReasonCount[] {
    return Object.entries(round.unmatchedCounts)
      .map(([code, count]) => ({ code, count }))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  }

  @FieldResolver(() => [UnmatchedDemand])
  unmatched(@Root() round: MatchingRound): UnmatchedDemand[] {
    return round.unmatched.map((u) => ({
      demandId: u.demandId,
      kind: u.kind,
      entrepreneurUserId: u.entrepreneurUserId,
      feasibleCount: u.feasibleCount,
      why: { code: u.code, params: { ...u.params }, failedCounts: u.failedCounts },
    }));
  }
}
