// Generated from session.graphql (first-page documents: see the note there).
export {
  LogOutDocument as LogOutMutation,
  UpdateLocaleDocument as UpdateLocaleMutation,
} from '../gql/first-page/graphql';
