import type { ReportStatus } from '@aliadas/shared';
import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { PageArgs } from '../../graphql/page.args.js';
import { ReportMessageInput, ReportPersonInput } from './chat.inputs.js';
import { ReportedConversation, ReportReceipt } from './chat.types.js';
import { Report, ReportStatusEnum } from './report.entity.js';

@Resolver(() => Report)
export class ReportsResolver {
  @Authorized()
  @Mutation(() => ReportReceipt, { description: 'Sends a message, and the messages around it, to the coordinators.' })
  reportMessage(@Arg('input') input: ReportMessageInput, @Ctx() ctx: GraphQLContext): Promise<ReportReceipt> {
    return ctx.services.reports.reportMessage(ctx.user!.id, input);
  }

  @Authorized()
  @Mutation(() => ReportReceipt)
  reportPerson(@Arg('input') input: ReportPersonInput, @Ctx() ctx: GraphQLContext): Promise<ReportReceipt> {
    return ctx.services.reports.reportPerson(ctx.user!.id, input);
  }

  @Authorized('COORDINATOR', 'ADMIN')
  @Query(() => [Report], { description: 'The reports queue, oldest first. Without status: all reports.' })
  reports(
    @Args() page: PageArgs,
    @Ctx() ctx: GraphQLContext,
    @Arg('status', () => ReportStatusEnum, { nullable: true, defaultValue: 'OPEN' }) status: ReportStatus | null,
  ): Promise<Report[]> {
    return ctx.services.reports.list(ctx.user!, status, page.limit, page.offset);
  }

  @Authorized('COORDINATOR', 'ADMIN')
  @Mutation(() => Report)
  resolveReport(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: GraphQLContext,
    @Arg('resolution', () => String, { nullable: true }) resolution?: string,
  ): Promise<Report> {
    return ctx.services.reports.resolve(ctx.user!, id, resolution);
  }

  @Authorized('COORDINATOR', 'ADMIN')
  @Query(() => ReportedConversation, {
    description: 'The reported conversation, read through its report. Every read is written to the audit log.',
  })
  async reportedConversation(
    @Arg('reportId', () => ID) reportId: string,
    @Ctx() ctx: GraphQLContext,
    @Arg('before', () => Int, { nullable: true }) before?: number,
    @Arg('limit', () => Int, { defaultValue: 50 }) limit?: number,
  ): Promise<ReportedConversation> {
    const read = await ctx.services.reports.readReportedConversation(ctx.user!, reportId, { before, limit });
    return {
      ...read,
      snapshot: {
        capturedAt: new Date(read.snapshot.capturedAt),
        reportedMessageId: read.snapshot.reportedMessageId,
        participants: read.snapshot.participants,
        messages: read.snapshot.messages.map((m) => ({ ...m, createdAt: new Date(m.createdAt) })),
      },
    };
  }
}
