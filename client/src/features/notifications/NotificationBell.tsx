// The bell in the header: her unread count, kept live over the app's one socket, and the way to her
// notifications. Small on purpose: it is part of every page's first load, so the socket and the live
// part load after it, and the list is its own chunk.
import type { NotificationUnread } from '@aliadas/shared';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/session';
import { MeQuery } from '../../app/session.documents';
import { AppLink } from '../../components/AppLink';
import { UnreadNotificationCountQuery } from './bell.documents';

export function NotificationBell() {
  const client = useApolloClient();
  const { me } = useMe();
  // Logging in clears the store and fills it again without waking the header's query: read it again on
  // every render too (each page change), so the bell shows as soon as she lands on her first page.
  const signedIn = me ?? client.readQuery({ query: MeQuery })?.me;
  return signedIn ? <Bell /> : null;
}

function Bell() {
  const { t } = useTranslation();
  const { data, refetch, updateQuery } = useQuery(UnreadNotificationCountQuery, { fetchPolicy: 'cache-and-network' });

  useEffect(() => {
    let active = true;
    let stop = () => undefined as void;
    void import('../../app/realtime').then(({ openRealtime }) =>
      openRealtime().then((socket) => {
        if (!active) return;
        const onNew = (_: unknown, unread: NotificationUnread) => count(unread);
        const count = ({ unreadCount }: NotificationUnread) =>
          updateQuery(() => ({ unreadNotificationCount: unreadCount }));
        // Back online: what came while she was away is counted again.
        const onConnect = () => void refetch().catch(() => undefined);
        socket.on('notification:new', onNew);
        socket.on('notification:unread', count);
        socket.on('connect', onConnect);
        stop = () => {
          socket.off('notification:new', onNew);
          socket.off('notification:unread', count);
          socket.off('connect', onConnect);
        };
      }),
    );
    return () => {
      active = false;
      stop();
    };
  }, [updateQuery, refetch]);

  const count = data?.unreadNotificationCount ?? 0;
  return (
    <AppLink to="/notifications" className="notification-bell" aria-label={t('notifications.bell', { count })}>
      <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22" fill="currentColor">
        <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
      </svg>
      {count > 0 && (
        <span className="notification-count" aria-hidden="true">
          {count > 99 ? '99+' : count}
        </span>
      )}
    </AppLink>
  );
}
