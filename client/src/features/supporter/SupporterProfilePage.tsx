// The mentor's or adviser's profile: what she helps with, in which languages and laws, how many
// people she can accompany, and when.
import {
  BUSINESS_STAGE_LABELS,
  BUSINESS_STAGES,
  COUNTRY_LABELS,
  JURISDICTION_BOUND_KINDS,
  MODALITIES,
  MODALITY_LABELS,
  NEED_LABELS,
  NEEDS,
  NETWORK_COUNTRY_CODES,
  SECTOR_LABELS,
  SECTORS,
  SUPPORT_KIND_LABELS,
  SUPPORT_KINDS,
  SUPPORTER_CAPACITY,
  type BusinessStage,
  type CountryCode,
  type Modality,
  type Need,
  type Sector,
  type SupportKind,
} from '@aliadas/shared';
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors';
import { RequireSignedIn } from '../../app/RequireSignedIn';
import { MeQuery } from '../../app/session.documents';
import { useLabel } from '../../app/vocabulary';
import { partsFor, slotsFor, timeZoneOf, WEEK_PARTS, type WeekPart } from '../../components/availability';
import { CheckboxGroup, FormError, Notice, SelectField, TextField } from '../../components/forms';
import { LanguagesField, type LanguageChoice } from '../../components/LanguagesField';
import {
  MySupporterProfileQuery,
  SaveSupporterProfileMutation,
  SetSupporterActiveMutation,
} from './supporter.documents';

interface Answers {
  supportKinds: SupportKind[];
  needs: Need[];
  jurisdictions: CountryCode[];
  languages: LanguageChoice[];
  country: CountryCode | '';
  city: string;
  capacity: number;
  modalities: Modality[];
  weekParts: WeekPart[];
  sectors: Sector[];
  businessStages: BusinessStage[];
  bio: string;
}

export default function SupporterProfilePage() {
  return (
    <RequireSignedIn roles={['MENTOR', 'ADVISER']}>{(me) => <SupporterProfileForm roles={me.roles} />}</RequireSignedIn>
  );
}

