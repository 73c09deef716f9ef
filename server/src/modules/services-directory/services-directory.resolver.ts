import type { CountryCode } from '@aliadas/shared';
import { Arg, Args, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { CountryEnum } from '../../graphql/enums.js';
import { ServiceEntry } from './service-entry.entity.js';
import { ServiceEntryInput, ServiceSearchArgs } from './services-directory.inputs.js';

@ObjectType({ description: 'One page of the services directory, and how many entries match in all.' })
export class ServiceEntryPage {
  @Field(() => [ServiceEntry])
  items!: ServiceEntry[];

  @Field(() => Int)
  total!: number;
}

@Resolver(() => ServiceEntry)
export class ServicesDirectoryResolver {
  @Query(() => ServiceEntryPage, { description: 'Search the services directory; public, no account needed.' })
  serviceEntries(@Args() args: ServiceSearchArgs, @Ctx() ctx: GraphQLContext): Promise<ServiceEntryPage> {
    return ctx.services.servicesDirectory.search(args);
  }

  @Query(() => [ServiceEntry], { description: 'The lines to call in danger in one country; public.' })
  emergencyServiceEntries(
    @Arg('country', () => CountryEnum) country: CountryCode,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ServiceEntry[]> {
    return ctx.services.servicesDirectory.emergencyIn(country);
  }

  @Query(() => ServiceEntry)
  serviceEntry(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<ServiceEntry> {
    return ctx.services.servicesDirectory.get(id);
  }

  @Authorized('COORDINATOR', 'ADMIN')
  @Mutation(() => ServiceEntry)
  createServiceEntry(@Arg('input') input: ServiceEntryInput, @Ctx() ctx: GraphQLContext): Promise<ServiceEntry> {
    return ctx.services.servicesDirectory.create(ctx.user!, input);
  }

  @Authorized('COORDINATOR', 'ADMIN')
  @Mutation(() => ServiceEntry)
  updateServiceEntry(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: ServiceEntryInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ServiceEntry> {
    return ctx.services.servicesDirectory.update(ctx.user!, id, input);
  }

  @Authorized('COORDINATOR', 'ADMIN')
  @Mutation(() => ServiceEntry)
  archiveServiceEntry(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<ServiceEntry> {
    return ctx.services.servicesDirectory.archive(ctx.user!, id);
  }
}
