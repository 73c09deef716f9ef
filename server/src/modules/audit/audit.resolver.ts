import { Arg, Args, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { PageArgs } from '../../graphql/page.args.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { AuditEntry } from './audit-entry.entity.js';

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized('ADMIN')
  @Query(() => [AuditEntry], { description: 'The audit log, newest first.' })
  auditLog(
    @Ctx() ctx: GraphQLContext,
    @Args() page: PageArgs,
    @Arg('action', () => String, { nullable: true }) action?: string,
    @Arg('subjectId', () => ID, { nullable: true }) subjectId?: string,
  ): Promise<AuditEntry[]> {
    return ctx.services.audit.list({ action, subjectId }, page.limit, page.offset);
  }
}
