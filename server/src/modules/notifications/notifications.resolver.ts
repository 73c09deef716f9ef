import { Args, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Notification } from './notification.entity.js';
import type { NotificationPage as Page } from './notification.service.js';
import { MarkNotificationsReadArgs, NotificationPage, NotificationPageArgs } from './notifications.inputs.js';

// Everyone signed in has notifications (staff included: join requests reach coordinators); each reads
// and marks only her own.
@Resolver(() => Notification)
export class NotificationsResolver {
  @Authorized()
  @Query(() => NotificationPage, { description: 'Her notifications, newest first.' })
  myNotifications(@Args() { first, after }: NotificationPageArgs, @Ctx() ctx: GraphQLContext): Promise<Page> {
    return ctx.services.notifications.page(ctx.user!, first, after ?? null);
  }

  @Authorized()
  @Query(() => Int, { description: 'How many of her notifications she has not read.' })
  unreadNotificationCount(@Ctx() ctx: GraphQLContext): Promise<number> {
    return ctx.services.notifications.unreadCount(ctx.user!.id);
  }

  @Authorized()
  @Mutation(() => Int, { description: 'Marks these of her notifications read; answers her unread count.' })
  markNotificationsRead(@Args() { ids }: MarkNotificationsReadArgs, @Ctx() ctx: GraphQLContext): Promise<number> {
    return ctx.services.notifications.markRead(ctx.user!, ids);
  }

  @Authorized()
  @Mutation(() => Int, { description: 'Marks all her notifications read; answers her unread count (0).' })
  markAllNotificationsRead(@Ctx() ctx: GraphQLContext): Promise<number> {
    return ctx.services.notifications.markAllRead(ctx.user!);
  }
}
