import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { AttendanceListInput, WorkshopInput, WorkshopSearchArgs } from './workshops.inputs.js';
import { MANAGERS, PUBLISHERS } from './workshops.policy.js';
import { WorkshopPage, WorkshopRegistrant, WorkshopView } from './workshops.types.js';

@Resolver(() => WorkshopView)
export class WorkshopsResolver {
  @Authorized()
  @Query(() => WorkshopPage, { description: 'Workshops that have not ended, soonest first, with filters.' })
  upcomingWorkshops(@Args() args: WorkshopSearchArgs, @Ctx() ctx: GraphQLContext): Promise<WorkshopPage> {
    return ctx.services.workshops.search(ctx.user!, args);
  }

  @Authorized()
  @Query(() => WorkshopView)
  workshop(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<WorkshopView> {
    return ctx.services.workshops.get(ctx.user!, id);
  }

  @Authorized('ENTREPRENEUR')
  @Query(() => [WorkshopView], { description: 'Workshops she signed up for or waits for, upcoming and recent.' })
  myWorkshops(@Ctx() ctx: GraphQLContext): Promise<WorkshopView[]> {
    return ctx.services.workshops.mine(ctx.user!);
  }

  @Authorized(...PUBLISHERS)
  @Query(() => [WorkshopView], { description: 'The workshops she gives, newest first.' })
  organizedWorkshops(@Ctx() ctx: GraphQLContext): Promise<WorkshopView[]> {
    return ctx.services.workshops.organized(ctx.user!);
  }

  @Authorized(...MANAGERS)
  @Query(() => [WorkshopRegistrant], { description: 'Who signed up, by display name; for who manages it.' })
  workshopRegistrants(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<WorkshopRegistrant[]> {
    return ctx.services.workshops.registrants(ctx.user!, id);
  }

  @Authorized(...PUBLISHERS)
  @Mutation(() => WorkshopView)
  publishWorkshop(@Arg('input') input: WorkshopInput, @Ctx() ctx: GraphQLContext): Promise<WorkshopView> {
    return ctx.services.workshops.publish(ctx.user!, input);
  }

  @Authorized(...MANAGERS)
  @Mutation(() => WorkshopView)
  updateWorkshop(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: WorkshopInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<WorkshopView> {
    return ctx.services.workshops.update(ctx.user!, id, input);
  }

  @Authorized(...MANAGERS)
  @Mutation(() => WorkshopView, { description: 'Cancels it; everyone signed up or waiting is notified.' })
  cancelWorkshop(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<WorkshopView> {
    return ctx.services.workshops.cancel(ctx.user!, id);
  }

  @Authorized('ENTREPRENEUR')
  @Mutation(() => WorkshopView, { description: 'A seat if one is free, otherwise a place on the waiting list.' })
  signUpForWorkshop(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<WorkshopView> {
    return ctx.services.workshops.signUp(ctx.user!, id);
  }

  @Authorized('ENTREPRENEUR')
  @Mutation(() => WorkshopView, { description: 'Gives her seat or place in line back; the next woman moves up.' })
  leaveWorkshop(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<WorkshopView> {
    return ctx.services.workshops.cancelRegistration(ctx.user!, id);
  }

  @Authorized(...MANAGERS)
  @Mutation(() => [WorkshopRegistrant], { description: 'Who came, once the session has started.' })
  recordWorkshopAttendance(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: AttendanceListInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<WorkshopRegistrant[]> {
    return ctx.services.workshops.recordAttendance(ctx.user!, id, input.entries);
  }
}
