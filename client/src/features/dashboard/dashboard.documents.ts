import { graphql } from '../../gql';

export const DashboardQuery = graphql(`
  query Dashboard($filter: DashboardFilterInput) {
    dashboard(filter: $filter) {
      generatedAt
      totals {
        openDemands
        supporters
        seats
        seatsUsed
      }
      demandSupply {
        need
        language
        demand
        supply
      }
      countries {
        country
        openDemands
        supporters
        seats
        seatsUsed
      }
      unmatchedReasons {
        code
        count
      }
      unmatchedRoundAt
      timeToMatch {
        kind
        matched
        medianHours
        p90Hours
      }
      feedback {
        matchesEnded
        responsePercent
        minRatingsShown
        sides {
          side
          asked
          given
          responsePercent
          averageRating
          outcomes {
            outcome
            count
          }
          suppressed
        }
      }
    }
  }
`);

export const DashboardOrganizationsQuery = graphql(`
  query DashboardOrganizations {
    organizations {
      id
      name
    }
  }
`);
