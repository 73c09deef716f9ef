import { graphql } from '../gql';

export const FeedbackFieldsFragment = graphql(`
  fragment FeedbackFields on Feedback {
    id
    side
    rating
    outcome
    comment
  }
`);

/** Her matches that ended recently, each with her feedback if she gave it. */
export const FeedbackRequestsQuery = graphql(`
  query FeedbackRequests {
    feedbackRequests {
      matchId
      kind
      side
      partnerName
      endedAt
      openUntil
      given {
        ...FeedbackFields
      }
    }
  }
`);
