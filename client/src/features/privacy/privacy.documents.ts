import { graphql } from '../../gql';

export const MyPrivacyQuery = graphql(`
  query MyPrivacy {
    me {
      id
      email
      loginPhone
      secretKind
      phone
      shareContactDetails
    }
  }
`);

export const UpdateContactDetailsMutation = graphql(`
  mutation UpdateContactDetails($input: ContactDetailsInput!) {
    updateContactDetails(input: $input) {
      id
      phone
      shareContactDetails
    }
  }
`);

export const MyDataExportQuery = graphql(`
  query MyDataExport {
    myDataExport
  }
`);

export const DeleteMyAccountMutation = graphql(`
  mutation DeleteMyAccount($password: String!) {
    deleteMyAccount(password: $password)
  }
`);
