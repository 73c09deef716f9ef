import { graphql } from '../../gql';

export const CircleFieldsFragment = graphql(`
  fragment CircleFields on Circle {
    id
    name
    description
    language
    country
    sector
    memberCap
    memberCount
    joined
    moderating
    full
    conversationId
    moderator {
      userId
      displayName
    }
  }
`);

export const CirclesQuery = graphql(`
  query Circles($language: String, $country: Country, $sector: Sector, $mine: Boolean!, $limit: Int!, $offset: Int!) {
    circles(language: $language, country: $country, sector: $sector, mine: $mine, limit: $limit, offset: $offset) {
      ...CircleFields
    }
  }
`);

export const JoinCircleMutation = graphql(`
  mutation JoinCircle($id: ID!) {
    joinCircle(id: $id) {
      ...CircleFields
    }
  }
`);

export const LeaveCircleMutation = graphql(`
  mutation LeaveCircle($id: ID!) {
    leaveCircle(id: $id) {
      ...CircleFields
    }
  }
`);

export const CreateCircleMutation = graphql(`
  mutation CreateCircle($input: CircleInput!) {
    createCircle(input: $input) {
      ...CircleFields
    }
  }
`);

export const ArchiveCircleMutation = graphql(`
  mutation ArchiveCircle($id: ID!) {
    archiveCircle(id: $id) {
      id
      archivedAt
    }
  }
`);

export const CircleModeratorCandidatesQuery = graphql(`
  query CircleModeratorCandidates($role: Role!) {
    people(role: $role, limit: 200) {
      id
      displayName
    }
  }
`);

export const AppointCircleModeratorMutation = graphql(`
  mutation AppointCircleModerator($circleId: ID!, $userId: ID!) {
    appointCircleModerator(circleId: $circleId, userId: $userId) {
      ...CircleFields
    }
  }
`);
