import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { GraphQLContext } from '../../graphql/context.js';
import { UnauthenticatedError } from '../../errors.js';
import { User } from '../accounts/user.entity.js';
import { CaseNote } from './case-note.entity.js';
import type { DataExport } from './data-export.js';
import { MatchParty } from '../matching/matching.types.js';
import { CaseNoteInput, ContactDetails, ContactDetailsInput } from './privacy.inputs.js';
import type { ContactDetailsData } from './privacy.service.js';

@Resolver(() => User)
export class PrivacyResolver {
  @Authorized()
  @Query(() => GraphQLJSONObject, { description: 'Everything Aliadas holds about her, to download as a JSON file.' })
  myDataExport(@Ctx() ctx: GraphQLContext): Promise<DataExport> {
    return ctx.services.privacy.exportMyData(ctx.user!);
  }

  @Authorized()
  @Mutation(() => User, { description: 'Her phone number and whether her active matches may see her contact details.' })
  updateContactDetails(@Arg('input') input: ContactDetailsInput, @Ctx() ctx: GraphQLContext): Promise<User> {
    return ctx.services.privacy.updateContactDetails(ctx.user!, input);
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description: 'Deletes her account for good after she types her password again; every session ends.',
  })
  async deleteMyAccount(@Arg('password') password: string, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    if (!ctx.sessionToken) throw new UnauthenticatedError();
    await ctx.services.privacy.deleteMyAccount(ctx.user!, password);
    ctx.clearSessionCookie();
    return true;
  }

  @Authorized('ADVISER')
  @Query(() => [CaseNote], { description: 'Her private notes on one of her psychosocial cases, oldest first.' })
  caseNotes(@Arg('matchId', () => ID) matchId: string, @Ctx() ctx: GraphQLContext): Promise<CaseNote[]> {
    return ctx.services.privacy.caseNotes(ctx.user!, matchId);
  }

  @Authorized('ADVISER')
  @Mutation(() => CaseNote, { description: 'A private note on her active psychosocial case; only she will read it.' })
  addCaseNote(
    @Arg('matchId', () => ID) matchId: string,
    @Arg('input') input: CaseNoteInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CaseNote> {
    return ctx.services.privacy.addCaseNote(ctx.user!, matchId, input.body);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Only she sees it here.' })
  phone(@Root() user: User, @Ctx() ctx: GraphQLContext): string | null {
    return ctx.user?.id === user.id ? (user.phone ?? null) : null;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Her choice to share her contact details; only she sees it.',
  })
  shareContactDetails(@Root() user: User, @Ctx() ctx: GraphQLContext): boolean | null {
    return ctx.user?.id === user.id ? user.shareContactDetails : null;
  }
}

@Resolver(() => MatchParty)
export class MatchPartyContactResolver {
  @FieldResolver(() => ContactDetails, {
    nullable: true,
    description: 'Only for the other person of an active match, and only if she chose to share them.',
  })
  contact(@Root() party: MatchParty, @Ctx() ctx: GraphQLContext): Promise<ContactDetailsData | null> | null {
    if (!party.inMatch || !ctx.user) return null;
    return ctx.services.privacy.contactDetailsIn(ctx.user, party.inMatch.match, party.inMatch.person);
  }
}
