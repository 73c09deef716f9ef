import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Demand } from './demand.entity.js';
import type { MatchOutcome, MatchReasonCode } from './match-lifecycle.js';
import { BAD_ENDING_REASONS } from './match-lifecycle.js';
import { Match } from './match.entity.js';
import { MatchOutcomeEnum, MatchReasonCodeEnum } from './matching.enums.js';
import { canSeeTransitionDetail } from './matching.policy.js';
import { loaded, toParty, toReasons } from './matching.present.js';
import { NoteArgs } from './matching.resolver.js';
import type { MatchTransition } from './match-transition.entity.js';
import { MatchHistoryEntry, MatchParty, Reason } from './matching.types.js';

@Resolver(() => Match)
export class MatchesResolver {
  @Authorized()
  @Query(() => [Match], {
    description: 'Her support team (entrepreneur) or her mentees and cases (supporter), from the invitation on.',
  })
  myMatches(
    @Arg('includeEnded', { defaultValue: false }) includeEnded: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Match[]> {
    return ctx.services.matches.mine(ctx.user!, includeEnded);
  }

  @Authorized('MENTOR', 'ADVISER')
  @Query(() => [Match], { description: 'Approved matches waiting for her answer, soonest to expire first.' })
  myInvitations(@Ctx() ctx: GraphQLContext): Promise<Match[]> {
    return ctx.services.matches.invitations(ctx.user!);
  }

  @Authorized('MENTOR', 'ADVISER')
  @Mutation(() => Match, { description: 'Accepts an invitation: the match becomes ACTIVE and the conversation opens.' })
  acceptInvitation(@Arg('matchId', () => ID) matchId: string, @Ctx() ctx: GraphQLContext): Promise<Match> {
    return ctx.services.matches.accept(ctx.user!, matchId);
  }

  @Authorized('MENTOR', 'ADVISER')
  @Mutation(() => Match, { description: 'Declines an invitation with a reason; her demand opens again.' })
  declineInvitation(
    @Arg('matchId', () => ID) matchId: string,
    @Arg('reason', () => MatchReasonCodeEnum) reason: MatchReasonCode,
    @Args() { note }: NoteArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Match> {
    return ctx.services.matches.decline(ctx.user!, matchId, reason, note ?? null);
  }

  @Authorized()
  @Mutation(() => Match, {
    description: 'Closes an active match with how it went; the conversation becomes read-only.',
  })
  completeMatch(
    @Arg('matchId', () => ID) matchId: string,
    @Arg('outcome', () => MatchOutcomeEnum) outcome: MatchOutcome,
    @Args() { note }: NoteArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Match> {
    return ctx.services.matches.complete(ctx.user!, matchId, outcome, note ?? null);
  }

  @Authorized()
  @Mutation(() => Match, { description: 'Ends a match in flight, by either party or staff, with a reason.' })
  withdrawMatch(
    @Arg('matchId', () => ID) matchId: string,
    @Arg('reason', () => MatchReasonCodeEnum) reason: MatchReasonCode,
    @Args() { note }: NoteArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Match> {
    return ctx.services.matches.withdraw(ctx.user!, matchId, reason, note ?? null);
  }

  @FieldResolver(() => MatchParty)
  async entrepreneur(@Root() match: Match): Promise<MatchParty> {
    const person = await loaded(match.entrepreneur);
    return { ...toParty(person), inMatch: { match, person } };
  }

  @FieldResolver(() => MatchParty)
  async supporter(@Root() match: Match): Promise<MatchParty> {
    const person = await loaded(match.supporter);
    return { ...toParty(person), inMatch: { match, person } };
  }

  @FieldResolver(() => Demand)
  demand(@Root() match: Match): Promise<Demand> {
    return loaded(match.demand);
  }

  @FieldResolver(() => [Reason], { description: 'Why this pair, largest contribution first.' })
  reasons(@Root() match: Match): Reason[] {
    return toReasons(match.reasons);
  }

  @FieldResolver(() => [MatchHistoryEntry], { description: 'Every step, oldest first.' })
  async history(@Root() match: Match, @Ctx() ctx: GraphQLContext): Promise<MatchHistoryEntry[]> {
    const viewer = ctx.user!;
    // Batched with the other matches of the same response: one query for all their histories.
    const transitions = inLifecycleOrder(await match.history.loadItems({ populate: ['actor'], dataloader: true }));
    return transitions.map((t) => {
      const detail = canSeeTransitionDetail(viewer, t);
      const reason = t.reason && (detail || !BAD_ENDING_REASONS.includes(t.reason)) ? t.reason : null;
      return {
        from: t.fromStatus ?? null,
        to: t.toStatus,
        actorRole: t.actorRole,
        actor: t.actor ? toParty(t.actor) : null,
        reason,
        outcome: t.outcome && (detail || t.outcome !== 'CONDUCT_PROBLEM') ? t.outcome : null,
        note: detail ? (t.note ?? null) : null,
        at: t.at,
      };
    });
  }
}

/**
 * Steps made in one transaction share a time (ACCEPTED and ACTIVE); the lifecycle never repeats a
 * status, so following each step's `from` to the previous `to` gives the one true order.
 */
export function inLifecycleOrder(transitions: readonly MatchTransition[]): MatchTransition[] {
  const byFrom = new Map(transitions.map((t) => [t.fromStatus ?? null, t]));
  const ordered: MatchTransition[] = [];
  for (let next = byFrom.get(null); next && ordered.length < transitions.length; next = byFrom.get(next.toStatus)) {
    ordered.push(next);
  }
  // Anything off the chain (never expected) keeps its time order at the end rather than disappearing.
  return ordered.length === transitions.length
    ? ordered
    : [...ordered, ...transitions.filter((t) => !ordered.includes(t))];
}
