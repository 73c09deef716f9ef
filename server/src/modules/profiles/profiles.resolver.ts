import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { EntrepreneurProfile } from './entrepreneur-profile.entity.js';
import { EntrepreneurProfileInput, SupporterProfileInput } from './profile.inputs.js';
import { SupporterProfile } from './supporter-profile.entity.js';

@Resolver()
export class ProfilesResolver {
  @Authorized('ENTREPRENEUR')
  @Mutation(() => EntrepreneurProfile, { description: 'Creates or replaces her own entrepreneur profile.' })
  async saveEntrepreneurProfile(
    @Arg('input') input: EntrepreneurProfileInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<EntrepreneurProfile> {
    return ctx.services.profiles.saveEntrepreneurProfile(ctx.user!, input);
  }

  @Authorized('MENTOR', 'ADVISER')
  @Mutation(() => SupporterProfile, { description: 'Creates or replaces her own mentor or adviser profile.' })
  async saveSupporterProfile(
    @Arg('input') input: SupporterProfileInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SupporterProfile> {
    return ctx.services.profiles.saveSupporterProfile(ctx.user!, input);
  }

  @Authorized('MENTOR', 'ADVISER')
  @Mutation(() => SupporterProfile, { description: 'Pause (false) or resume (true) taking new people.' })
  async setSupporterActive(@Arg('active') active: boolean, @Ctx() ctx: GraphQLContext): Promise<SupporterProfile> {
    return ctx.services.profiles.setSupporterActive(ctx.user!, active);
  }

  @Authorized('COORDINATOR', 'ADMIN')
  @Mutation(() => SupporterProfile, { description: 'Records that an adviser’s credentials were checked.' })
  async verifySupporter(
    @Arg('userId', () => ID) userId: string,
    @Arg('verified', { defaultValue: true }) verified: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SupporterProfile> {
    return ctx.services.profiles.verifySupporter(ctx.user!, userId, verified);
  }
}
