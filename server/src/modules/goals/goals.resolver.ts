import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Goal } from './goal.entity.js';
import {
  GoalBoard,
  GoalInput,
  GoalUpdateInput,
  MilestoneInput,
  PathwayGoalInput,
  PathwayTemplateView,
  SessionLogInput,
} from './goals.inputs.js';
import type { GoalBoardData } from './goals.service.js';
import { SessionLogEntry } from './session-log-entry.entity.js';

// Pure staff accounts are stopped here; the service lets in only the two people of the match.
const PEOPLE = ['ENTREPRENEUR', 'MENTOR', 'ADVISER'] as const;

@Resolver(() => Goal)
export class GoalsResolver {
  @Authorized(...PEOPLE)
  @Query(() => GoalBoard, { description: 'The goals and session log of one of her matches; only the two see them.' })
  goalBoard(@Arg('matchId', () => ID) matchId: string, @Ctx() ctx: GraphQLContext): Promise<GoalBoardData> {
    return ctx.services.goals.board(ctx.user!, matchId);
  }

  @Authorized(...PEOPLE)
  @Mutation(() => Goal, { description: 'A new goal in an active match, with its first milestones.' })
  addGoal(
    @Arg('matchId', () => ID) matchId: string,
    @Arg('input') input: GoalInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Goal> {
    return ctx.services.goals.addGoal(ctx.user!, matchId, input);
  }

  @Authorized(...PEOPLE)
  @Query(() => [PathwayTemplateView], {
    description: 'The pathways for this match, in her country, those that answer its needs first.',
  })
  goalPathways(
    @Arg('matchId', () => ID) matchId: string,
    @Arg('locale', () => String, { nullable: true }) locale: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PathwayTemplateView[]> {
    return ctx.services.goals.pathways(ctx.user!, matchId, locale);
  }

  @Authorized('MENTOR', 'ADVISER')
  @Mutation(() => Goal, { description: 'A goal started from a pathway, as it is or adapted, by the supporter.' })
  addPathwayGoal(
    @Arg('matchId', () => ID) matchId: string,
    @Arg('input') input: PathwayGoalInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Goal> {
    return ctx.services.goals.addPathwayGoal(ctx.user!, matchId, input);
  }

  @Authorized(...PEOPLE)
  @Mutation(() => Goal, { description: 'One more milestone, at the end of the goal’s list.' })
  addMilestone(
    @Arg('goalId', () => ID) goalId: string,
    @Arg('input') input: MilestoneInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Goal> {
    return ctx.services.goals.addMilestone(ctx.user!, goalId, input.title);
  }

  @Authorized(...PEOPLE)
  @Mutation(() => Goal, { description: 'Ticks a milestone as done, or unticks it.' })
  setMilestoneDone(
    @Arg('milestoneId', () => ID) milestoneId: string,
    @Arg('done', () => Boolean) done: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Goal> {
    return ctx.services.goals.setMilestoneDone(ctx.user!, milestoneId, done);
  }

  @Authorized(...PEOPLE)
  @Mutation(() => Goal, { description: 'How a goal is going, from either side, perhaps with a new status.' })
  postGoalUpdate(
    @Arg('goalId', () => ID) goalId: string,
    @Arg('input') input: GoalUpdateInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Goal> {
    return ctx.services.goals.postUpdate(ctx.user!, goalId, input);
  }

  @Authorized(...PEOPLE)
  @Mutation(() => SessionLogEntry, { description: 'A short note of a session the two of them held.' })
  logSession(
    @Arg('matchId', () => ID) matchId: string,
    @Arg('input') input: SessionLogInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SessionLogEntry> {
    return ctx.services.goals.logSession(ctx.user!, matchId, input);
  }
}
