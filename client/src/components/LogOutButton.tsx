import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { forgetSession } from '../app/session-memory';
import { LogOutMutation } from '../app/shell.documents';

/**
 * Ends the session on the server (which clears the cookie), then starts the app afresh on the first
 * page: a reload drops everything the page held in memory, and the scripts come from the cache.
 */
export function LogOutButton() {
  const { t } = useTranslation();
  const client = useApolloClient();
  async function logOut() {
    await client.mutate({ mutation: LogOutMutation }).catch(() => undefined);
    forgetSession();
    location.replace('/');
  }
  return (
    <button type="button" className="button" onClick={() => void logOut()}>
      {t('shell.logOut')}
    </button>
  );
}
