// With a connection and data saver off, the newest messages of her recent conversations are fetched
// when they have changed, so that she can read them offline even those she has not opened on this
// device. One conversation at a time, and only what changed: a cheap phone's data is not wasted.
import { useApolloClient } from '@apollo/client/react';
import { useEffect } from 'react';
import { useDataSaver } from '../../app/data-saver';
import { messagesKey, recentConversationIds, type MessagesAnswer } from '../../app/offline-data';
import { offlineKeeper } from '../../app/offline-store';
import { ConversationQuery, MessagesQuery } from './chat.documents';
import { PAGE_SIZE } from './use-conversation';

interface Listed {
  id: string;
  lastSeq: number;
  lastActivityAt: string;
}

export function useKeepRecentForOffline(conversations: readonly Listed[] | undefined, online: boolean): void {
  const client = useApolloClient();
  const saver = useDataSaver();
  useEffect(() => {
    if (!conversations || !online || saver) return;
    let active = true;
    void (async () => {
      for (const id of recentConversationIds({ conversations })) {
        const listed = conversations.find((c) => c.id === id)!;
        const kept = (await offlineKeeper.peek(messagesKey(id))) as MessagesAnswer | null;
        const newest = kept ? (kept.messages.messages.at(-1)?.seq ?? 0) : -1;
        if (!active) return;
        if (newest >= listed.lastSeq) continue;
        try {
          await client.query({ query: ConversationQuery, variables: { id }, fetchPolicy: 'network-only' });
          await client.query({
            query: MessagesQuery,
            variables: { conversationId: id, limit: PAGE_SIZE },
            fetchPolicy: 'network-only',
          });
        } catch {
          return; // The connection went: next time.
        }
      }
    })();
    return () => {
      active = false;
    };
  }, [client, conversations, online, saver]);
}
