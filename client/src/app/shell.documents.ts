import { graphql } from '../gql';

export const UpdateLocaleMutation = graphql(`
  mutation UpdateLocale($locale: String!) {
    updateMe(input: { locale: $locale }) {
      id
      locale
    }
  }
`);

export const LogOutMutation = graphql(`
  mutation LogOut {
    logOut
  }
`);
