// The coordinators' dashboard: where demand outruns supply (by need and language, by country), why
// demands stay open, how long women wait, how full the supporters are and how ended matches went. Counts
// only, never a person.
import {
  COUNTRY_LABELS,
  LANGUAGE_LABELS,
  NEED_LABELS,
  NETWORK_COUNTRY_CODES,
  SUPPORT_KIND_LABELS,
  isOneOf,
  LANGUAGE_CODES,
  type CountryCode,
} from '@aliadas/shared';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors';
import { RequireSignedIn } from '../../app/RequireSignedIn';
import { openDemandReasonLabel } from '../../app/open-demand-reason';
import { useLabel, useLocale } from '../../app/vocabulary';
import { AppLink } from '../../components/AppLink';
import { SelectField } from '../../components/forms';
import { BarTable } from './BarTable';
import { DashboardOrganizationsQuery, DashboardQuery } from './dashboard.documents';
import { FeedbackFigures } from './FeedbackFigures';
import './dashboard.css';

const TOP_CELLS = 12;

export default function DashboardPage() {
  return <RequireSignedIn roles={['COORDINATOR', 'ADMIN']}>{() => <Dashboard />}</RequireSignedIn>;
}

function Dashboard() {
  const { t } = useTranslation();
  const label = useLabel();
  const locale = useLocale();
  const [country, setCountry] = useState<CountryCode | ''>('');
  const [organizationId, setOrganizationId] = useState('');
  const organizations = useQuery(DashboardOrganizationsQuery).data?.organizations ?? [];
  const { data, loading, error } = useQuery(DashboardQuery, {
    variables: {
      filter:
        country || organizationId
          ? { countries: country ? [country] : null, organizationId: organizationId || null }
          : null,
    },
    fetchPolicy: 'cache-and-network',
  });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const wait = (hours: number) =>
    hours < 48
      ? t('dashboard.hours', { n: number.format(hours) })
      : t('dashboard.days', { n: number.format(hours / 24) });
  const languageName = (code: string) => (isOneOf(LANGUAGE_CODES, code) ? label(LANGUAGE_LABELS, code) : code);
  const figures = data?.dashboard;

  return (
    <section aria-labelledby="dashboard-title">
      <h1 id="dashboard-title">{t('dashboard.title')}</h1>
      <p className="hint">{t('dashboard.lead')}</p>
      <SelectField<CountryCode>
        label={t('dashboard.country')}
        choices={NETWORK_COUNTRY_CODES.map((c) => ({ value: c, label: label(COUNTRY_LABELS, c) }))}
        value={country}
        onChange={setCountry}
        emptyLabel={t('dashboard.allCountries')}
      />
      <SelectField<string>
        label={t('dashboard.organization')}
        choices={organizations.map((o) => ({ value: o.id, label: o.name }))}
        value={organizationId}
        onChange={setOrganizationId}
        emptyLabel={t('dashboard.allOrganizations')}
      />
      {error && <p role="alert">{errorMessage(t, error)}</p>}
      {!figures ? (
        loading && <p className="loading">{t('shell.loading')}</p>
      ) : (
        <>
          <ul className="totals" aria-label={t('dashboard.totals')}>
            <li>
              <strong>{figures.totals.openDemands}</strong> {t('dashboard.openDemands')}
            </li>
            <li>
              <strong>{figures.totals.supporters}</strong> {t('dashboard.supporters')}
            </li>
            <li>
              <strong>
                {figures.totals.seatsUsed} / {figures.totals.seats}
              </strong>{' '}
              {t('dashboard.seatsUsed')}
            </li>
          </ul>

          <h2>{t('dashboard.demandSupplyTitle')}</h2>
          <p className="hint">{t('dashboard.demandSupplyLead')}</p>
          <BarTable
            caption={t('dashboard.demandSupplyCaption', { n: Math.min(TOP_CELLS, figures.demandSupply.length) })}
            rowHeading={t('dashboard.needAndLanguage')}
            series={[
              { label: t('dashboard.demand'), tone: 'demand' },
              { label: t('dashboard.supply'), tone: 'supply' },
            ]}
            rows={figures.demandSupply.slice(0, TOP_CELLS).map((c) => ({
              key: `${c.need}-${c.language}`,
              label: `${label(NEED_LABELS, c.need)} · ${languageName(c.language)}`,
              values: [c.demand, c.supply],
            }))}
            empty={t('dashboard.nothingYet')}
          />

          <h2>{t('dashboard.countriesTitle')}</h2>
          <BarTable
            caption={t('dashboard.countriesCaption')}
            rowHeading={t('dashboard.countryHeading')}
            series={[
              { label: t('dashboard.demand'), tone: 'demand' },
              { label: t('dashboard.freeSeats'), tone: 'supply' },
            ]}
            rows={figures.countries.map((c) => ({
              key: c.country,
              label: label(COUNTRY_LABELS, c.country),
              values: [c.openDemands, Math.max(0, c.seats - c.seatsUsed)],
            }))}
            empty={t('dashboard.nothingYet')}
          />

          <h2>{t('dashboard.unmatchedTitle')}</h2>
          {figures.unmatchedRoundAt && (
            <p className="hint">
              {t('dashboard.unmatchedLead', {
                when: new Date(figures.unmatchedRoundAt).toLocaleString(locale, {
                  dateStyle: 'medium',
                  timeStyle: 'short',
                }),
              })}
            </p>
          )}
          <BarTable
            caption={t('dashboard.unmatchedCaption')}
            rowHeading={t('dashboard.reason')}
            series={[{ label: t('dashboard.demands'), tone: 'demand' }]}
            rows={figures.unmatchedReasons.map((r) => ({
              key: r.code,
              label: openDemandReasonLabel(label, r.code),
              values: [r.count],
            }))}
            empty={figures.unmatchedRoundAt ? t('dashboard.noneUnmatched') : t('dashboard.noRoundYet')}
          />

          <h2>{t('dashboard.timeTitle')}</h2>
          <p className="hint">{t('dashboard.timeLead')}</p>
          <BarTable
            caption={t('dashboard.timeCaption')}
            rowHeading={t('dashboard.kind')}
            series={[
              { label: t('dashboard.median'), tone: 'supply' },
              { label: t('dashboard.p90'), tone: 'demand' },
            ]}
            rows={figures.timeToMatch
              .filter((row) => row.matched > 0)
              .map((row) => ({
                key: row.kind ?? 'ALL',
                label: `${row.kind ? label(SUPPORT_KIND_LABELS, row.kind) : t('dashboard.allKinds')} (${t('dashboard.matchedCount', { n: row.matched })})`,
                values: [row.medianHours ?? null, row.p90Hours ?? null],
                format: wait,
              }))}
            empty={t('dashboard.noMatchesYet')}
          />

          <h2>{t('dashboard.capacityTitle')}</h2>
          <BarTable
            caption={t('dashboard.capacityCaption')}
            rowHeading={t('dashboard.countryHeading')}
            series={[{ label: t('dashboard.percentUsed'), tone: 'used' }]}
            max={100}
            rows={figures.countries
              .filter((c) => c.seats > 0)
              .map((c) => ({
                key: c.country,
                label: `${label(COUNTRY_LABELS, c.country)} (${t('dashboard.seatsOf', { used: c.seatsUsed, seats: c.seats })})`,
                values: [Math.round((c.seatsUsed / c.seats) * 100)],
                format: (v: number) => `${v} %`,
              }))}
            empty={t('dashboard.nothingYet')}
          />

          <FeedbackFigures figures={figures.feedback} />
        </>
      )}
      <div className="actions">
        <AppLink className="button" to="/coordinator">
          {t('dashboard.toRound')}
        </AppLink>
        <AppLink className="button" to="/reports">
          {t('reports.title')}
        </AppLink>
      </div>
    </section>
  );
}
