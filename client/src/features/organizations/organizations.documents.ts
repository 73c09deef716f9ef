import { graphql } from '../../gql';

export const OrganizationFields = graphql(`
  fragment OrganizationFields on Organization {
    id
    name
    description
    countries
    languages
    services
    needs
    website
    phone
    email
    address
    isExample
  }
`);

export const OrganizationDirectoryQuery = graphql(`
  query OrganizationDirectory(
    $search: String
    $country: Country
    $language: String
    $supportKind: SupportKind
    $need: Need
    $limit: Int
    $offset: Int
  ) {
    organizationDirectory(
      search: $search
      country: $country
      language: $language
      supportKind: $supportKind
      need: $need
      limit: $limit
      offset: $offset
    ) {
      total
      items {
        ...OrganizationFields
      }
    }
  }
`);

export const OrganizationQuery = graphql(`
  query Organization($id: ID!) {
    organization(id: $id) {
      ...OrganizationFields
    }
  }
`);

/** Who she is here: her roles, and the organizations she belongs to (with her place in each). */
export const MyOrganizationsQuery = graphql(`
  query MyOrganizations {
    me {
      id
      roles
      memberships {
        id
        role
        organization {
          id
          name
        }
      }
    }
  }
`);

export const MyJoinRequestsQuery = graphql(`
  query MyOrganizationJoinRequests($organizationId: ID) {
    myOrganizationJoinRequests(organizationId: $organizationId) {
      id
      status
      role
      message
      declineReason
      createdAt
      decidedAt
    }
  }
`);

export const PendingJoinRequestsQuery = graphql(`
  query PendingOrganizationJoinRequests($organizationId: ID!) {
    pendingOrganizationJoinRequests(organizationId: $organizationId) {
      id
      requesterName
      role
      message
      createdAt
    }
  }
`);

export const RequestToJoinMutation = graphql(`
  mutation RequestToJoinOrganization($input: JoinOrganizationInput!) {
    requestToJoinOrganization(input: $input) {
      id
      status
    }
  }
`);

export const WithdrawJoinRequestMutation = graphql(`
  mutation WithdrawOrganizationJoinRequest($requestId: ID!) {
    withdrawOrganizationJoinRequest(requestId: $requestId) {
      id
      status
    }
  }
`);

export const AcceptJoinRequestMutation = graphql(`
  mutation AcceptOrganizationJoinRequest($requestId: ID!) {
    acceptOrganizationJoinRequest(requestId: $requestId) {
      id
      status
    }
  }
`);

export const DeclineJoinRequestMutation = graphql(`
  mutation DeclineOrganizationJoinRequest($input: DeclineJoinRequestInput!) {
    declineOrganizationJoinRequest(input: $input) {
      id
      status
    }
  }
`);

export const UpdateOrganizationMutation = graphql(`
  mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) {
    updateOrganization(id: $id, input: $input) {
      ...OrganizationFields
    }
  }
`);