function SupporterProfileForm({ roles }: { roles: readonly string[] }) {
  const { t } = useTranslation();
  const label = useLabel();
  const { data, loading } = useQuery(MySupporterProfileQuery, { fetchPolicy: 'network-only' });
  const [save, saving] = useMutation(SaveSupporterProfileMutation, {
    refetchQueries: [MeQuery, MySupporterProfileQuery],
  });
  const [setActive, pausing] = useMutation(SetSupporterActiveMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  // A mentor offers mentoring; an adviser the kinds of advice. Someone with both roles sees all.
  const offered = SUPPORT_KINDS.filter((k) => (k === 'MENTOR' ? roles.includes('MENTOR') : roles.includes('ADVISER')));
  const [answers, setAnswers] = useState<Answers>(() => ({
    supportKinds: offered.length === 1 ? [...offered] : [],
    needs: [],
    jurisdictions: [],
    languages: [],
    country: '',
    city: '',
    capacity: 2,
    modalities: ['CHAT'],
    weekParts: [],
    sectors: [],
    businessStages: [],
    bio: '',
  }));

  const saved = data?.me?.supporterProfile;
  useEffect(() => {
    if (!saved) return;
    setAnswers({
      supportKinds: [...saved.supportKinds],
      needs: [...saved.needs],
      jurisdictions: [...saved.jurisdictions],
      languages: saved.languages.map((l) => ({ language: l.language as LanguageChoice['language'], level: l.level })),
      country: saved.country,
      city: saved.city,
      capacity: saved.capacity,
      modalities: [...saved.modalities],
      weekParts: partsFor(saved.availability.slots),
      sectors: [...saved.sectors],
      businessStages: [...saved.businessStages],
      bio: saved.bio ?? '',
    });
  }, [saved]);

  const set =
    <K extends keyof Answers>(key: K) =>
    (value: Answers[K]) => {
      setDone(false);
      setAnswers((a) => ({ ...a, [key]: value }));
    };
  const servable = NEEDS.filter((n) => n.kinds.some((k) => answers.supportKinds.includes(k)));
  const bound = answers.supportKinds.some((k) => JURISDICTION_BOUND_KINDS.includes(k));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    if (
      answers.supportKinds.length === 0 ||
      answers.languages.length === 0 ||
      !answers.country ||
      !answers.city.trim()
    ) {
      setProblem(t('supporter.incomplete'));
      return;
    }
    setProblem(null);
    const country = answers.country;
    try {
      await save({
        variables: {
          input: {
            supportKinds: answers.supportKinds,
            needs: answers.needs.filter((n) => servable.some((s) => s.code === n)),
            jurisdictions: bound ? answers.jurisdictions : [],
            languages: answers.languages,
            country,
            city: answers.city.trim(),
            capacity: answers.capacity,
            modalities: answers.modalities,
            availability: { timeZone: timeZoneOf(country), slots: slotsFor(answers.weekParts) },
            sectors: answers.sectors,
            businessStages: answers.businessStages,
            bio: answers.bio.trim() || null,
          },
        },
      });
      setDone(true);
    } catch (error) {
      setProblem(errorMessage(t, error));
    }
  }

  if (loading && !data) return <p className="loading">{t('shell.loading')}</p>;

  return (
    <section aria-labelledby="supporter-title">
      <h1 id="supporter-title">{t('supporter.title')}</h1>
      <p>{t('supporter.lead')}</p>
      {saved && !saved.verified && answers.supportKinds.some((k) => k !== 'MENTOR') && (
        <Notice>{t('supporter.awaitingVerification')}</Notice>
      )}
      <form onSubmit={(e) => void submit(e)}>
        {offered.length > 1 && (
          <CheckboxGroup<SupportKind>
            legend={t('supporter.kinds')}
            name="supportKinds"
            selected={answers.supportKinds}
            onChange={set('supportKinds')}
            choices={offered.map((k) => ({ value: k, label: label(SUPPORT_KIND_LABELS, k) }))}
          />
        )}
        <CheckboxGroup<Need>
          legend={t('supporter.needs')}
          name="needs"
          selected={answers.needs}
          onChange={set('needs')}
          choices={servable.map((n) => ({ value: n.code, label: label(NEED_LABELS, n.code), icon: n.icon }))}
        />
        {bound && (
          <CheckboxGroup<CountryCode>
            legend={t('supporter.jurisdictions')}
            hint={t('supporter.jurisdictionsHint')}
            name="jurisdictions"
            selected={answers.jurisdictions}
            onChange={set('jurisdictions')}
            choices={NETWORK_COUNTRY_CODES.map((c) => ({ value: c, label: label(COUNTRY_LABELS, c) }))}
          />
        )}
        <LanguagesField legend={t('supporter.languages')} value={answers.languages} onChange={set('languages')} />
        <SelectField<CountryCode>
          label={t('supporter.country')}
          choices={NETWORK_COUNTRY_CODES.map((c) => ({ value: c, label: label(COUNTRY_LABELS, c) }))}
          value={answers.country}
          onChange={set('country')}
          emptyLabel={t('shell.choose')}
          required
        />
        <TextField
          label={t('supporter.city')}
          value={answers.city}
          onChange={(e) => set('city')(e.target.value)}
          maxLength={80}
          required
        />
        <TextField
          label={t('supporter.capacity')}
          hint={t('supporter.capacityHint', { min: SUPPORTER_CAPACITY.min, max: SUPPORTER_CAPACITY.max })}
          type="number"
          inputMode="numeric"
          min={SUPPORTER_CAPACITY.min}
          max={SUPPORTER_CAPACITY.max}
          value={answers.capacity}
          onChange={(e) => set('capacity')(Number(e.target.value))}
          required
        />
        <CheckboxGroup<Modality>
          legend={t('supporter.modalities')}
          name="modalities"
          selected={answers.modalities}
          onChange={set('modalities')}
          choices={MODALITIES.map((m) => ({ value: m, label: label(MODALITY_LABELS, m) }))}
        />
        <CheckboxGroup<WeekPart>
          legend={t('supporter.when')}
          name="weekParts"
          selected={answers.weekParts}
          onChange={set('weekParts')}
          choices={WEEK_PARTS.map((p) => ({ value: p, label: t(`weekParts.${p}`) }))}
        />
        {answers.supportKinds.includes('MENTOR') && (
          <>
            <CheckboxGroup<Sector>
              legend={t('supporter.sectors')}
              name="sectors"
              selected={answers.sectors}
              onChange={set('sectors')}
              choices={SECTORS.map((s) => ({ value: s, label: label(SECTOR_LABELS, s) }))}
            />
            <CheckboxGroup<BusinessStage>
              legend={t('supporter.stages')}
              name="businessStages"
              selected={answers.businessStages}
              onChange={set('businessStages')}
              choices={BUSINESS_STAGES.map((s) => ({ value: s, label: label(BUSINESS_STAGE_LABELS, s) }))}
            />
          </>
        )}
        <TextField
          label={t('supporter.bio')}
          value={answers.bio}
          onChange={(e) => set('bio')(e.target.value)}
          maxLength={1000}
        />
        <FormError message={problem} />
        {done && <Notice>{t('supporter.saved')}</Notice>}
        <button className="button primary" type="submit" disabled={saving.loading}>
          {saving.loading ? t('shell.saving') : t('supporter.save')}
        </button>
      </form>
      {saved && (
        <div className="card">
          <h2>{saved.active ? t('supporter.takingPeople') : t('supporter.paused')}</h2>
          <p className="hint">{t('supporter.pauseHint')}</p>
          <button
            className="button"
            type="button"
            disabled={pausing.loading}
            onClick={() =>
              void setActive({ variables: { active: !saved.active } }).catch((error: unknown) =>
                setProblem(errorMessage(t, error)),
              )
            }
          >
            {saved.active ? t('supporter.pause') : t('supporter.resume')}
          </button>
        </div>
      )}
    </section>
  );
}
