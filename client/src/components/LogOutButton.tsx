import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useGo } from '../app/navigation';
import { LogOutMutation } from '../app/shell.documents';

/** Ends the session on the server (which clears the cookie), then forgets everything the page held. */
export function LogOutButton() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const go = useGo();
  async function logOut() {
    await client.mutate({ mutation: LogOutMutation }).catch(() => undefined);
    await client.clearStore();
    sessionStorage.clear();
    await client.refetchQueries({ include: 'active' });
    go('/');
  }
  return (
    <button type="button" className="button" onClick={() => void logOut()}>
      {t('shell.logOut')}
    </button>
  );
}
