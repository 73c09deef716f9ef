import { graphql } from '../../gql';

export const AssistedSignUpMutation = graphql(`
  mutation AssistedSignUp($input: AssistedSignUpInput!) {
    assistedSignUp(input: $input) {
      setupCode
      expiresAt
      user {
        id
        displayName
      }
    }
  }
`);

export const ResetAccountAccessMutation = graphql(`
  mutation ResetAccountAccess($userId: ID!, $input: ResetAccountAccessInput!) {
    resetAccountAccess(userId: $userId, input: $input) {
      setupCode
      expiresAt
      user {
        id
        displayName
      }
    }
  }
`);

export const EntrepreneursQuery = graphql(`
  query AssistedEntrepreneurs {
    people(role: ENTREPRENEUR, limit: 100) {
      id
      displayName
      createdAt
    }
  }
`);

export const AssistedProfileQuery = graphql(`
  query AssistedProfile($id: ID!) {
    user(id: $id) {
      id
      displayName
      entrepreneurProfile {
        id
        countryOfResidence
        countryOfOrigin
        city
        languages {
          language
          level
        }
        sector
        businessStage
        businessDescription
        modalities
        availability {
          timeZone
          slots {
            day
            startMinute
            endMinute
          }
        }
      }
    }
  }
`);

export const AssistedUpdateProfileMutation = graphql(`
  mutation AssistedUpdateProfile($userId: ID!, $input: AssistedProfileUpdateInput!) {
    assistedUpdateProfile(userId: $userId, input: $input) {
      id
      displayName
    }
  }
`);
