import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import type { InterpreterAssignmentData, InterpreterCandidateData } from './interpreters.service.js';
import { InterpreterAssignmentView, InterpreterCandidate, ProposeInterpreterInput } from './interpreters.types.js';

const STAFF = ['COORDINATOR', 'ADMIN'] as const;
// The two women of a match answer and end; the service lets in only the two of this match.
const PEOPLE = ['ENTREPRENEUR', 'MENTOR', 'ADVISER'] as const;

@Resolver(() => InterpreterAssignmentView)
export class InterpretersResolver {
  @Authorized(...STAFF)
  @Query(() => [InterpreterCandidate], { description: 'Interpreters who can bridge the languages of this match.' })
  interpreterCandidates(
    @Arg('matchId', () => ID) matchId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<InterpreterCandidateData[]> {
    return ctx.services.interpreters.candidates(ctx.user!, matchId);
  }

  @Authorized(...STAFF)
  @Query(() => [InterpreterAssignmentView], { description: 'The interpreters proposed for a match, newest first.' })
  matchInterpreters(
    @Arg('matchId', () => ID) matchId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<InterpreterAssignmentData[]> {
    return ctx.services.interpreters.forMatch(ctx.user!, matchId);
  }

  @Authorized()
  @Query(() => [InterpreterAssignmentView], {
    description: 'The interpreter proposed for or present in a conversation; only its members see it.',
  })
  conversationInterpreters(
    @Arg('conversationId', () => ID) conversationId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<InterpreterAssignmentData[]> {
    return ctx.services.interpreters.forConversation(ctx.user!, conversationId);
  }

  @Authorized(...STAFF)
  @Mutation(() => InterpreterAssignmentView, {
    description: 'Proposes an interpreter for an active match; both women are asked to consent.',
  })
  proposeInterpreter(
    @Arg('input') input: ProposeInterpreterInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<InterpreterAssignmentData> {
    return ctx.services.interpreters.propose(ctx.user!, input.matchId, input.interpreterId);
  }

  @Authorized(...PEOPLE)
  @Mutation(() => InterpreterAssignmentView, {
    description: 'One of the two women accepts or refuses the interpreter; a refusal cancels the proposal.',
  })
  answerInterpreterProposal(
    @Arg('assignmentId', () => ID) assignmentId: string,
    @Arg('accept', () => Boolean) accept: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<InterpreterAssignmentData> {
    return ctx.services.interpreters.answer(ctx.user!, assignmentId, accept);
  }

  @Authorized(...PEOPLE, ...STAFF)
  @Mutation(() => InterpreterAssignmentView, {
    description: 'Ends the interpreter’s part: she leaves the conversation on every device at once.',
  })
  endInterpreterAssignment(
    @Arg('assignmentId', () => ID) assignmentId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<InterpreterAssignmentData> {
    return ctx.services.interpreters.end(ctx.user!, assignmentId);
  }
}
