// How each supporter answers the women she accompanies: women waiting now first, then the slowest. The
// coordinator calls the supporter, or lets the woman take the new match she was offered.
import { SUPPORT_KIND_LABELS } from '@aliadas/shared';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors';
import { RequireSignedIn } from '../../app/RequireSignedIn';
import { useLabel, useLocale } from '../../app/vocabulary';
import { AppLink } from '../../components/AppLink';
import { SupporterActivityQuery } from './supporters.documents';

export default function SupporterActivityPage() {
  return <RequireSignedIn roles={['COORDINATOR', 'ADMIN']}>{() => <SupporterActivity />}</RequireSignedIn>;
}

function SupporterActivity() {
  const { t } = useTranslation();
  const label = useLabel();
  const locale = useLocale();
  const { data, loading, error } = useQuery(SupporterActivityQuery, { fetchPolicy: 'cache-and-network' });
  const rows = data?.supporterActivity ?? [];
  return (
    <section aria-labelledby="supporters-title">
      <h1 id="supporters-title">{t('responsiveness.title')}</h1>
      <p className="hint">{t('responsiveness.lead')}</p>
      {error && <p role="alert">{errorMessage(t, error)}</p>}
      {loading && !data ? (
        <p className="loading">{t('shell.loading')}</p>
      ) : rows.length === 0 ? (
        <p>{t('responsiveness.none')}</p>
      ) : (
        <ul className="cards">
          {rows.map((row) => (
            <li key={row.userId} className="card">
              <h2>{row.displayName}</h2>
              <p className="hint">
                {row.kinds.map((k) => label(SUPPORT_KIND_LABELS, k)).join(', ')}
                {!row.takingPeople && <> · {t('responsiveness.paused')}</>}
              </p>
              {row.waitingNow > 0 && (
                <p>
                  <strong>{t('responsiveness.waitingNow', { count: row.waitingNow })}</strong>
                </p>
              )}
              <dl>
                <dt>{t('responsiveness.median')}</dt>
                <dd>
                  {row.medianResponseHours == null
                    ? t('responsiveness.noAnswersYet')
                    : t('responsiveness.medianValue', {
                        hours: row.medianResponseHours.toLocaleString(locale),
                        count: row.answeredInWindow,
                      })}
                </dd>
                <dt>{t('responsiveness.lastMessage')}</dt>
                <dd>
                  {row.lastMessageAt
                    ? new Date(row.lastMessageAt).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' })
                    : t('responsiveness.never')}
                </dd>
                <dt>{t('responsiveness.activeMatches')}</dt>
                <dd>{row.activeMatches}</dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        <AppLink className="button" to="/coordinator">
          {t('responsiveness.back')}
        </AppLink>
      </div>
    </section>
  );
}
