import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { useGo } from '../../app/navigation';
import { homePathFor } from '../../app/session';
import { MeQuery } from '../../app/session.documents';

/** After sign-up or log-in: forget what the previous visitor saw, ask who she is, go to her page. */
export function useAfterSignIn(): () => Promise<void> {
  const client = useApolloClient();
  const go = useGo();
  return useCallback(async () => {
    await client.clearStore();
    const { data } = await client.query({ query: MeQuery, fetchPolicy: 'network-only' });
    go(data?.me ? homePathFor(data.me) : '/');
  }, [client, go]);
}
