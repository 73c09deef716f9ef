import { graphql } from '../../gql';

export const SupporterActivityQuery = graphql(`
  query SupporterActivity {
    supporterActivity {
      userId
      displayName
      kinds
      takingPeople
      activeMatches
      medianResponseHours
      answeredInWindow
      waitingNow
      lastMessageAt
    }
  }
`);
