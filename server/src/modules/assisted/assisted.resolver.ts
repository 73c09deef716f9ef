import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { User } from '../accounts/user.entity.js';
import { AssistedConsent } from './assisted-consent.entity.js';
import {
  AssistedProfileUpdateInput,
  AssistedSignUpInput,
  ResetAccountAccessInput,
  SetupCodeResult,
} from './assisted.inputs.js';

@Resolver()
export class AssistedAccountsResolver {
  @Authorized('COORDINATOR', 'ADMIN')
  @Mutation(() => SetupCodeResult, {
    description: 'Opens an entrepreneur account for her, with her recorded consent; gives the one-time code once.',
  })
  assistedSignUp(@Arg('input') input: AssistedSignUpInput, @Ctx() ctx: GraphQLContext): Promise<SetupCodeResult> {
    return ctx.services.assisted.signUp(ctx.user!, input);
  }

  @Authorized('COORDINATOR', 'ADMIN')
  @Mutation(() => User, { description: 'Changes her profile for her, with her recorded consent.' })
  assistedUpdateProfile(
    @Arg('userId', () => ID) userId: string,
    @Arg('input') input: AssistedProfileUpdateInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<User> {
    return ctx.services.assisted.updateProfile(ctx.user!, userId, input.consent, input.profile);
  }

  @Authorized('COORDINATOR', 'ADMIN')
  @Mutation(() => SetupCodeResult, {
    description: 'She lost her phone: ends her sessions, voids her secret and gives a new one-time code, once.',
  })
  resetAccountAccess(
    @Arg('userId', () => ID) userId: string,
    @Arg('input') input: ResetAccountAccessInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SetupCodeResult> {
    return ctx.services.assisted.resetAccess(ctx.user!, userId, input.consent, input.newPhone);
  }

  @Authorized()
  @Query(() => [AssistedConsent], {
    description: 'Consents recorded when a coordinator acted for her: her own, or (staff) an entrepreneur’s.',
  })
  assistedConsents(@Arg('userId', () => ID) userId: string, @Ctx() ctx: GraphQLContext): Promise<AssistedConsent[]> {
    return ctx.services.assisted.consentsOf(ctx.user!, userId);
  }
}
