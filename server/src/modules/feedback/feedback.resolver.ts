import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Feedback } from './feedback.entity.js';
import { FeedbackInput, FeedbackRequestType } from './feedback.inputs.js';
import type { FeedbackRequest } from './feedback.service.js';

// Pure staff accounts are stopped here; the service lets in only the two people of the match.
const PEOPLE = ['ENTREPRENEUR', 'MENTOR', 'ADVISER'] as const;

@Resolver(() => Feedback)
export class FeedbackResolver {
  @Authorized(...PEOPLE)
  @Query(() => [FeedbackRequestType], {
    description: 'Her matches that ended recently, newest first, each with her feedback if she gave it.',
  })
  feedbackRequests(@Ctx() ctx: GraphQLContext): Promise<FeedbackRequest[]> {
    return ctx.services.feedback.requests(ctx.user!);
  }

  @Authorized(...PEOPLE)
  @Query(() => Feedback, { nullable: true, description: 'Her own feedback on one of her matches; never the other’s.' })
  myFeedback(@Arg('matchId', () => ID) matchId: string, @Ctx() ctx: GraphQLContext): Promise<Feedback | null> {
    return ctx.services.feedback.mine(ctx.user!, matchId);
  }

  @Authorized(...PEOPLE)
  @Mutation(() => Feedback, {
    description: 'Her rating and outcome of a match that ended; giving it again while it is open changes it.',
  })
  giveFeedback(
    @Arg('matchId', () => ID) matchId: string,
    @Arg('input', () => FeedbackInput) input: FeedbackInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Feedback> {
    return ctx.services.feedback.give(ctx.user!, matchId, input);
  }

  @Authorized('COORDINATOR', 'ADMIN')
  @Query(() => [Feedback], { description: 'Both sides’ feedback on one match, comments included: staff only.' })
  matchFeedback(@Arg('matchId', () => ID) matchId: string, @Ctx() ctx: GraphQLContext): Promise<Feedback[]> {
    return ctx.services.feedback.ofMatch(ctx.user!, matchId);
  }
}
