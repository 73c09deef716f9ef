// Her conversations: with whom, the last message, how many she has not read; kept up to date live.
import type { ChatMessage, UnreadCount } from '@aliadas/shared';
import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConnectionState, useRealtime } from '../../app/realtime';
import { RequireSignedIn } from '../../app/RequireSignedIn';
import type { Me } from '../../app/session';
import { AppLink } from '../../components/AppLink';
import { startSending, useOutbox } from './chat-store';
import { ConversationsQuery } from './chat.documents';
import { ConnectionBanner } from './ConnectionBanner';
import { otherMembers, useTimeFormat } from './format';
import { useKeepRecentForOffline } from './keep-for-offline';
import './chat.css';

export default function ChatListPage() {
  return <RequireSignedIn>{(me) => <ChatList me={me} />}</RequireSignedIn>;
}

interface Live {
  unreadCount?: number;
  lastMessage?: Pick<ChatMessage, 'id' | 'seq' | 'senderId' | 'body' | 'createdAt' | 'redacted' | 'removed' | 'hidden'>;
}

function ChatList({ me }: { me: Me }) {
  const { t } = useTranslation();
  const time = useTimeFormat();
  const socket = useRealtime();
  const online = useConnectionState() === 'online';
  const outbox = useOutbox();
  const { data, loading, error, refetch } = useQuery(ConversationsQuery, { fetchPolicy: 'cache-and-network' });
  const [live, setLive] = useState<ReadonlyMap<string, Live>>(new Map());
  useKeepRecentForOffline(data?.conversations, online);

  useEffect(() => {
    if (socket) startSending(socket, me.id);
  }, [socket, me.id]);

  // Back online: what changed meanwhile comes with a fresh list.
  useEffect(() => {
    if (online) void refetch().then(() => setLive(new Map()));
  }, [online, refetch]);

  useEffect(() => {
    if (!socket) return;
    const update = (conversationId: string, change: Live) =>
      setLive((before) => new Map(before).set(conversationId, { ...before.get(conversationId), ...change }));
    const onMessage = (message: ChatMessage, unread: UnreadCount) =>
      update(message.conversationId, { unreadCount: unread.unreadCount, lastMessage: message });
    const onUnread = (count: UnreadCount) => update(count.conversationId, { unreadCount: count.unreadCount });
    const onChanged = () => void refetch();
    socket.on('message:new', onMessage);
    socket.on('conversation:unread', onUnread);
    socket.on('conversation:opened', onChanged);
    socket.on('conversation:closed', onChanged);
    socket.on('conversation:left', onChanged);
    socket.on('block:changed', onChanged);
    return () => {
      socket.off('message:new', onMessage);
      socket.off('conversation:unread', onUnread);
      socket.off('conversation:opened', onChanged);
      socket.off('conversation:closed', onChanged);
      socket.off('conversation:left', onChanged);
      socket.off('block:changed', onChanged);
    };
  }, [socket, refetch]);

  const conversations = (data?.conversations ?? [])
    .map((c) => {
      const change = live.get(c.id);
      const lastMessage =
        change?.lastMessage && (!c.lastMessage || change.lastMessage.seq > c.lastMessage.seq)
          ? change.lastMessage
          : c.lastMessage;
      return {
        ...c,
        lastMessage,
        unreadCount: change?.unreadCount ?? c.unreadCount,
        lastActivity: lastMessage?.createdAt ?? c.lastActivityAt,
      };
    })
    .sort((a, b) => b.lastActivity.localeCompare(a.lastActivity));

  return (
    <section aria-labelledby="chat-list-title" className="chat">
      <h1 id="chat-list-title">{t('chat.title')}</h1>
      <ConnectionBanner />
      {loading && !data ? (
        <p className="loading">{t('shell.loading')}</p>
      ) : error && !data ? (
        <p role="alert">{t('errors.offline')}</p>
      ) : conversations.length === 0 ? (
        <p>{t('chat.none')}</p>
      ) : (
        <ul className="conversation-list">
          {conversations.map((c) => {
            const names = otherMembers(c.members, me.id)
              .map((m) => m.displayName)
              .join(', ');
            const waiting = outbox.filter((e) => e.conversationId === c.id).length;
            const last = c.lastMessage;
            return (
              <li key={c.id}>
                <AppLink to={`/chat/${c.id}`} className="conversation-link">
                  <span className="conversation-name">{c.circle?.name ?? (names || t('chat.someone'))}</span>
                  {c.unreadCount > 0 && (
                    <span className="unread-badge">{t('chat.unreadCount', { n: c.unreadCount })}</span>
                  )}
                  <span className="conversation-last">
                    {last?.hidden
                      ? t('chat.noMessagesYet')
                      : last?.removed
                        ? t('circles.messageRemoved')
                        : last?.redacted
                          ? t('chat.messageDeleted')
                          : last
                            ? last.senderId === me.id
                              ? t('chat.youWrote', { text: last.body })
                              : last.body
                            : t('chat.noMessagesYet')}
                  </span>
                  <span className="conversation-meta">
                    {last && <time dateTime={last.createdAt}>{time(last.createdAt)}</time>}
                    {c.closedAt && <span>{t('chat.ended')}</span>}
                    {waiting > 0 && <span>{t('chat.waitingCount', { n: waiting })}</span>}
                  </span>
                </AppLink>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
