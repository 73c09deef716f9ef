import { graphql } from '../gql';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      displayName
      locale
      roles
      entrepreneurProfile {
        id
      }
      supporterProfile {
        id
      }
    }
  }
`);
