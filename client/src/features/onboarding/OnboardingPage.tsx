// The entrepreneur's first steps, one short question at a time, in plain words. Saved as her profile.
import {
  BUSINESS_STAGE_LABELS,
  BUSINESS_STAGES,
  COUNTRIES,
  COUNTRY_LABELS,
  MODALITIES,
  MODALITY_LABELS,
  SECTOR_LABELS,
  SECTORS,
  type BusinessStage,
  type CountryCode,
  type Modality,
  type Sector,
} from '@aliadas/shared';
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors';
import { useGo } from '../../app/navigation';
import { RequireSignedIn } from '../../app/RequireSignedIn';
import { useLabel, useLocale } from '../../app/vocabulary';
import { partsFor, slotsFor, timeZoneOf, WEEK_PARTS, type WeekPart } from '../../components/availability';
import { CheckboxGroup, FormError, RadioGroup, SelectField, TextField } from '../../components/forms';
import { LanguagesField, type LanguageChoice } from '../../components/LanguagesField';
import { MeQuery } from '../../app/session.documents';
import { MyEntrepreneurProfileQuery, SaveEntrepreneurProfileMutation } from './onboarding.documents';

const STEPS = ['languages', 'place', 'business', 'talk'] as const;
type Step = (typeof STEPS)[number];

const MODALITY_ICONS: Record<Modality, string> = { CHAT: '💬', CALL: '📞', IN_PERSON: '🧍‍♀️' };
const STAGE_ICONS: Record<BusinessStage, string> = { IDEA: '💡', STARTING: '🌱', RUNNING: '🏪', GROWING: '📈' };

interface Answers {
  languages: LanguageChoice[];
  countryOfResidence: CountryCode | '';
  city: string;
  countryOfOrigin: CountryCode | '';
  businessStage: BusinessStage | null;
  sector: Sector | '';
  businessDescription: string;
  modalities: Modality[];
  weekParts: WeekPart[];
}

export default function OnboardingPage() {
  return <RequireSignedIn roles={['ENTREPRENEUR']}>{() => <Onboarding />}</RequireSignedIn>;
}

