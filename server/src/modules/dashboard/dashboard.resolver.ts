import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { DashboardFilterInput } from './dashboard.inputs.js';
import { Dashboard } from './dashboard.types.js';

@Resolver(() => Dashboard)
export class DashboardResolver {
  @Authorized('COORDINATOR', 'ADMIN')
  @Query(() => Dashboard, {
    description:
      'Demand against supply, why demands stay open, time to match, capacity used and feedback; counts only.',
  })
  dashboard(
    @Arg('filter', () => DashboardFilterInput, { nullable: true }) filter: DashboardFilterInput | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Dashboard> {
    return ctx.services.dashboard.figures(ctx.user!, filter ?? {});
  }
}
