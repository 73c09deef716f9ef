// Peer circles: groups by language, country or sector, each kept by a moderator. She filters, joins,
// opens a circle's conversation and leaves; coordinators create and archive circles here too.
import {
  CIRCLE_DESCRIPTION_MAX_LENGTH,
  CIRCLE_MEMBER_ROLES,
  CIRCLE_MEMBER_MAX,
  CIRCLE_NAME_MAX_LENGTH,
  COUNTRY_LABELS,
  LANGUAGE_LABELS,
  LANGUAGES,
  NETWORK_COUNTRY_CODES,
  ROLE_LABELS,
  SECTOR_LABELS,
  SECTORS,
  type CountryCode,
  type LanguageCode,
  type Sector,
} from '@aliadas/shared';
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors';
import { RequireSignedIn } from '../../app/RequireSignedIn';
import type { Me } from '../../app/session';
import { useLabel } from '../../app/vocabulary';
import { AppLink } from '../../components/AppLink';
import { FormError, Notice, SelectField } from '../../components/forms';
import type { CircleFieldsFragment as Circle } from '../../gql/graphql';
import {
  AppointCircleModeratorMutation,
  ArchiveCircleMutation,
  CircleModeratorCandidatesQuery,
  CirclesQuery,
  CreateCircleMutation,
  JoinCircleMutation,
  LeaveCircleMutation,
} from './circles.documents';
import './circles.css';

const PAGE_SIZE = 20;

export default function CirclesPage() {
  return <RequireSignedIn>{(me) => <Circles me={me} />}</RequireSignedIn>;
}

