// GraphQL shapes and inputs of the interpreters feature.
import {
  INTERPRETER_ASSIGNMENT_STATUSES,
  INTERPRETER_END_REASONS,
  type InterpreterAssignmentStatus,
  type InterpreterEndReason,
} from '@aliadas/shared';
import { IsUUID } from 'class-validator';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { MatchSideEnum } from '../goals/goals.enums.js';
import type { MatchParty } from './interpreters.policy.js';

function enumOf<T extends string>(codes: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(codes.map((c) => [c, c])) as { [K in T]: K };
}

export const InterpreterAssignmentStatusEnum = enumOf(INTERPRETER_ASSIGNMENT_STATUSES);
export const InterpreterEndReasonEnum = enumOf(INTERPRETER_END_REASONS);

registerEnumType(InterpreterAssignmentStatusEnum, {
  name: 'InterpreterAssignmentStatus',
  description: 'Proposed (waiting for both women), active (in the conversation), refused or ended.',
});
registerEnumType(InterpreterEndReasonEnum, {
  name: 'InterpreterEndReason',
  description: 'Who ended the interpreter’s part, or that the match ended.',
});

@InputType()
export class ProposeInterpreterInput {
  @Field(() => ID)
  @IsUUID()
  matchId!: string;

  @Field(() => ID)
  @IsUUID()
  interpreterId!: string;
}

@ObjectType({ description: 'An interpreter who can bridge the two women’s languages.' })
export class InterpreterCandidate {
  @Field(() => ID)
  userId!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String, { description: 'The language she would speak with the entrepreneur.' })
  entrepreneurLanguage!: string;

  @Field(() => String, { description: 'The language she would speak with the supporter.' })
  supporterLanguage!: string;
}

@ObjectType({ description: 'An interpreter proposed for, or present in, one match’s conversation.' })
export class InterpreterAssignmentView {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  conversationId!: string;

  @Field(() => ID, { nullable: true, description: 'Shown to the two women and staff, never to the interpreter.' })
  matchId!: string | null;

  @Field(() => InterpreterAssignmentStatusEnum)
  status!: InterpreterAssignmentStatus;

  @Field(() => ID)
  interpreterId!: string;

  @Field(() => String)
  interpreterName!: string;

  @Field(() => String)
  entrepreneurLanguage!: string;

  @Field(() => String)
  supporterLanguage!: string;

  @Field(() => Boolean)
  entrepreneurConsented!: boolean;

  @Field(() => Boolean)
  supporterConsented!: boolean;

  @Field(() => MatchSideEnum, { nullable: true, description: 'Which woman of the match the reader is, if one.' })
  mySide!: MatchParty | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  joinedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  endedAt!: Date | null;

  @Field(() => InterpreterEndReasonEnum, { nullable: true })
  endReason!: InterpreterEndReason | null;
}
