import { graphql } from '../../gql';

export const CreateSupportRequestMutation = graphql(`
  mutation CreateSupportRequest($input: SupportRequestInput!) {
    createSupportRequest(input: $input) {
      id
      demands {
        id
        kind
        needs
        status
      }
    }
  }
`);

export const RecommendationsQuery = graphql(`
  query Recommendations($demandId: ID!) {
    recommendations(demandId: $demandId, limit: 3) {
      ...RecommendationResultFields
    }
  }
`);

export const MySupportQuery = graphql(`
  query MySupport {
    mySupportRequests {
      id
      status
      createdAt
      demands {
        id
        kind
        needs
        status
      }
    }
    myMatches {
      id
      kind
      status
      supporter {
        userId
        displayName
        accountDeleted
        contact {
          email
          phone
        }
      }
      reasons {
        code
        params
      }
    }
    conversations(limit: 50) {
      id
      matchId
    }
  }
`);

export const WithdrawSupportRequestMutation = graphql(`
  mutation WithdrawSupportRequest($id: ID!) {
    withdrawSupportRequest(id: $id) {
      id
      status
    }
  }
`);

export const EndMatchMutation = graphql(`
  mutation EndMatch($matchId: ID!, $reason: MatchReasonCode!, $note: String) {
    withdrawMatch(matchId: $matchId, reason: $reason, note: $note) {
      id
      status
    }
  }
`);
