// The services directory: protection, health, education, legal help, reporting violence, migration
// procedures and financing, by country and language. Readable without an account; coordinators keep it.
import {
  COUNTRY_LABELS,
  LANGUAGE_LABELS,
  LANGUAGES,
  NETWORK_COUNTRY_CODES,
  SERVICE_CATEGORIES,
  SERVICE_CATEGORY_LABELS,
  type CountryCode,
  type LanguageCode,
  type ServiceCategory,
} from '@aliadas/shared';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors';
import { useLabel } from '../../app/vocabulary';
import { FormError, Notice, SelectField } from '../../components/forms';
import type { ServiceEntryFieldsFragment as Entry } from '../../gql/graphql';
import { telHref, useHerCountry } from './country';
import { ExampleBadge } from './ExampleBadge';
import { ServiceForm } from './ServiceForm';
import { ArchiveServiceEntryMutation, ServiceEntriesQuery } from './services.documents';
import './services.css';

const PAGE_SIZE = 10;

export default function ServicesPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const her = useHerCountry();
  const [language, setLanguage] = useState<LanguageCode | ''>('');
  const [category, setCategory] = useState<ServiceCategory | ''>('');
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const [offset, setOffset] = useState(0);
  const [editing, setEditing] = useState<Entry | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const maintainer = her.roles.includes('COORDINATOR') || her.roles.includes('ADMIN');

  const { data, loading, error, refetch } = useQuery(ServiceEntriesQuery, {
    variables: {
      search: search || null,
      country: her.country,
      language: language || null,
      category: category || null,
      limit: PAGE_SIZE,
      offset,
    },
    skip: her.loading,
  });
  const page = data?.serviceEntries;

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
    <section aria-labelledby="services-title">
      <h1 id="services-title">{t('services.title')}</h1>
      <p>{t('services.lead')}</p>
      <form role="search" aria-label={t('services.filters')} onSubmit={submit}>
        <div className="field">
          <label htmlFor="services-search">{t('services.search')}</label>
          <p className="hint" id="services-search-hint">
            {t('services.searchHint')}
          </p>
          <input
            id="services-search"
            type="search"
            value={typed}
            maxLength={100}
            aria-describedby="services-search-hint"
            onChange={(e) => setTyped(e.target.value)}
          />
        </div>
        <SelectField
          label={t('services.country')}
          choices={NETWORK_COUNTRY_CODES.map((code) => ({ value: code, label: label(COUNTRY_LABELS, code) }))}
          value={her.country ?? ''}
          onChange={filter<CountryCode | ''>((next) => her.choose(next || null))}
          emptyLabel={t('services.anyCountry')}
        />
        <SelectField
          label={t('services.language')}
          choices={LANGUAGES.map((l) => ({ value: l.code, label: label(LANGUAGE_LABELS, l.code) }))}
          value={language}
          onChange={filter(setLanguage)}
          emptyLabel={t('services.anyLanguage')}
        />
        <SelectField
          label={t('services.category')}
          choices={SERVICE_CATEGORIES.map((code) => ({ value: code, label: label(SERVICE_CATEGORY_LABELS, code) }))}
          value={category}
          onChange={filter(setCategory)}
          emptyLabel={t('services.anyCategory')}
        />
        <button className="button primary" type="submit">
          {t('services.submit')}
        </button>
      </form>

      {maintainer && editing === null && (
        <div className="actions">
          <button className="button" type="button" onClick={() => setEditing('new')}>
            {t('services.add')}
          </button>
        </div>
      )}
      {maintainer && editing !== null && (
        <ServiceForm
          entry={editing === 'new' ? null : editing}
          defaultCountry={her.country}
          onDone={(saved) => {
            setEditing(null);
            if (saved) {
              setNotice(t('services.form.saved'));
              void refetch();
            }
          }}
        />
      )}
      {notice && <Notice>{notice}</Notice>}

      <div aria-live="polite">
        {error && <p role="alert">{errorMessage(t, error)}</p>}
        {!page ? (
          loading && <p className="loading">{t('shell.loading')}</p>
        ) : (
          <>
            <p className="hint">{t('services.found', { count: page.total })}</p>
            {page.items.length === 0 && <p>{t('services.none')}</p>}
          </>
        )}
      </div>
      {page && page.items.length > 0 && (
        <ul className="cards">
          {page.items.map((entry) => (
            <ServiceCard
              key={entry.id}
              entry={entry}
              maintainer={maintainer}
              onEdit={() => setEditing(entry)}
              onArchived={() => {
                setNotice(t('services.archived'));
                void refetch();
              }}
            />
          ))}
        </ul>
      )}
      {page && page.total > PAGE_SIZE && (
        <nav className="pager" aria-label={t('services.pages')}>
          <button
            className="button"
            type="button"
            disabled={offset === 0}
            onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
          >
            {t('services.previous')}
          </button>
          <span>
            {t('services.page', {
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
            {t('services.next')}
          </button>
        </nav>
      )}
    </section>
  );
}

function ServiceCard({
  entry,
  maintainer,
  onEdit,
  onArchived,
}: {
  entry: Entry;
  maintainer: boolean;
  onEdit: () => void;
  onArchived: () => void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const [archive, { loading }] = useMutation(ArchiveServiceEntryMutation);
  const [problem, setProblem] = useState<string | null>(null);

  async function remove() {
    if (!window.confirm(t('services.archiveConfirm', { name: entry.name }))) return;
    setProblem(null);
    try {
      await archive({ variables: { id: entry.id } });
      onArchived();
    } catch (error) {
      setProblem(errorMessage(t, error));
    }
  }

  return (
    <li className="card service-card">
      <h2>
        {entry.name} {entry.isExample && <ExampleBadge />}{' '}
        {entry.emergency && <span className="badge emergency">{t('services.emergency')}</span>}
      </h2>
      <p className="service-meta">
        <span>{label(SERVICE_CATEGORY_LABELS, entry.category)}</span>
        <span>{label(COUNTRY_LABELS, entry.country)}</span>
        <span>
          {t('services.languages')}:{' '}
          {entry.languages.map((code) => label(LANGUAGE_LABELS, code as LanguageCode)).join(', ')}
        </span>
      </p>
      <p>{entry.description}</p>
      {(entry.address || entry.hours || entry.website) && (
        <dl>
          {entry.address && (
            <>
              <dt>{t('services.address')}</dt>
              <dd>{entry.address}</dd>
            </>
          )}
          {entry.hours && (
            <>
              <dt>{t('services.hours')}</dt>
              <dd>{entry.hours}</dd>
            </>
          )}
          {entry.website && (
            <>
              <dt>{t('services.website')}</dt>
              <dd>
                <a href={entry.website} rel="noopener noreferrer nofollow" target="_blank">
                  {entry.website}
                </a>
              </dd>
            </>
          )}
        </dl>
      )}
      {entry.phone && (
        <a className="button call" href={telHref(entry.phone)}>
          <span aria-hidden="true">📞 </span>
          {t('services.call', { phone: entry.phone })}
        </a>
      )}
      {maintainer && (
        <div className="actions">
          <button className="button" type="button" onClick={onEdit}>
            {t('services.edit')}
          </button>
          <button className="button" type="button" disabled={loading} onClick={() => void remove()}>
            {t('services.archive')}
          </button>
        </div>
      )}
      <FormError message={problem} />
    </li>
  );
}