function Circles({ me }: { me: Me }) {
  const { t } = useTranslation();
  const label = useLabel();
  const [language, setLanguage] = useState<LanguageCode | ''>('');
  const [country, setCountry] = useState<CountryCode | ''>('');
  const [sector, setSector] = useState<Sector | ''>('');
  const [mine, setMine] = useState(false);
  const [offset, setOffset] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const staff = me.roles.includes('COORDINATOR') || me.roles.includes('ADMIN');
  const member = me.roles.some((r) => r === 'ENTREPRENEUR' || r === 'MENTOR' || r === 'ADVISER');

  const { data, loading, error, refetch } = useQuery(CirclesQuery, {
    variables: {
      language: language || null,
      country: country || null,
      sector: sector || null,
      mine,
      limit: PAGE_SIZE,
      offset,
    },
    fetchPolicy: 'cache-and-network',
  });
  const [join, joining] = useMutation(JoinCircleMutation);
  const [leave, leaving] = useMutation(LeaveCircleMutation);
  const [archive] = useMutation(ArchiveCircleMutation);
  const circles = data?.circles ?? [];

  const filter =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setOffset(0);
    };

  async function run(action: () => Promise<unknown>, done: string) {
    setProblem(null);
    setNotice(null);
    try {
      await action();
      setNotice(done);
      await refetch();
    } catch (caught) {
      setProblem(errorMessage(t, caught));
    }
  }

  return (
    <section aria-labelledby="circles-title" className="circles">
      <h1 id="circles-title">{t('circles.title')}</h1>
      <p className="lead">{t('circles.lead')}</p>
      <form className="circle-filters" aria-label={t('circles.filters')} onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label={t('circles.language')}
          choices={LANGUAGES.map((l) => ({ value: l.code, label: label(LANGUAGE_LABELS, l.code) }))}
          value={language}
          onChange={filter(setLanguage)}
          emptyLabel={t('circles.anyLanguage')}
        />
        <SelectField
          label={t('circles.country')}
          choices={NETWORK_COUNTRY_CODES.map((code) => ({ value: code, label: label(COUNTRY_LABELS, code) }))}
          value={country}
          onChange={filter(setCountry)}
          emptyLabel={t('circles.anyCountry')}
        />
        <SelectField
          label={t('circles.sector')}
          choices={SECTORS.map((code) => ({ value: code, label: label(SECTOR_LABELS, code) }))}
          value={sector}
          onChange={filter(setSector)}
          emptyLabel={t('circles.anySector')}
        />
        <div className="field checkbox">
          <label>
            <input type="checkbox" checked={mine} onChange={(e) => filter(setMine)(e.target.checked)} />{' '}
            {t('circles.onlyMine')}
          </label>
        </div>
      </form>

      {notice && <Notice>{notice}</Notice>}
      <FormError message={problem} />

      {staff &&
        (creating ? (
          <CircleForm
            onDone={(created) => {
              setCreating(false);
              if (created) void run(() => Promise.resolve(), t('circles.created'));
            }}
          />
        ) : (
          <button type="button" className="button" onClick={() => setCreating(true)}>
            {t('circles.create')}
          </button>
        ))}

      {loading && !data ? (
        <p className="loading">{t('shell.loading')}</p>
      ) : error && !data ? (
        <p role="alert">{errorMessage(t, error)}</p>
      ) : circles.length === 0 ? (
        <p>{t('circles.none')}</p>
      ) : (
        <ul className="circle-list">
          {circles.map((circle) => (
            <li key={circle.id} className="card circle" aria-labelledby={`circle-${circle.id}`}>
              <h2 id={`circle-${circle.id}`}>{circle.name}</h2>
              <p className="circle-focus">{focusOf(circle, label)}</p>
              <p>{circle.description}</p>
              <p className="circle-meta">
                {circle.memberCap
                  ? t('circles.membersOfCap', { n: circle.memberCount, cap: circle.memberCap })
                  : t('circles.members', { n: circle.memberCount })}
                {circle.moderator && <> · {t('circles.moderatedBy', { name: circle.moderator.displayName })}</>}
              </p>
              <div className="actions">
                {circle.joined && circle.conversationId ? (
                  <>
                    <AppLink className="button primary" to={`/chat/${circle.conversationId}`}>
                      {t('circles.open')}
                    </AppLink>
                    {!circle.moderating && (
                      <button
                        type="button"
                        className="button"
                        disabled={leaving.loading}
                        onClick={() =>
                          void run(
                            () => leave({ variables: { id: circle.id } }),
                            t('circles.left', { name: circle.name }),
                          )
                        }
                      >
                        {t('circles.leave')}
                      </button>
                    )}
                  </>
                ) : member ? (
                  circle.full ? (
                    <span className="circle-full">{t('circles.full')}</span>
                  ) : (
                    <button
                      type="button"
                      className="button primary"
                      disabled={joining.loading}
                      onClick={() =>
                        void run(
                          () => join({ variables: { id: circle.id } }),
                          t('circles.joined', { name: circle.name }),
                        )
                      }
                    >
                      {t('circles.join')}
                    </button>
                  )
                ) : null}
                {staff && (
                  <ModeratorPicker
                    circleId={circle.id}
                    onDone={(name) => void run(() => Promise.resolve(), t('circles.moderatorChosen', { name }))}
                  />
                )}
                {staff && (
                  <button
                    type="button"
                    className="button"
                    onClick={() =>
                      void run(
                        () => archive({ variables: { id: circle.id } }),
                        t('circles.archived', { name: circle.name }),
                      )
                    }
                  >
                    {t('circles.archive')}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        {offset > 0 && (
          <button type="button" className="button" onClick={() => setOffset(Math.max(offset - PAGE_SIZE, 0))}>
            {t('circles.previous')}
          </button>
        )}
        {circles.length === PAGE_SIZE && (
          <button type="button" className="button" onClick={() => setOffset(offset + PAGE_SIZE)}>
            {t('circles.next')}
          </button>
        )}
      </div>
    </section>
  );
}

function focusOf(circle: Circle, label: ReturnType<typeof useLabel>): string {
  return [
    circle.language && circle.language in LANGUAGE_LABELS
      ? label(LANGUAGE_LABELS, circle.language as LanguageCode)
      : null,
    circle.country ? label(COUNTRY_LABELS, circle.country) : null,
    circle.sector ? label(SECTOR_LABELS, circle.sector) : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

type MemberRole = (typeof CIRCLE_MEMBER_ROLES)[number];

/** Staff choose the moderator among the entrepreneurs, mentors or advisers, loaded only when asked for. */
function ModeratorPicker({ circleId, onDone }: { circleId: string; onDone: (name: string) => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const [role, setRole] = useState<MemberRole | ''>('');
  const [userId, setUserId] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [load, { data, loading }] = useLazyQuery(CircleModeratorCandidatesQuery);
  const [appoint, appointing] = useMutation(AppointCircleModeratorMutation);
  const people = data?.people ?? [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!userId) return;
    setProblem(null);
    try {
      await appoint({ variables: { circleId, userId } });
      onDone(people.find((p) => p.id === userId)?.displayName ?? '');
    } catch (caught) {
      setProblem(errorMessage(t, caught));
    }
  }

  return (
    <details className="moderator-picker">
      <summary>{t('circles.chooseModerator')}</summary>
      <form onSubmit={(e) => void submit(e)}>
        <SelectField
          label={t('circles.moderatorRole')}
          choices={CIRCLE_MEMBER_ROLES.map((r) => ({ value: r, label: label(ROLE_LABELS, r) }))}
          value={role}
          onChange={(next) => {
            setRole(next);
            setUserId('');
            if (next) void load({ variables: { role: next } });
          }}
          emptyLabel={t('shell.choose')}
        />
        {role && (
          <SelectField
            label={t('circles.moderatorPerson')}
            choices={people.map((p) => ({ value: p.id, label: p.displayName }))}
            value={userId}
            onChange={setUserId}
            emptyLabel={loading ? t('shell.loading') : t('shell.choose')}
          />
        )}
        <FormError message={problem} />
        <button type="submit" className="button" disabled={!userId || appointing.loading}>
          {t('circles.appoint')}
        </button>
      </form>
    </details>
  );
}

function CircleForm({ onDone }: { onDone: (created: boolean) => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const id = useId();
  const [create, creating] = useMutation(CreateCircleMutation);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [language, setLanguage] = useState<LanguageCode | ''>('');
  const [country, setCountry] = useState<CountryCode | ''>('');
  const [sector, setSector] = useState<Sector | ''>('');
  const [cap, setCap] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    try {
      await create({
        variables: {
          input: {
            name,
            description,
            language: language || null,
            country: country || null,
            sector: sector || null,
            memberCap: cap ? Number(cap) : null,
          },
        },
      });
      onDone(true);
    } catch (caught) {
      setProblem(errorMessage(t, caught));
    }
  }

  return (
    <form className="card circle-form" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('circles.create')}</h2>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('circles.name')}</label>
        <input
          id={`${id}-name`}
          required
          maxLength={CIRCLE_NAME_MAX_LENGTH}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-description`}>{t('circles.description')}</label>
        <textarea
          id={`${id}-description`}
          required
          rows={3}
          maxLength={CIRCLE_DESCRIPTION_MAX_LENGTH}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
      </div>
      <p className="hint">{t('circles.focusHint')}</p>
      <SelectField
        label={t('circles.language')}
        choices={LANGUAGES.map((l) => ({ value: l.code, label: label(LANGUAGE_LABELS, l.code) }))}
        value={language}
        onChange={setLanguage}
        emptyLabel={t('circles.anyLanguage')}
      />
      <SelectField
        label={t('circles.country')}
        choices={NETWORK_COUNTRY_CODES.map((code) => ({ value: code, label: label(COUNTRY_LABELS, code) }))}
        value={country}
        onChange={setCountry}
        emptyLabel={t('circles.anyCountry')}
      />
      <SelectField
        label={t('circles.sector')}
        choices={SECTORS.map((code) => ({ value: code, label: label(SECTOR_LABELS, code) }))}
        value={sector}
        onChange={setSector}
        emptyLabel={t('circles.anySector')}
      />
      <div className="field">
        <label htmlFor={`${id}-cap`}>{t('circles.cap')}</label>
        <input
          id={`${id}-cap`}
          type="number"
          inputMode="numeric"
          min={2}
          max={CIRCLE_MEMBER_MAX}
          value={cap}
          onChange={(e) => setCap(e.target.value)}
        />
      </div>
      <FormError message={problem} />
      <div className="actions">
        <button type="submit" className="button primary" disabled={creating.loading}>
          {t('circles.save')}
        </button>
        <button type="button" className="button" onClick={() => onDone(false)}>
          {t('circles.cancel')}
        </button>
      </div>
    </form>
  );
}
