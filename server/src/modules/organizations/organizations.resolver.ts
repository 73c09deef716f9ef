import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Field,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { MembershipRoleEnum, type MembershipRole, OrganizationMembership } from './organization-membership.entity.js';
import { Organization } from './organization.entity.js';
import { OrganizationInput } from './organization.inputs.js';

@ObjectType({ description: 'A person of an organization, as other members see her.' })
export class OrganizationMember {
  @Field(() => ID)
  userId!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => MembershipRoleEnum)
  role!: MembershipRole;
}

@Resolver(() => Organization)
export class OrganizationsResolver {
  @Query(() => [Organization], { description: 'The member organizations of the network; public.' })
  organizations(@Ctx() ctx: GraphQLContext): Promise<Organization[]> {
    return ctx.services.organizations.list();
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
