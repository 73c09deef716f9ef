import { graphql } from '../gql';

// One demand's best supporters with their reasons, or why nobody fits: the entrepreneur's support page
// and the coordinator's candidate list read the same fields.
export const RecommendationResultFieldsFragment = graphql(`
  fragment RecommendationResultFields on RecommendationResult {
    demandId
    feasibleCount
    blockedBy {
      code
      params
    }
    recommendations {
      score
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
