// Workshops: upcoming sessions on training topics, filtered by language, topic, modality and country;
// her own sign-ups for entrepreneurs; the ones she gives and a publish form for mentors and coordinators.
import {
  COUNTRY_LABELS,
  LANGUAGE_LABELS,
  LANGUAGES,
  NEED_CODES,
  NEED_LABELS,
  NETWORK_COUNTRY_CODES,
  WORKSHOP_MODALITIES,
  type CountryCode,
  type LanguageCode,
  type Need,
  type WorkshopModality,
} from '@aliadas/shared';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors';
import { RequireSignedIn } from '../../app/RequireSignedIn';
import { useGo } from '../../app/navigation';
import type { Me } from '../../app/session';
import { useLabel } from '../../app/vocabulary';
import { Notice, SelectField } from '../../components/forms';
import { WorkshopCard } from './WorkshopCard';
import { WorkshopForm } from './WorkshopForm';
import { MyWorkshopsQuery, OrganizedWorkshopsQuery, UpcomingWorkshopsQuery } from './workshops.documents';
import './workshops.css';

const PAGE_SIZE = 10;

export default function WorkshopsPage() {
  return <RequireSignedIn>{(me) => <Workshops me={me} />}</RequireSignedIn>;
}

function Workshops({ me }: { me: Me }) {
  const { t } = useTranslation();
  const label = useLabel();
  const go = useGo();
  const entrepreneur = me.roles.includes('ENTREPRENEUR');
  const publisher = me.roles.includes('MENTOR') || me.roles.includes('COORDINATOR');
  const [language, setLanguage] = useState<LanguageCode | ''>('');
  const [topic, setTopic] = useState<Need | ''>('');
  const [modality, setModality] = useState<WorkshopModality | ''>('');
  const [country, setCountry] = useState<CountryCode | ''>('');
  const [offset, setOffset] = useState(0);
  const [publishing, setPublishing] = useState(false);

  const { data, loading, error } = useQuery(UpcomingWorkshopsQuery, {
    variables: {
      language: language || null,
      topic: topic || null,
      modality: modality || null,
      country: country || null,
      limit: PAGE_SIZE,
      offset,
    },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.upcomingWorkshops;
  const filter =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setOffset(0);
    };

  return (
    <section aria-labelledby="workshops-title">
      <h1 id="workshops-title">{t('workshops.title')}</h1>
      <p>{t('workshops.lead')}</p>

      {entrepreneur && <MyWorkshops />}
      {publisher && (
        <>
          {publishing ? (
            <WorkshopForm
              workshop={null}
              onDone={(saved) => {
                setPublishing(false);
                if (saved) go(`/workshops/${saved.id}`);
              }}
            />
          ) : (
            <div className="actions">
              <button className="button primary" type="button" onClick={() => setPublishing(true)}>
                {t('workshops.publish')}
              </button>
            </div>
          )}
          <OrganizedWorkshops />
        </>
      )}

      <h2>{t('workshops.upcoming')}</h2>
      <form role="search" aria-label={t('workshops.filters')} onSubmit={(e) => e.preventDefault()}>
        <SelectField<LanguageCode>
          label={t('workshops.language')}
          choices={LANGUAGES.map((l) => ({ value: l.code, label: label(LANGUAGE_LABELS, l.code) }))}
          value={language}
          onChange={filter(setLanguage)}
          emptyLabel={t('workshops.anyLanguage')}
        />
        <SelectField<Need>
          label={t('workshops.topic')}
          choices={NEED_CODES.map((code) => ({ value: code, label: label(NEED_LABELS, code) }))}
          value={topic}
          onChange={filter(setTopic)}
          emptyLabel={t('workshops.anyTopic')}
        />
        <SelectField<WorkshopModality>
          label={t('workshops.modality')}
          choices={WORKSHOP_MODALITIES.map((m) => ({ value: m, label: t(`workshops.modalities.${m}`) }))}
          value={modality}
          onChange={filter(setModality)}
          emptyLabel={t('workshops.anyModality')}
        />
        <SelectField<CountryCode>
          label={t('workshops.country')}
          choices={NETWORK_COUNTRY_CODES.map((code) => ({ value: code, label: label(COUNTRY_LABELS, code) }))}
          value={country}
          onChange={filter(setCountry)}
          emptyLabel={t('workshops.anyCountry')}
        />
      </form>
      <div aria-live="polite">
        {error && <p role="alert">{errorMessage(t, error)}</p>}
        {!page ? (
          loading && <p className="loading">{t('shell.loading')}</p>
        ) : page.items.length === 0 ? (
          <Notice>{t('workshops.none')}</Notice>
        ) : (
          <>
            <p className="hint">{t('workshops.count', { count: page.total })}</p>
            <ul className="cards">
              {page.items.map((workshop) => (
                <WorkshopCard key={workshop.id} workshop={workshop} />
              ))}
            </ul>
            <div className="actions">
              {offset > 0 && (
                <button className="button" type="button" onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
                  {t('workshops.previous')}
                </button>
              )}
              {offset + PAGE_SIZE < page.total && (
                <button className="button" type="button" onClick={() => setOffset(offset + PAGE_SIZE)}>
                  {t('workshops.next')}
                </button>
              )}
            </div>
          </>
        )}
      </div>
    </section>
  );
}

function MyWorkshops() {
  const { t } = useTranslation();
  const { data } = useQuery(MyWorkshopsQuery, { fetchPolicy: 'cache-and-network' });
  const mine = data?.myWorkshops ?? [];
  return (
    <>
      <h2>{t('workshops.mine')}</h2>
      {mine.length === 0 ? (
        <p>{t('workshops.noneMine')}</p>
      ) : (
        <ul className="cards">
          {mine.map((workshop) => (
            <WorkshopCard key={workshop.id} workshop={workshop} />
          ))}
        </ul>
      )}
    </>
  );
}

function OrganizedWorkshops() {
  const { t } = useTranslation();
  const { data } = useQuery(OrganizedWorkshopsQuery, { fetchPolicy: 'cache-and-network' });
  const given = data?.organizedWorkshops ?? [];
  if (given.length === 0) return null;
  return (
    <>
      <h2>{t('workshops.organized')}</h2>
      <ul className="cards">
        {given.map((workshop) => (
          <WorkshopCard key={workshop.id} workshop={workshop} />
        ))}
      </ul>
    </>
  );
}
