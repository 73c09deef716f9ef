// The first page: a short welcome for visitors; people who are signed in go straight to their page.
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { AppLink } from '../components/AppLink';
import { homePathFor, useMe } from './session';

export function StartPage() {
  const { t } = useTranslation();
  const { me, loading } = useMe();
  if (loading) return <p className="loading">{t('shell.loading')}</p>;
  if (me) return <Navigate to={homePathFor(me)} replace />;
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h1 id="welcome-title">{t('welcome.title')}</h1>
      <p>{t('welcome.lead')}</p>
      <ul className="plain-list">
        <li>{t('welcome.point1')}</li>
        <li>{t('welcome.point2')}</li>
        <li>{t('welcome.point3')}</li>
      </ul>
      <div className="actions">
        <AppLink className="button primary" to="/signup">
          {t('welcome.signUp')}
        </AppLink>
        <AppLink className="button" to="/login">
          {t('welcome.logIn')}
        </AppLink>
        <AppLink className="button" to="/services">
          {t('services.title')}
        </AppLink>
        <AppLink className="button" to="/organizations">
          {t('organizations.title')}
        </AppLink>
      </div>
      <p className="hint">{t('welcome.safetyHint')}</p>
    </section>
  );
}
