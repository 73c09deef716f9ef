// One Apollo Client for the app. The session is the server's HttpOnly cookie: nothing here holds a token.
// Her account, conversation list and recent messages are kept on the device as they arrive, and given
// back from there when the network fails (see offline-store.ts).
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { OperationTypeNode } from 'graphql';
import { catchError, from, mergeMap, tap, throwError } from 'rxjs';
import { savedKeyOf } from './offline-data';
import { offlineKeeper } from './offline-store';

const keptOffline = new ApolloLink((operation, forward) => {
  const key =
    operation.operationType === OperationTypeNode.QUERY
      ? savedKeyOf(operation.operationName, operation.variables)
      : null;
  if (!key) return forward(operation);
  return forward(operation).pipe(
    tap((result) => {
      if ('data' in result && result.data && !result.errors?.length) void offlineKeeper.keep(key, result.data);
    }),
    // A failed request (no network, server unreachable) is answered with what was kept, if anything.
    catchError((error: unknown) =>
      from(offlineKeeper.recall(key)).pipe(
        mergeMap((kept) => (kept ? [{ data: kept as Record<string, unknown> }] : throwError(() => error))),
      ),
    ),
  );
});

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([keptOffline, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
