// The directory of the network's member organizations: what each offers, where, in which languages, and
// how to reach it. Readable without an account, so that a woman can find help before signing up.
import {
  COUNTRY_LABELS,
  LANGUAGE_LABELS,
  LANGUAGES,
  NEED_CODES,
  NEED_LABELS,
  NETWORK_COUNTRY_CODES,
  SUPPORT_KIND_LABELS,
  SUPPORT_KINDS,
  type CountryCode,
  type LanguageCode,
  type Need,
  type SupportKind,
} from '@aliadas/shared';
import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors';
import { useLabel } from '../../app/vocabulary';
import { AppLink } from '../../components/AppLink';
import { SelectField } from '../../components/forms';
import type { OrganizationFieldsFragment as Organization } from '../../gql/graphql';
import { ExampleBadge } from './ExampleBadge';
import { OrganizationDirectoryQuery } from './organizations.documents';
import './organizations.css';

const PAGE_SIZE = 10;

export default function OrganizationsPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const [country, setCountry] = useState<CountryCode | ''>('');
  const [language, setLanguage] = useState<LanguageCode | ''>('');
  const [supportKind, setSupportKind] = useState<SupportKind | ''>('');
  const [need, setNeed] = useState<Need | ''>('');
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const [offset, setOffset] = useState(0);

  const { data, loading, error } = useQuery(OrganizationDirectoryQuery, {
    variables: {
      search: search || null,
      country: country || null,
      language: language || null,
      supportKind: supportKind || null,
      need: need || null,
      limit: PAGE_SIZE,
      offset,
    },
  });
  const page = data?.organizationDirectory;

  const filter =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setOffset(0);
    };

  function submit(event: FormEvent) {
    event.preventDefault();
    setSearch(typed.trim());
    setOffset(0);
  }

  return (
    <section aria-labelledby="organizations-title">
      <h1 id="organizations-title">{t('organizations.title')}</h1>
      <p>{t('organizations.lead')}</p>
      <form role="search" aria-label={t('organizations.filters')} onSubmit={submit}>
        <div className="field">
          <label htmlFor="organizations-search">{t('organizations.search')}</label>
          <p className="hint" id="organizations-search-hint">
            {t('organizations.searchHint')}
          </p>
          <input
            id="organizations-search"
            type="search"
            value={typed}
            maxLength={100}
            aria-describedby="organizations-search-hint"
            onChange={(e) => setTyped(e.target.value)}
          />
        </div>
        <SelectField
          label={t('organizations.country')}
          choices={NETWORK_COUNTRY_CODES.map((code) => ({ value: code, label: label(COUNTRY_LABELS, code) }))}
          value={country}
          onChange={filter(setCountry)}
          emptyLabel={t('organizations.anyCountry')}
        />
        <SelectField
          label={t('organizations.language')}
          choices={LANGUAGES.map((l) => ({ value: l.code, label: label(LANGUAGE_LABELS, l.code) }))}
          value={language}
          onChange={filter(setLanguage)}
          emptyLabel={t('organizations.anyLanguage')}
        />
        <SelectField
          label={t('organizations.supportKind')}
          choices={SUPPORT_KINDS.map((code) => ({ value: code, label: label(SUPPORT_KIND_LABELS, code) }))}
          value={supportKind}
          onChange={filter(setSupportKind)}
          emptyLabel={t('organizations.anySupportKind')}
        />
        <SelectField
          label={t('organizations.need')}
          choices={NEED_CODES.map((code) => ({ value: code, label: label(NEED_LABELS, code) }))}
          value={need}
          onChange={filter(setNeed)}
          emptyLabel={t('organizations.anyNeed')}
        />
        <button className="button primary" type="submit">
          {t('organizations.submit')}
        </button>
      </form>

      <div aria-live="polite">
        {error && <p role="alert">{errorMessage(t, error)}</p>}
        {!page ? (
          loading && <p className="loading">{t('shell.loading')}</p>
        ) : (
          <>
            <p className="hint">{t('organizations.found', { count: page.total })}</p>
            {page.items.length === 0 && <p>{t('organizations.none')}</p>}
          </>
        )}
      </div>
      {page && page.items.length > 0 && (
        <ul className="cards">
          {page.items.map((organization) => (
            <OrganizationCard key={organization.id} organization={organization} />
          ))}
        </ul>
      )}
      {page && page.total > PAGE_SIZE && (
        <nav className="pager" aria-label={t('organizations.pages')}>
          <button
            className="button"
            type="button"
            disabled={offset === 0}
            onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
          >
            {t('organizations.previous')}
          </button>
          <span>
            {t('organizations.page', {
              page: Math.floor(offset / PAGE_SIZE) + 1,
              pages: Math.ceil(page.total / PAGE_SIZE),
            })}
          </span>
          <button
            className="button"
            type="button"
            disabled={offset + PAGE_SIZE >= page.total}
            onClick={() => setOffset(offset + PAGE_SIZE)}
          >
            {t('organizations.next')}
          </button>
        </nav>
      )}
    </section>
  );
}

function OrganizationCard({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const label = useLabel();
  return (
    <li className="card organization-card">
      <h2>
        {organization.name} {organization.isExample && <ExampleBadge />}
      </h2>
      <p className="organization-meta">
        <span>{organization.countries.map((code) => label(COUNTRY_LABELS, code)).join(', ')}</span>
        <span>
          {t('organizations.languages')}:{' '}
          {organization.languages.map((code) => label(LANGUAGE_LABELS, code as LanguageCode)).join(', ')}
        </span>
      </p>
      <p>{organization.description}</p>
      {organization.services.length > 0 && (
        <ul className="offers" aria-label={t('organizations.offers')}>
          {organization.services.map((kind) => (
            <li key={kind}>{label(SUPPORT_KIND_LABELS, kind)}</li>
          ))}
        </ul>
      )}
      <AppLink className="button" to={`/organizations/${organization.id}`}>
        {t('organizations.open', { name: organization.name })}
      </AppLink>
    </li>
  );
}
