import { graphql } from '../../gql';

export const MyInvitationsQuery = graphql(`
  query MyInvitations {
    myInvitations {
      id
      kind
      invitationExpiresAt
      entrepreneur {
        userId
        displayName
      }
      demand {
        id
        needs
      }
      reasons {
        code
        params
      }
    }
    myMatches {
      id
      kind
      status
      entrepreneur {
        userId
        displayName
      }
      demand {
        id
        needs
      }
    }
    conversations(limit: 50) {
      id
      matchId
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($matchId: ID!) {
    acceptInvitation(matchId: $matchId) {
      id
      status
    }
  }
`);

export const DeclineInvitationMutation = graphql(`
  mutation DeclineInvitation($matchId: ID!, $reason: MatchReasonCode!, $note: String) {
    declineInvitation(matchId: $matchId, reason: $reason, note: $note) {
      id
      status
    }
  }
`);
