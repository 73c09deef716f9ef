import type { OperationRules } from '../../test-support/authorization.js';

// Sample ids name nothing: allowed callers get NOT_FOUND, others are stopped first.
const NOTHING = '00000000-0000-4000-8000-000000000000';
const PEOPLE = ['ENTREPRENEUR', 'MENTOR', 'ADVISER'] as const;

export const feedbackOperations: OperationRules = {
  feedbackRequests: {
    allowed: [...PEOPLE],
    document: 'query { feedbackRequests { matchId } }',
  },
  myFeedback: {
    allowed: [...PEOPLE],
    document: 'query($id: ID!) { myFeedback(matchId: $id) { id } }',
    variables: () => ({ id: NOTHING }),
  },
  giveFeedback: {
    allowed: [...PEOPLE],
    document: 'mutation($id: ID!) { giveFeedback(matchId: $id, input: { rating: 4, outcome: GOALS_MET }) { id } }',
    variables: () => ({ id: NOTHING }),
  },
  matchFeedback: {
    allowed: ['COORDINATOR', 'ADMIN'],
    document: 'query($id: ID!) { matchFeedback(matchId: $id) { id } }',
    variables: () => ({ id: NOTHING }),
  },
};
