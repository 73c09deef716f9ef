// Generated from bell.graphql (a first-page document).
export { UnreadNotificationCountDocument as UnreadNotificationCountQuery } from '../../gql/first-page/graphql';
