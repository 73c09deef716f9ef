// Generated from session.graphql (first-page documents: see the note there).
export { MeDocument as MeQuery } from '../gql/first-page/graphql';
