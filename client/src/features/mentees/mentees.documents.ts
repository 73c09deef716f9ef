import { graphql } from '../../gql';

export const MyPeopleQuery = graphql(`
  query MyPeople {
    myMatches {
      id
      kind
      status
      approvedAt
      entrepreneur {
        userId
        displayName
        accountDeleted
        contact {
          email
          phone
        }
      }
      demand {
        id
        needs
      }
      history {
        to
        at
      }
    }
    conversations(limit: 100) {
      id
      matchId
      unreadCount
    }
  }
`);

export const CompleteMatchMutation = graphql(`
  mutation CompleteMatch($matchId: ID!, $outcome: MatchOutcome!, $note: String) {
    completeMatch(matchId: $matchId, outcome: $outcome, note: $note) {
      id
      status
    }
  }
`);
