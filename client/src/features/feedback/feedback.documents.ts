import { graphql } from '../../gql';

export const GiveFeedbackMutation = graphql(`
  mutation GiveFeedback($matchId: ID!, $input: FeedbackInput!) {
    giveFeedback(matchId: $matchId, input: $input) {
      ...FeedbackFields
    }
  }
`);
