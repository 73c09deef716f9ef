import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Demand } from './demand.entity.js';
import { SupportRequestInput } from './matching.inputs.js';
import { RecommendationResult } from './matching.types.js';
import { SupportRequest } from './support-request.entity.js';

@Resolver(() => SupportRequest)
export class SupportRequestsResolver {
  @Authorized('ENTREPRENEUR')
  @Mutation(() => SupportRequest, { description: 'She asks for support; the request splits into one demand per kind.' })
  createSupportRequest(@Arg('input') input: SupportRequestInput, @Ctx() ctx: GraphQLContext): Promise<SupportRequest> {
    return ctx.services.supportRequests.create(ctx.user!, input);
  }

  @Authorized('ENTREPRENEUR')
  @Mutation(() => SupportRequest, { description: 'Withdraws her request and ends every match in flight for it.' })
  withdrawSupportRequest(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<SupportRequest> {
    return ctx.services.supportRequests.withdraw(ctx.user!, id);
  }

  @Authorized('ENTREPRENEUR')
  @Query(() => [SupportRequest], { description: 'Her own requests, newest first.' })
  mySupportRequests(@Ctx() ctx: GraphQLContext): Promise<SupportRequest[]> {
    return ctx.services.supportRequests.mine(ctx.user!);
  }

  @Authorized('ENTREPRENEUR', 'COORDINATOR', 'ADMIN')
  @Query(() => RecommendationResult, {
    description: 'The best supporters for one of her demands, each with reasons; or why nobody fits.',
  })
  recommendations(
    @Arg('demandId', () => ID) demandId: string,
    @Arg('limit', () => Int, { defaultValue: 10 }) limit: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<RecommendationResult> {
    return ctx.services.supportRequests.recommendations(ctx.user!, demandId, Math.min(Math.max(limit, 0), 50));
  }

  @FieldResolver(() => [Demand])
  demands(@Root() request: SupportRequest): Promise<Demand[]> {
    return request.demands.loadItems();
  }
}
