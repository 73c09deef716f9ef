import { graphql } from '../../gql';

// The payload's token is for clients without cookies: the browser never asks for it.
export const RegisterMutation = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      user {
        id
      }
    }
  }
`);

export const LogInMutation = graphql(`
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) {
      user {
        id
      }
    }
  }
`);

export const SetUpAccountMutation = graphql(`
  mutation SetUpAccount($input: SetUpAccountInput!) {
    setUpAccount(input: $input) {
      user {
        id
      }
    }
  }
`);
