// Her notifications, newest first: each in her language from its kind, when it came, read or not, and
// the page it leads to. Opening one marks it read; she can mark them all read at once.
import { SUPPORT_KIND_LABELS, vocabularyLabel } from '@aliadas/shared';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors';
import { useRealtime } from '../../app/realtime';
import { RequireSignedIn } from '../../app/RequireSignedIn';
import { useLocale } from '../../app/vocabulary';
import { AppLink } from '../../components/AppLink';
import type { MyNotificationsQuery as ListResult } from '../../gql/graphql';
import { UnreadNotificationCountQuery } from './bell.documents';
import { inAppLink, textValues, type TextFormatters } from './notification-text';
import {
  MarkAllNotificationsReadMutation,
  MarkNotificationsReadMutation,
  MyNotificationsQuery,
} from './notifications.documents';
import './notifications.css';

type Item = ListResult['myNotifications']['nodes'][number];

const PAGE = 20;

export default function NotificationsPage() {
  return <RequireSignedIn>{() => <Notifications />}</RequireSignedIn>;
}

function Notifications() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data, loading, error, fetchMore, refetch } = useQuery(MyNotificationsQuery, {
    variables: { first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const countAfter = { refetchQueries: [UnreadNotificationCountQuery] };
  const [markRead] = useMutation(MarkNotificationsReadMutation, countAfter);
  const [markAll, marking] = useMutation(MarkAllNotificationsReadMutation, countAfter);
  const socket = useRealtime();
  const client = useApolloClient();

  // A new one while the list is open comes in at the top.
  useEffect(() => {
    if (!socket) return;
    const onNew = () => void refetch({ first: PAGE, after: null }).catch(() => undefined);
    socket.on('notification:new', onNew);
    return () => {
      socket.off('notification:new', onNew);
    };
  }, [socket, refetch]);

  const format: TextFormatters = {
    supportKind: (kind) => vocabularyLabel(SUPPORT_KIND_LABELS, kind, locale),
    moment: (at) => at.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' }),
  };
  const page = data?.myNotifications;
  const items = page?.nodes ?? [];
  const anyUnread = items.some((n) => !n.read);

  // The list shows them read at once, whatever pages she has loaded.
  const shownRead = (ids: string[]) => {
    for (const id of ids) {
      client.cache.modify({
        id: client.cache.identify({ __typename: 'Notification', id }),
        fields: { read: () => true },
      });
    }
  };
  const open = (item: Item) => {
    if (item.read) return;
    void markRead({ variables: { ids: [item.id] } })
      .then(() => shownRead([item.id]))
      .catch(() => undefined);
  };
  const readAll = async () => {
    await markAll();
    shownRead(items.filter((n) => !n.read).map((n) => n.id));
  };

  return (
    <section aria-labelledby="notifications-title" className="notifications">
      <div className="notifications-head">
        <h1 id="notifications-title">{t('notifications.title')}</h1>
        {anyUnread && (
          <button
            type="button"
            className="button"
            onClick={() => void readAll().catch(() => undefined)}
            disabled={marking.loading}
          >
            {t('notifications.markAllRead')}
          </button>
        )}
      </div>
      {marking.error && <p role="alert">{errorMessage(t, marking.error)}</p>}
      {loading && !data ? (
        <p className="loading">{t('shell.loading')}</p>
      ) : error && !data ? (
        <p role="alert">{errorMessage(t, error)}</p>
      ) : items.length === 0 ? (
        <p>{t('notifications.none')}</p>
      ) : (
        <ul className="notification-list">
          {items.map((item) => {
            const text = t(`notifications.kinds.${item.kind}`, textValues(item.params, format));
            const when = new Date(item.createdAt);
            const link = inAppLink(item.link);
            const body = (
              <>
                {!item.read && <span className="visually-hidden">{t('notifications.unread')}: </span>}
                <span className="notification-text">{text}</span>
                <time dateTime={item.createdAt}>{format.moment(when)}</time>
              </>
            );
            return (
              <li key={item.id} className={item.read ? 'notification' : 'notification unread'}>
                {link ? (
                  <AppLink to={link} onClick={() => open(item)}>
                    {body}
                  </AppLink>
                ) : (
                  <div>
                    {body}
                    {!item.read && (
                      <button type="button" className="link-button" onClick={() => open(item)}>
                        {t('notifications.markRead')}
                      </button>
                    )}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {page?.nextCursor && (
        <button
          type="button"
          className="button"
          onClick={() =>
            void fetchMore({
              variables: { first: PAGE, after: page.nextCursor },
              updateQuery: (previous, { fetchMoreResult }) => ({
                myNotifications: {
                  ...fetchMoreResult.myNotifications,
                  nodes: [...previous.myNotifications.nodes, ...fetchMoreResult.myNotifications.nodes],
                },
              }),
            }).catch(() => undefined)
          }
        >
          {t('notifications.older')}
        </button>
      )}
    </section>
  );
}
