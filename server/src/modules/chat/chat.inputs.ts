import { MESSAGE_MAX_LENGTH, MESSAGE_PAGE_MAX, REPORT_DETAILS_MAX_LENGTH, type ReportReason } from '@aliadas/shared';
import { IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ReportReasonEnum } from './report.entity.js';

// Lengths in characters are checked exactly by the services; these bounds (in UTF-16 units, so twice
// as many) only keep oversized input out.

@InputType()
export class SendMessageInput {
  @Field(() => ID)
  @MaxLength(64)
  conversationId!: string;

  @Field(() => String, { description: 'Made by the client, the same for every retry of one message.' })
  @Matches(/^[A-Za-z0-9_-]{8,64}$/)
  clientMessageId!: string;

  @Field(() => String)
  @MaxLength(MESSAGE_MAX_LENGTH * 2)
  body!: string;
}

@ArgsType()
export class MessagesArgs {
  @Field(() => ID)
  @MaxLength(64)
  conversationId!: string;

  @Field(() => Int, { nullable: true, description: 'Older messages: seq below this.' })
  @IsOptional()
  @Min(1)
  before?: number | null;

  @Field(() => Int, { nullable: true, description: 'Newer messages: seq above this.' })
  @IsOptional()
  @Min(0)
  after?: number | null;

  @Field(() => Int, { defaultValue: 50 })
  @Min(1)
  @Max(MESSAGE_PAGE_MAX)
  limit = 50;
}

@InputType()
export class ReportMessageInput {
  @Field(() => ID)
  @MaxLength(64)
  messageId!: string;

  @Field(() => ReportReasonEnum)
  reason!: ReportReason;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(REPORT_DETAILS_MAX_LENGTH * 2)
  details?: string | null;
}

@InputType()
export class ReportPersonInput {
  @Field(() => ID)
  @MaxLength(64)
  userId!: string;

  @Field(() => ID, { nullable: true, description: 'Where it happened; its recent messages are kept with the report.' })
  @IsOptional()
  @MaxLength(64)
  conversationId?: string | null;

  @Field(() => ReportReasonEnum)
  reason!: ReportReason;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(REPORT_DETAILS_MAX_LENGTH * 2)
  details?: string | null;
}
