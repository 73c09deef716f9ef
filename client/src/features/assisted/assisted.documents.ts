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
