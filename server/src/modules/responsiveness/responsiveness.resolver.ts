import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Match } from '../matching/match.entity.js';
import { RematchOffer, SupporterActivity } from './responsiveness.types.js';

@Resolver()
export class ResponsivenessResolver {
  @Authorized('ENTREPRENEUR')
  @Query(() => [RematchOffer], { description: 'New matches offered to her where her supporter has been silent.' })
  rematchOffers(@Ctx() ctx: GraphQLContext): Promise<RematchOffer[]> {
    return ctx.services.responsiveness.rematchOffers(ctx.user!);
  }

  @Authorized('ENTREPRENEUR')
  @Mutation(() => Match, { description: 'Her one tap: the silent match ends and her request opens again.' })
  takeRematch(@Arg('matchId', () => ID) matchId: string, @Ctx() ctx: GraphQLContext): Promise<Match> {
    return ctx.services.responsiveness.takeRematch(ctx.user!, matchId);
  }

  @Authorized('COORDINATOR', 'ADMIN')
  @Query(() => [SupporterActivity], {
    description: 'Every supporter’s response time and last activity; women waiting now first.',
  })
  supporterActivity(@Ctx() ctx: GraphQLContext): Promise<SupporterActivity[]> {
    return ctx.services.responsiveness.supporterActivity();
  }
}
