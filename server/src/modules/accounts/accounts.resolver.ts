import type { Role } from '@aliadas/shared';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../graphql/page.args.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { RoleEnum } from '../../graphql/enums.js';
import { UnauthenticatedError } from '../../errors.js';
import { OrganizationMembership } from '../organizations/organization-membership.entity.js';
import { EntrepreneurProfile } from '../profiles/entrepreneur-profile.entity.js';
import { SupporterProfile } from '../profiles/supporter-profile.entity.js';
import { canReadProfilesOf } from './accounts.policy.js';
import { AuthPayload, LogInInput, RegisterInput, SetUpAccountInput, UpdateMeInput } from './account.inputs.js';
import { User } from './user.entity.js';

@Resolver(() => User)
export class AccountsResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in person, or null.' })
  me(@Ctx() ctx: GraphQLContext): User | null {
    return ctx.user;
  }

  @Authorized('COORDINATOR', 'ADMIN')
  @Query(() => User)
  async user(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<User> {
    return ctx.services.accounts.findUser(id);
  }

  @Authorized('COORDINATOR', 'ADMIN')
  @Query(() => [User], { description: 'People with a role, newest first.' })
  async people(
    @Ctx() ctx: GraphQLContext,
    @Args() page: PageArgs,
    @Arg('role', () => RoleEnum, { nullable: true }) role?: Role,
  ): Promise<User[]> {
    return ctx.services.accounts.listPeople({ role }, page.limit, page.offset);
  }

  @Mutation(() => AuthPayload)
  async register(@Arg('input') input: RegisterInput, @Ctx() ctx: GraphQLContext): Promise<AuthPayload> {
    const signedIn = await ctx.services.accounts.register(input);
    ctx.setSessionCookie(signedIn.token, signedIn.expiresAt);
    ctx.user = signedIn.user;
    return signedIn;
  }

  @Mutation(() => AuthPayload)
  async logIn(@Arg('input') input: LogInInput, @Ctx() ctx: GraphQLContext): Promise<AuthPayload> {
    const signedIn = await ctx.services.accounts.logIn(input, ctx.clientAddress);
    ctx.setSessionCookie(signedIn.token, signedIn.expiresAt);
    ctx.user = signedIn.user;
    return signedIn;
  }

  @Mutation(() => AuthPayload, {
    description: 'Her first log-in with the one-time code a coordinator gave her; she sets her own password or PIN.',
  })
  async setUpAccount(@Arg('input') input: SetUpAccountInput, @Ctx() ctx: GraphQLContext): Promise<AuthPayload> {
    const signedIn = await ctx.services.accounts.setUpAccount(input, ctx.clientAddress);
    ctx.setSessionCookie(signedIn.token, signedIn.expiresAt);
    ctx.user = signedIn.user;
    return signedIn;
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Ends this session everywhere it is used.' })
  async logOut(@Ctx() ctx: GraphQLContext): Promise<boolean> {
    if (!ctx.sessionToken) throw new UnauthenticatedError();
    await ctx.services.accounts.logOut(ctx.sessionToken);
    ctx.clearSessionCookie();
    return true;
  }

  @Authorized()
  @Mutation(() => User)
  async updateMe(@Arg('input') input: UpdateMeInput, @Ctx() ctx: GraphQLContext): Promise<User> {
    return ctx.services.accounts.updateMe(ctx.user!, input);
  }

  @Authorized('COORDINATOR', 'ADMIN')
  @Mutation(() => User)
  async grantRole(
    @Arg('userId', () => ID) userId: string,
    @Arg('role', () => RoleEnum) role: Role,
    @Ctx() ctx: GraphQLContext,
  ): Promise<User> {
    return ctx.services.accounts.grantRole(ctx.user!, userId, role);
  }

  @Authorized('COORDINATOR', 'ADMIN')
  @Mutation(() => User)
  async revokeRole(
    @Arg('userId', () => ID) userId: string,
    @Arg('role', () => RoleEnum) role: Role,
    @Ctx() ctx: GraphQLContext,
  ): Promise<User> {
    return ctx.services.accounts.revokeRole(ctx.user!, userId, role);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Only she sees it here; the other person of an active match may see it through the match.',
  })
  email(@Root() user: User, @Ctx() ctx: GraphQLContext): string | null {
    return ctx.user?.id === user.id ? (user.email ?? null) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The phone number she logs in with. Only she sees it: not staff, not matches (docs/decisions/0008).',
  })
  loginPhone(@Root() user: User, @Ctx() ctx: GraphQLContext): string | null {
    return ctx.user?.id === user.id ? (user.loginPhone ?? null) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'PASSWORD or PIN: how she logs in. Only she sees it.' })
  secretKind(@Root() user: User, @Ctx() ctx: GraphQLContext): string | null {
    return ctx.user?.id === user.id && user.secretKind !== 'NONE' ? user.secretKind : null;
  }

  @FieldResolver(() => EntrepreneurProfile, { nullable: true })
  async entrepreneurProfile(@Root() user: User, @Ctx() ctx: GraphQLContext): Promise<EntrepreneurProfile | null> {
    if (!ctx.user || !canReadProfilesOf(ctx.user, user)) return null;
    return ctx.services.profiles.entrepreneurProfileOf(user.id, ctx.user);
  }

  @FieldResolver(() => SupporterProfile, { nullable: true })
  async supporterProfile(@Root() user: User, @Ctx() ctx: GraphQLContext): Promise<SupporterProfile | null> {
    if (!ctx.user || !canReadProfilesOf(ctx.user, user)) return null;
    return ctx.services.profiles.supporterProfileOf(user.id);
  }

  @FieldResolver(() => [OrganizationMembership])
  async memberships(@Root() user: User, @Ctx() ctx: GraphQLContext): Promise<OrganizationMembership[]> {
    if (!ctx.user || !canReadProfilesOf(ctx.user, user)) return [];
    return ctx.services.organizations.membershipsOf(user.id);
  }
}
