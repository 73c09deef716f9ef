// The emergency lines of her country, each a button that calls. Readable without an account.
import { NETWORK_COUNTRY_CODES, COUNTRY_LABELS } from '@aliadas/shared';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors';
import { useLabel } from '../../app/vocabulary';
import { AppLink } from '../../components/AppLink';
import { SelectField } from '../../components/forms';
import { telHref, useHerCountry } from './country';
import { ExampleBadge } from './ExampleBadge';
import { EmergencyServiceEntriesQuery } from './services.documents';
import './services.css';

export default function EmergencyPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const { country, choose } = useHerCountry();
  const { data, loading, error } = useQuery(EmergencyServiceEntriesQuery, {
    variables: { country: country ?? 'CR' },
    skip: !country,
  });
  const entries = data?.emergencyServiceEntries ?? [];
  return (
    <section aria-labelledby="emergency-title">
      <h1 id="emergency-title">{t('emergency.title')}</h1>
      <p>{t('emergency.lead')}</p>
      <SelectField
        label={t('emergency.country')}
        choices={NETWORK_COUNTRY_CODES.map((code) => ({ value: code, label: label(COUNTRY_LABELS, code) }))}
        value={country ?? ''}
        onChange={(next) => choose(next || null)}
        emptyLabel={t('emergency.chooseCountry')}
      />
      {error && <p role="alert">{errorMessage(t, error)}</p>}
      {country &&
        (loading && !data ? (
          <p className="loading">{t('shell.loading')}</p>
        ) : entries.length === 0 ? (
          <p>{t('emergency.none')}</p>
        ) : (
          <ul className="cards emergency-lines">
            {entries.map((entry) => (
              <li key={entry.id} className="card">
                <h2>
                  {entry.name} {entry.isExample && <ExampleBadge />}
                </h2>
                <p>{entry.description}</p>
                {entry.hours && <p className="hint">{entry.hours}</p>}
                {entry.phone && (
                  <a className="button call" href={telHref(entry.phone)}>
                    <span aria-hidden="true">📞 </span>
                    {t('services.call', { phone: entry.phone })}
                  </a>
                )}
              </li>
            ))}
          </ul>
        ))}
      <div className="actions">
        <AppLink className="button" to="/services">
          {t('emergency.allServices')}
        </AppLink>
      </div>
    </section>
  );
}
