import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Field,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { OrganizationJoinRequest } from './organization-join-request.entity.js';
import { MembershipRoleEnum, type MembershipRole, OrganizationMembership } from './organization-membership.entity.js';
import { Organization } from './organization.entity.js';
import {
  DeclineJoinRequestInput,
  JoinOrganizationInput,
  OrganizationInput,
  OrganizationSearchArgs,
} from './organization.inputs.js';

@ObjectType({ description: 'A person of an organization, as other members see her.' })
export class OrganizationMember {
  @Field(() => ID)
  userId!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => MembershipRoleEnum)
  role!: MembershipRole;
}

@ObjectType({ description: 'One page of the organizations directory, and how many organizations match in all.' })
export class OrganizationPage {
  @Field(() => [Organization])
  items!: Organization[];

  @Field(() => Int)
  total!: number;
}

/** Who asks to join. The request reaches only her and the coordinators who answer it. */
@Resolver(() => OrganizationJoinRequest)
export class OrganizationJoinRequestsResolver {
  @FieldResolver(() => String, { description: 'The name of the person who asks.' })
  requesterName(@Root() request: OrganizationJoinRequest): string {
    return request.user.displayName;
  }

  @Authorized('ENTREPRENEUR', 'MENTOR', 'ADVISER')
  @Query(() => [OrganizationJoinRequest], { description: 'Her requests to join organizations, newest first.' })
  myOrganizationJoinRequests(
    @Arg('organizationId', () => ID, { nullable: true }) organizationId: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OrganizationJoinRequest[]> {
    return ctx.services.organizations.myJoinRequests(ctx.user!, organizationId);
  }

  @Authorized('COORDINATOR', 'ADMIN')
  @Query(() => [OrganizationJoinRequest], { description: 'Requests its coordinators have yet to answer.' })
  pendingOrganizationJoinRequests(
    @Arg('organizationId', () => ID) organizationId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OrganizationJoinRequest[]> {
    return ctx.services.organizations.pendingJoinRequests(ctx.user!, organizationId);
  }

  @Authorized('ENTREPRENEUR', 'MENTOR', 'ADVISER')
  @Mutation(() => OrganizationJoinRequest)
  requestToJoinOrganization(
    @Arg('input') input: JoinOrganizationInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OrganizationJoinRequest> {
    return ctx.services.organizations.requestToJoin(ctx.user!, input);
  }

  @Authorized('ENTREPRENEUR', 'MENTOR', 'ADVISER')
  @Mutation(() => OrganizationJoinRequest)
  withdrawOrganizationJoinRequest(
    @Arg('requestId', () => ID) requestId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OrganizationJoinRequest> {
    return ctx.services.organizations.withdrawJoinRequest(ctx.user!, requestId);
  }

  @Authorized('COORDINATOR', 'ADMIN')
  @Mutation(() => OrganizationJoinRequest)
  acceptOrganizationJoinRequest(
    @Arg('requestId', () => ID) requestId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OrganizationJoinRequest> {
    return ctx.services.organizations.acceptJoinRequest(ctx.user!, requestId);
  }

  @Authorized('COORDINATOR', 'ADMIN')
  @Mutation(() => OrganizationJoinRequest)
  declineOrganizationJoinRequest(
    @Arg('input') input: DeclineJoinRequestInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OrganizationJoinRequest> {
    return ctx.services.organizations.declineJoinRequest(ctx.user!, input);
  }
}

@Resolver(() => Organization)
export class OrganizationsResolver {
  @Query(() => [Organization], { description: 'The member organizations of the network; public.' })
  organizations(@Ctx() ctx: GraphQLContext): Promise<Organization[]> {
    return ctx.services.organizations.list();
  }

  @Query(() => OrganizationPage, {
    description: 'Search the organizations directory by words, country, language and what it offers; public.',
  })
  organizationDirectory(@Args() args: OrganizationSearchArgs, @Ctx() ctx: GraphQLContext): Promise<OrganizationPage> {
    return ctx.services.organizations.search(args);
  }

  @Query(() => Organization)
  organization(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Organization> {
    return ctx.services.organizations.get(id);
  }

  @Authorized()
  @FieldResolver(() => [OrganizationMember])
  async members(@Root() organization: Organization, @Ctx() ctx: GraphQLContext): Promise<OrganizationMember[]> {
    const memberships = await ctx.services.organizations.members(organization);
    return memberships.map((m) => ({ userId: m.user.id, displayName: m.user.displayName, role: m.role }));
  }

  @Authorized('ADMIN')
  @Mutation(() => Organization)
  createOrganization(@Arg('input') input: OrganizationInput, @Ctx() ctx: GraphQLContext): Promise<Organization> {
    return ctx.services.organizations.create(ctx.user!, input);
  }

  @Authorized('COORDINATOR', 'ADMIN')
  @Mutation(() => Organization)
  updateOrganization(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: OrganizationInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Organization> {
    return ctx.services.organizations.update(ctx.user!, id, input);
  }

  @Authorized('COORDINATOR', 'ADMIN')
  @Mutation(() => OrganizationMembership)
  addOrganizationMember(
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('userId', () => ID) userId: string,
    @Arg('role', () => MembershipRoleEnum) role: MembershipRole,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OrganizationMembership> {
    return ctx.services.organizations.addMember(ctx.user!, organizationId, userId, role);
  }

  @Authorized('COORDINATOR', 'ADMIN')
  @Mutation(() => Boolean)
  removeOrganizationMember(
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('userId', () => ID) userId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    return ctx.services.organizations.removeMember(ctx.user!, organizationId, userId);
  }
}
