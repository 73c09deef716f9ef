import type { OperationRules } from '../../test-support/authorization.js';

// Sample ids name nothing: allowed callers get NOT_FOUND, others are stopped first.
const NOTHING = '00000000-0000-4000-8000-000000000000';
const PEOPLE = ['ENTREPRENEUR', 'MENTOR', 'ADVISER'] as const;

export const goalOperations: OperationRules = {
  goalBoard: {
    allowed: [...PEOPLE],
    document: 'query($id: ID!) { goalBoard(matchId: $id) { matchId } }',
    variables: () => ({ id: NOTHING }),
  },
  addGoal: {
    allowed: [...PEOPLE],
    document: 'mutation($id: ID!) { addGoal(matchId: $id, input: { title: "Apply for seed capital" }) { id } }',
    variables: () => ({ id: NOTHING }),
  },
  goalPathways: {
    allowed: [...PEOPLE],
    document: 'query($id: ID!) { goalPathways(matchId: $id) { code } }',
    variables: () => ({ id: NOTHING }),
  },
  addPathwayGoal: {
    allowed: ['MENTOR', 'ADVISER'],
    document: 'mutation($id: ID!) { addPathwayGoal(matchId: $id, input: { pathway: TAX_ID }) { id } }',
    variables: () => ({ id: NOTHING }),
  },
  addMilestone: {
    allowed: [...PEOPLE],
    document: 'mutation($id: ID!) { addMilestone(goalId: $id, input: { title: "Write the budget" }) { id } }',
    variables: () => ({ id: NOTHING }),
  },
  setMilestoneDone: {
    allowed: [...PEOPLE],
    document: 'mutation($id: ID!) { setMilestoneDone(milestoneId: $id, done: true) { id } }',
    variables: () => ({ id: NOTHING }),
  },
  postGoalUpdate: {
    allowed: [...PEOPLE],
    document: 'mutation($id: ID!) { postGoalUpdate(goalId: $id, input: { body: "Going well" }) { id } }',
    variables: () => ({ id: NOTHING }),
  },
  logSession: {
    allowed: [...PEOPLE],
    document:
      'mutation($id: ID!) { logSession(matchId: $id, input: { heldOn: "2026-01-05", durationMinutes: 45, notes: "Budget" }) { id } }',
    variables: () => ({ id: NOTHING }),
  },
};
