// GraphQL enums of the goals feature, from the shared vocabulary.
import { GOAL_STATUSES, PATHWAY_CODES } from '@aliadas/shared';
import { registerEnumType } from 'type-graphql';
import { MATCH_SIDES } from './goals.policy.js';

function enumOf<T extends string>(codes: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(codes.map((c) => [c, c])) as { [K in T]: K };
}

export const GoalStatusEnum = enumOf(GOAL_STATUSES);
export const MatchSideEnum = enumOf(MATCH_SIDES);
export const PathwayCodeEnum = enumOf(PATHWAY_CODES);

registerEnumType(GoalStatusEnum, { name: 'GoalStatus', description: 'Where a goal inside a mentorship stands.' });
registerEnumType(MatchSideEnum, { name: 'MatchSide', description: 'Which of the two people of a match.' });
registerEnumType(PathwayCodeEnum, {
  name: 'PathwayCode',
  description:
    'A road the network recommends: regularization, a tax id, a bank account, credit, formalizing, social protection.',
});
