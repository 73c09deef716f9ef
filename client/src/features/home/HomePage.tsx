// Her own page after logging in: what she can do next, by role.
import { useTranslation } from 'react-i18next';
import { RequireSignedIn } from '../../app/RequireSignedIn';
import type { Me } from '../../app/session';
import { AppLink } from '../../components/AppLink';
import { FeedbackDue } from '../../components/FeedbackDue';
import { LogOutButton } from '../../components/LogOutButton';

export default function HomePage() {
  return <RequireSignedIn>{(me) => <Home me={me} />}</RequireSignedIn>;
}

function Home({ me }: { me: Me }) {
  const { t } = useTranslation();
  const entrepreneur = me.roles.includes('ENTREPRENEUR');
  const supporter = me.roles.includes('MENTOR') || me.roles.includes('ADVISER');
  const staff = me.roles.includes('COORDINATOR') || me.roles.includes('ADMIN');
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">{t('home.greeting', { name: me.displayName })}</h1>
      {(entrepreneur || supporter) && <FeedbackDue />}
      {entrepreneur && (
        <div className="card">
          <h2>{t('home.entrepreneurTitle')}</h2>
          {me.entrepreneurProfile ? <p>{t('home.profileReady')}</p> : <p>{t('home.profileMissing')}</p>}
          <div className="actions">
            {me.entrepreneurProfile && (
              <AppLink className="button primary" to="/support">
                {t('home.mySupport')}
              </AppLink>
            )}
            {me.entrepreneurProfile && (
              <AppLink className="button" to="/chat">
                {t('chat.myChats')}
              </AppLink>
            )}
            <AppLink className={me.entrepreneurProfile ? 'button' : 'button primary'} to="/onboarding">
              {me.entrepreneurProfile ? t('home.editAnswers') : t('home.startOnboarding')}
            </AppLink>
          </div>
        </div>
      )}
      {supporter && (
        <div className="card">
          <h2>{t('home.supporterTitle')}</h2>
          <p>{me.supporterProfile ? t('home.supporterReady') : t('home.supporterMissing')}</p>
          <div className="actions">
            {me.supporterProfile && (
              <AppLink className="button primary" to="/invitations">
                {t('home.myInvitations')}
              </AppLink>
            )}
            {me.supporterProfile && (
              <AppLink className="button" to="/mentees">
                {t('home.myPeople')}
              </AppLink>
            )}
            {me.supporterProfile && (
              <AppLink className="button" to="/chat">
                {t('chat.myChats')}
              </AppLink>
            )}
            <AppLink className={me.supporterProfile ? 'button' : 'button primary'} to="/supporter">
              {t('home.editSupporterProfile')}
            </AppLink>
          </div>
        </div>
      )}
      {staff && (
        <div className="card">
          <h2>{t('home.staffTitle')}</h2>
          <div className="actions">
            <AppLink className="button primary" to="/coordinator">
              {t('home.openCoordinator')}
            </AppLink>
            <AppLink className="button" to="/dashboard">
              {t('home.openDashboard')}
            </AppLink>
            <AppLink className="button" to="/reports">
              {t('home.openReports')}
            </AppLink>
          </div>
        </div>
      )}
      <div className="actions">
        <AppLink className="button" to="/circles">
          {t('circles.title')}
        </AppLink>
        <AppLink className="button" to="/workshops">
          {t('workshops.title')}
        </AppLink>
        <AppLink className="button" to="/services">
          {t('services.title')}
        </AppLink>
        <AppLink className="button" to="/organizations">
          {t('organizations.title')}
        </AppLink>
        <AppLink className="button" to="/privacy">
          {t('home.privacy')}
        </AppLink>
        <LogOutButton />
      </div>
    </section>
  );
}
