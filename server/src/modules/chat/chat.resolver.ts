import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { PageArgs } from '../../graphql/page.args.js';
import { MessagesArgs, SendMessageInput } from './chat.inputs.js';
import { BlockedPerson, ConversationView, MessagePage, ReadState } from './chat.types.js';
import { User } from '../accounts/user.entity.js';
import { Conversation } from './conversation.entity.js';
import { Message } from './message.entity.js';

@Resolver()
export class ChatResolver {
  @Authorized()
  @Query(() => [ConversationView], { description: 'Her conversations, most recently active first.' })
  conversations(@Args() page: PageArgs, @Ctx() ctx: GraphQLContext): Promise<ConversationView[]> {
    return ctx.services.chat.conversationsOf(ctx.user!.id, page.limit, page.offset);
  }

  @Authorized()
  @Query(() => ConversationView)
  conversation(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<ConversationView> {
    return ctx.services.chat.conversation(ctx.user!.id, id);
  }

  @Authorized()
  @Query(() => MessagePage, { description: 'History, a page at a time: newest page first, then `before`.' })
  messages(@Args() args: MessagesArgs, @Ctx() ctx: GraphQLContext): Promise<MessagePage> {
    return ctx.services.chat.messages(ctx.user!.id, args.conversationId, args);
  }

  @Authorized()
  @Mutation(() => Message, {
    description: 'The same as the socket event message:send, for when the socket is not connected.',
  })
  async sendMessage(@Arg('input') input: SendMessageInput, @Ctx() ctx: GraphQLContext): Promise<Message> {
    const { message } = await ctx.services.chat.sendMessage(ctx.user!.id, input);
    return Object.assign(new Message(), {
      id: message.id,
      conversation: ctx.em.getReference(Conversation, message.conversationId),
      sender: ctx.em.getReference(User, message.senderId),
      seq: message.seq,
      clientMessageId: message.clientMessageId,
      body: message.body,
      createdAt: new Date(message.createdAt),
    });
  }

  @Authorized()
  @Mutation(() => ReadState, { description: 'She has read up to this seq; never moves back.' })
  markRead(
    @Arg('conversationId', () => ID) conversationId: string,
    @Arg('seq', () => Int) seq: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ReadState> {
    return ctx.services.chat.markRead(ctx.user!.id, conversationId, seq);
  }

  @Authorized()
  @Query(() => [BlockedPerson])
  blockedPeople(@Ctx() ctx: GraphQLContext): Promise<BlockedPerson[]> {
    return ctx.services.chat.blockedPeople(ctx.user!.id);
  }

  @Authorized()
  @Mutation(() => BlockedPerson, { description: 'No messages either way from now on, and no new matches.' })
  blockUser(@Arg('userId', () => ID) userId: string, @Ctx() ctx: GraphQLContext): Promise<BlockedPerson> {
    return ctx.services.chat.blockUser(ctx.user!.id, userId);
  }

  @Authorized()
  @Mutation(() => Boolean)
  unblockUser(@Arg('userId', () => ID) userId: string, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    return ctx.services.chat.unblockUser(ctx.user!.id, userId);
  }
}
