import { graphql } from '../../gql';

export const RematchOffersQuery = graphql(`
  query RematchOffers {
    rematchOffers {
      matchId
      conversationId
      kind
      supporterName
      waitingSince
    }
  }
`);

export const TakeRematchMutation = graphql(`
  mutation TakeRematch($matchId: ID!) {
    takeRematch(matchId: $matchId) {
      id
      status
    }
  }
`);
