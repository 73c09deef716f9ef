import type { OperationRules } from '../../test-support/authorization.js';

// Ids of nothing: allowed callers get NOT_FOUND (not an authorization error), others are stopped first.
const NO_ID = '00000000-0000-4000-8000-000000000000';
const STAFF = ['COORDINATOR', 'ADMIN'] as const;
const SUPPORTERS = ['MENTOR', 'ADVISER'] as const;

export const matchingOperations: OperationRules = {
  createSupportRequest: {
    allowed: ['ENTREPRENEUR'],
    document: 'mutation($input: SupportRequestInput!) { createSupportRequest(input: $input) { id } }',
    variables: () => ({ input: { needs: ['BUSINESS_PLAN'], modality: 'CHAT' } }),
  },
  withdrawSupportRequest: {
    allowed: ['ENTREPRENEUR'],
    document: 'mutation($id: ID!) { withdrawSupportRequest(id: $id) { id } }',
    variables: () => ({ id: NO_ID }),
  },
  mySupportRequests: {
    allowed: ['ENTREPRENEUR'],
    document: 'query { mySupportRequests { id demands { id kind } } }',
  },
  recommendations: {
    allowed: ['ENTREPRENEUR', ...STAFF],
    document: 'query($id: ID!) { recommendations(demandId: $id) { feasibleCount } }',
    variables: () => ({ id: NO_ID }),
  },
  runMatchingRound: {
    allowed: [...STAFF],
    document: 'mutation { runMatchingRound(input: { dryRun: true }) { id matchedCount } }',
  },
  matchingRound: {
    allowed: [...STAFF],
    document: 'query($id: ID!) { matchingRound(id: $id) { id } }',
    variables: () => ({ id: NO_ID }),
  },
  matchingRounds: { allowed: [...STAFF], document: 'query { matchingRounds(limit: 5) { id } }' },
  proposals: {
    allowed: [...STAFF],
    document: 'query($id: ID!) { proposals(roundId: $id) { demandId } }',
    variables: () => ({ id: NO_ID }),
  },
  approveProposal: {
    allowed: [...STAFF],
    document: 'mutation($id: ID!) { approveProposal(matchId: $id) { id } }',
    variables: () => ({ id: NO_ID }),
  },
  rejectProposal: {
    allowed: [...STAFF],
    document: 'mutation($id: ID!) { rejectProposal(matchId: $id, reason: NOT_SUITABLE) { id } }',
    variables: () => ({ id: NO_ID }),
  },
  swapProposal: {
    allowed: [...STAFF],
    document: 'mutation($id: ID!, $s: ID!) { swapProposal(matchId: $id, supporterUserId: $s) { id } }',
    variables: (w) => ({ id: NO_ID, s: w.others.MENTOR.id }),
  },
  matchByHand: {
    allowed: [...STAFF],
    document:
      'mutation($d: ID!, $s: ID!) { matchByHand(demandId: $d, supporterUserId: $s, reason: "She asked for her") { id } }',
    variables: (w) => ({ d: NO_ID, s: w.others.MENTOR.id }),
  },
  openDemands: {
    allowed: [...STAFF],
    document: 'query { openDemands(limit: 5) { demand { id } why { code } } }',
  },
  myInvitations: { allowed: [...SUPPORTERS], document: 'query { myInvitations { id } }' },
  acceptInvitation: {
    allowed: [...SUPPORTERS],
    document: 'mutation($id: ID!) { acceptInvitation(matchId: $id) { id } }',
    variables: () => ({ id: NO_ID }),
  },
  declineInvitation: {
    allowed: [...SUPPORTERS],
    document: 'mutation($id: ID!) { declineInvitation(matchId: $id, reason: NO_TIME) { id } }',
    variables: () => ({ id: NO_ID }),
  },
  myMatches: { allowed: 'SIGNED_IN', document: 'query { myMatches { id status } }' },
  completeMatch: {
    allowed: 'SIGNED_IN',
    document: 'mutation($id: ID!) { completeMatch(matchId: $id, outcome: GOALS_MET) { id } }',
    variables: () => ({ id: NO_ID }),
  },
  withdrawMatch: {
    allowed: 'SIGNED_IN',
    document: 'mutation($id: ID!) { withdrawMatch(matchId: $id, reason: NOT_RESPONDING) { id } }',
    variables: () => ({ id: NO_ID }),
  },
};
