import { graphql } from '../../gql';

export const OpenDemandsQuery = graphql(`
  query OpenDemands {
    openDemands(limit: 20) {
      daysWaiting
      countryOfResidence
      urgency
      feasibleCount
      entrepreneur {
        userId
        displayName
      }
      demand {
        id
        kind
        needs
      }
      why {
        code
      }
    }
  }
`);

export const RunMatchingRoundMutation = graphql(`
  mutation RunMatchingRound($dryRun: Boolean!) {
    runMatchingRound(input: { dryRun: $dryRun }) {
      id
      dryRun
      demandCount
      supporterCount
      feasiblePairs
      matchedCount
      unmatchedCount
      durationMs
      unmatchedCounts {
        code
        count
      }
    }
  }
`);

export const ProposalsQuery = graphql(`
  query Proposals($roundId: ID!) {
    proposals(roundId: $roundId) {
      demandId
      matchId
      kind
      score
      status
      entrepreneur {
        userId
        displayName
      }
      supporter {
        userId
        displayName
      }
      reasons {
        code
        params
      }
    }
  }
`);

export const ApproveProposalMutation = graphql(`
  mutation ApproveProposal($matchId: ID!) {
    approveProposal(matchId: $matchId) {
      id
      status
    }
  }
`);

export const RejectProposalMutation = graphql(`
  mutation RejectProposal($matchId: ID!, $reason: MatchReasonCode!, $note: String) {
    rejectProposal(matchId: $matchId, reason: $reason, note: $note) {
      id
      status
    }
  }
`);

export const CandidatesQuery = graphql(`
  query Candidates($demandId: ID!) {
    recommendations(demandId: $demandId, limit: 6) {
      ...RecommendationResultFields
    }
  }
`);

export const SwapProposalMutation = graphql(`
  mutation SwapProposal($matchId: ID!, $supporterUserId: ID!, $note: String) {
    swapProposal(matchId: $matchId, supporterUserId: $supporterUserId, note: $note) {
      id
      status
    }
  }
`);

export const MatchByHandMutation = graphql(`
  mutation MatchByHand($demandId: ID!, $supporterUserId: ID!, $reason: String!) {
    matchByHand(demandId: $demandId, supporterUserId: $supporterUserId, reason: $reason) {
      id
      status
    }
  }
`);