function Onboarding() {
  const { t } = useTranslation();
  const label = useLabel();
  const locale = useLocale();
  const go = useGo();
  const { data, loading } = useQuery(MyEntrepreneurProfileQuery, { fetchPolicy: 'network-only' });
  const [save, saving] = useMutation(SaveEntrepreneurProfileMutation, { refetchQueries: [MeQuery] });
  const [step, setStep] = useState<Step>('languages');
  const [problem, setProblem] = useState<string | null>(null);
  const [answers, setAnswers] = useState<Answers>(() => ({
    languages: [{ language: locale, level: 'NATIVE' }],
    countryOfResidence: '',
    city: '',
    countryOfOrigin: '',
    businessStage: null,
    sector: '',
    businessDescription: '',
    modalities: ['CHAT'],
    weekParts: [],
  }));
  const heading = useRef<HTMLHeadingElement>(null);

  const saved = data?.me?.entrepreneurProfile;
  useEffect(() => {
    if (!saved) return;
    setAnswers({
      languages: saved.languages.map((l) => ({ language: l.language as LanguageChoice['language'], level: l.level })),
      countryOfResidence: saved.countryOfResidence,
      city: saved.city,
      countryOfOrigin: saved.countryOfOrigin ?? '',
      businessStage: saved.businessStage,
      sector: saved.sector ?? '',
      businessDescription: saved.businessDescription ?? '',
      modalities: [...saved.modalities],
      weekParts: partsFor(saved.availability.slots),
    });
  }, [saved]);

  const index = STEPS.indexOf(step);
  useEffect(() => heading.current?.focus(), [step]);

  const set =
    <K extends keyof Answers>(key: K) =>
    (value: Answers[K]) =>
      setAnswers((a) => ({ ...a, [key]: value }));

  function missing(): string | null {
    switch (step) {
      case 'languages':
        return answers.languages.length === 0 ? t('onboarding.needLanguage') : null;
      case 'place':
        return !answers.countryOfResidence || !answers.city.trim() ? t('onboarding.needPlace') : null;
      case 'business':
        return answers.businessStage ? null : t('onboarding.needStage');
      case 'talk':
        return answers.modalities.length === 0 ? t('onboarding.needModality') : null;
    }
  }

  async function next(event: FormEvent) {
    event.preventDefault();
    const gap = missing();
    setProblem(gap);
    if (gap) return;
    const following = STEPS[index + 1];
    if (following) {
      setStep(following);
      return;
    }
    try {
      const residence = answers.countryOfResidence as CountryCode;
      await save({
        variables: {
          input: {
            languages: answers.languages,
            countryOfResidence: residence,
            city: answers.city.trim(),
            countryOfOrigin: answers.countryOfOrigin || null,
            businessStage: answers.businessStage!,
            sector: answers.sector || null,
            businessDescription: answers.businessDescription.trim() || null,
            modalities: answers.modalities,
            availability: { timeZone: timeZoneOf(residence), slots: slotsFor(answers.weekParts) },
          },
        },
      });
      // Her needs come next: asking for support is the point of all this.
      go(saved ? '/home' : '/support');
    } catch (error) {
      setProblem(errorMessage(t, error));
    }
  }

  if (loading && !data) return <p className="loading">{t('shell.loading')}</p>;

  const countryChoices = COUNTRIES.map((c) => ({ value: c.code, label: label(COUNTRY_LABELS, c.code) }));

  return (
    <section aria-labelledby="onboarding-title" className="onboarding">
      <p className="step-count">{t('onboarding.stepOf', { step: index + 1, total: STEPS.length })}</p>
      <progress max={STEPS.length} value={index + 1} aria-hidden="true" />
      <form onSubmit={(e) => void next(e)}>
        <h1 id="onboarding-title" ref={heading} tabIndex={-1}>
          {t(`onboarding.${step}.title`)}
        </h1>
        <p>{t(`onboarding.${step}.lead`)}</p>

        {step === 'languages' && (
          <LanguagesField
            legend={t('onboarding.languages.legend')}
            value={answers.languages}
            onChange={set('languages')}
          />
        )}

        {step === 'place' && (
          <>
            <SelectField<CountryCode>
              label={t('onboarding.place.country')}
              choices={countryChoices.filter((c) => COUNTRIES.find((x) => x.code === c.value)?.network)}
              value={answers.countryOfResidence}
              onChange={set('countryOfResidence')}
              emptyLabel={t('shell.choose')}
              required
            />
            <TextField
              label={t('onboarding.place.city')}
              hint={t('onboarding.place.cityHint')}
              value={answers.city}
              onChange={(e) => set('city')(e.target.value)}
              autoComplete="address-level2"
              maxLength={80}
              required
            />
            <SelectField<CountryCode>
              label={t('onboarding.place.origin')}
              choices={countryChoices}
              value={answers.countryOfOrigin}
              onChange={set('countryOfOrigin')}
              emptyLabel={t('onboarding.place.originNone')}
            />
          </>
        )}

        {step === 'business' && (
          <>
            <RadioGroup<BusinessStage>
              legend={t('onboarding.business.stage')}
              name="businessStage"
              value={answers.businessStage}
              onChange={set('businessStage')}
              choices={BUSINESS_STAGES.map((s) => ({
                value: s,
                label: label(BUSINESS_STAGE_LABELS, s),
                icon: STAGE_ICONS[s],
              }))}
            />
            <SelectField<Sector>
              label={t('onboarding.business.sector')}
              choices={SECTORS.map((s) => ({ value: s, label: label(SECTOR_LABELS, s) }))}
              value={answers.sector}
              onChange={set('sector')}
              emptyLabel={t('shell.optional')}
            />
            <TextField
              label={t('onboarding.business.description')}
              hint={t('onboarding.business.descriptionHint')}
              value={answers.businessDescription}
              onChange={(e) => set('businessDescription')(e.target.value)}
              maxLength={500}
            />
          </>
        )}

        {step === 'talk' && (
          <>
            <CheckboxGroup<Modality>
              legend={t('onboarding.talk.modalities')}
              name="modalities"
              selected={answers.modalities}
              onChange={set('modalities')}
              choices={MODALITIES.map((m) => ({ value: m, label: label(MODALITY_LABELS, m), icon: MODALITY_ICONS[m] }))}
            />
            <CheckboxGroup<WeekPart>
              legend={t('onboarding.talk.when')}
              hint={t('onboarding.talk.whenHint')}
              name="weekParts"
              selected={answers.weekParts}
              onChange={set('weekParts')}
              choices={WEEK_PARTS.map((p) => ({ value: p, label: t(`weekParts.${p}`) }))}
            />
          </>
        )}

        <FormError message={problem} />
        <div className="actions">
          <button className="button primary" type="submit" disabled={saving.loading}>
            {index < STEPS.length - 1 ? t('shell.next') : saving.loading ? t('shell.saving') : t('onboarding.finish')}
          </button>
          {index > 0 && (
            <button className="button" type="button" onClick={() => setStep(STEPS[index - 1]!)}>
              {t('shell.back')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
