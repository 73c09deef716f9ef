import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { ConversationView } from '../chat/chat.types.js';
import { Message } from '../chat/message.entity.js';
import { CircleInput, CirclesArgs } from './circles.inputs.js';
import { CircleView } from './circles.types.js';

@Resolver(() => CircleView)
export class CirclesResolver {
  @Authorized()
  @Query(() => [CircleView], { description: 'Peer circles by language, country or sector, by name.' })
  circles(@Args() args: CirclesArgs, @Ctx() ctx: GraphQLContext): Promise<CircleView[]> {
    return ctx.services.circles.list(ctx.user!, args);
  }

  @Authorized()
  @Query(() => CircleView)
  circle(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<CircleView> {
    return ctx.services.circles.get(ctx.user!, id);
  }

  @Authorized('COORDINATOR', 'ADMIN')
  @Mutation(() => CircleView)
  createCircle(@Arg('input') input: CircleInput, @Ctx() ctx: GraphQLContext): Promise<CircleView> {
    return ctx.services.circles.create(ctx.user!, input);
  }

  @Authorized('COORDINATOR', 'ADMIN')
  @Mutation(() => CircleView, { description: 'Read-only for its members from now on, and no longer listed.' })
  archiveCircle(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<CircleView> {
    return ctx.services.circles.archive(ctx.user!, id);
  }

  @Authorized('COORDINATOR', 'ADMIN')
  @Mutation(() => CircleView, { description: 'She keeps the circle from now on, and is told so.' })
  appointCircleModerator(
    @Arg('circleId', () => ID) circleId: string,
    @Arg('userId', () => ID) userId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CircleView> {
    return ctx.services.circles.appointModerator(ctx.user!, circleId, userId);
  }

  @Authorized('ENTREPRENEUR', 'MENTOR', 'ADVISER')
  @Mutation(() => CircleView, { description: 'She reads the circle from the next message on.' })
  joinCircle(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<CircleView> {
    return ctx.services.circles.join(ctx.user!, id);
  }

  @Authorized()
  @Mutation(() => CircleView)
  leaveCircle(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<CircleView> {
    return ctx.services.circles.leave(ctx.user!, id);
  }

  @Authorized()
  @Mutation(() => CircleView, { description: 'The moderator takes someone out of her circle.' })
  removeCircleMember(
    @Arg('circleId', () => ID) circleId: string,
    @Arg('userId', () => ID) userId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CircleView> {
    return ctx.services.circles.removeMember(ctx.user!, circleId, userId);
  }

  @Authorized()
  @Mutation(() => Message, { description: 'The moderator removes a message: everyone sees "message removed".' })
  removeCircleMessage(@Arg('messageId', () => ID) messageId: string, @Ctx() ctx: GraphQLContext): Promise<Message> {
    return ctx.services.circles.removeMessage(ctx.user!, messageId);
  }
}

/** A conversation of kind CIRCLE names its circle, so that her chat list and page can title it. */
@Resolver(() => ConversationView)
export class ConversationCircleResolver {
  @FieldResolver(() => CircleView, { nullable: true })
  async circle(@Root() conversation: ConversationView, @Ctx() ctx: GraphQLContext): Promise<CircleView | null> {
    if (conversation.kind !== 'CIRCLE') return null;
    return ctx.services.circles.circleOfConversation(ctx.user!, conversation.id);
  }
}
