// The coordinator's start page.
import { useTranslation } from 'react-i18next';
import { RequireSignedIn } from '../../app/RequireSignedIn';
import type { Me } from '../../app/session';
import { LogOutButton } from '../../components/LogOutButton';

export default function CoordinatorPage() {
  return <RequireSignedIn roles={['COORDINATOR', 'ADMIN']}>{(me) => <Coordinator me={me} />}</RequireSignedIn>;
}

function Coordinator({ me }: { me: Me }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="coordinator-title">
      <h1 id="coordinator-title">{t('coordinator.title')}</h1>
      <p>{t('home.greeting', { name: me.displayName })}</p>
      <LogOutButton />
    </section>
  );
}
