import { NOTIFICATION_PAGE_MAX } from '@aliadas/shared';
import { ArrayMaxSize, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { Notification } from './notification.entity.js';
import { NOTIFICATION_LIMITS } from './notification.rules.js';
import { NOTIFICATION_PAGE_DEFAULT } from './notification.service.js';

@ArgsType()
export class NotificationPageArgs {
  @Field(() => Int, { defaultValue: NOTIFICATION_PAGE_DEFAULT })
  @Min(1)
  @Max(NOTIFICATION_PAGE_MAX)
  first: number = NOTIFICATION_PAGE_DEFAULT;

  @Field(() => String, { nullable: true, description: 'The nextCursor of the page before.' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  after?: string | null;
}

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID])
  @ArrayMaxSize(NOTIFICATION_LIMITS.markRead)
  ids!: string[];
}

@ObjectType({ description: 'A page of her notifications, newest first.' })
export class NotificationPage {
  @Field(() => [Notification])
  nodes!: Notification[];

  @Field(() => String, { nullable: true, description: 'Ask with this as `after` for older ones; null at the end.' })
  nextCursor!: string | null;
}
