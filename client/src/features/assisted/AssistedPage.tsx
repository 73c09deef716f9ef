// For coordinators on a call or a visit: open an entrepreneur's account for her, give her access back
// when she lost her phone, or update her profile when she asks. What she agreed to is asked every time; the one-time code is shown once, to
// read to her, and the phone number typed here is never shown again.
import {
  BUSINESS_STAGE_LABELS,
  BUSINESS_STAGES,
  CONSENT_CHANNELS,
  COUNTRY_LABELS,
  LANGUAGE_LABELS,
  NETWORK_COUNTRY_CODES,
  type BusinessStage,
  type ConsentChannel,
  type ConsentScope,
  type CountryCode,
} from '@aliadas/shared';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors';
import { RequireSignedIn } from '../../app/RequireSignedIn';
import { useLabel, useLocale } from '../../app/vocabulary';
import { timeZoneOf } from '../../components/availability';
import type { AssistedProfileQuery as AssistedProfileResult } from '../../gql/graphql';
import { CheckboxGroup, FormError, formText, RadioGroup, SelectField, TextField } from '../../components/forms';
import {
  AssistedProfileQuery,
  AssistedSignUpMutation,
  AssistedUpdateProfileMutation,
  EntrepreneursQuery,
  ResetAccountAccessMutation,
} from './assisted.documents';

const FIRST_LANGUAGES = ['es', 'ht', 'fr', 'en'] as const;
type FirstLanguage = (typeof FIRST_LANGUAGES)[number];
const CREATE_SCOPES = ['CREATE_ACCOUNT', 'STORE_PROFILE', 'BE_MATCHED'] as const satisfies readonly ConsentScope[];

interface GivenCode {
  name: string;
  code: string;
  expiresAt: string;
}

export default function AssistedPage() {
  return <RequireSignedIn roles={['COORDINATOR', 'ADMIN']}>{() => <AssistedForms />}</RequireSignedIn>;
}

function AssistedForms() {
  const { t } = useTranslation();
  const [given, setGiven] = useState<GivenCode | null>(null);
  return (
    <section aria-labelledby="assisted-title">
      <h1 id="assisted-title">{t('assisted.title')}</h1>
      <p>{t('assisted.lead')}</p>
      {given && <OneTimeCode given={given} onDone={() => setGiven(null)} />}
      {!given && (
        <>
          <SignUpForm onGiven={setGiven} />
          <RecoveryForm onGiven={setGiven} />
          <UpdateProfileSection />
        </>
      )}
    </section>
  );
}

/** The code, once: big digits in two groups, with when it stops working. */
function OneTimeCode({ given, onDone }: { given: GivenCode; onDone: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const expires = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(given.expiresAt),
  );
  return (
    <div className="card" role="status" aria-labelledby="code-title">
      <h2 id="code-title">{t('assisted.codeTitle', { name: given.name })}</h2>
      <p className="setup-code" data-testid="setup-code">
        <strong>{`${given.code.slice(0, 4)} ${given.code.slice(4)}`}</strong>
      </p>
      <p>{t('assisted.codeExplain', { expires })}</p>
      <p>{t('assisted.codeOnce')}</p>
      <button className="button primary" type="button" onClick={onDone}>
        {t('assisted.codeDone')}
      </button>
    </div>
  );
}

function ConsentChannelField({ value, onChange }: { value: ConsentChannel; onChange: (v: ConsentChannel) => void }) {
  const { t } = useTranslation();
  return (
    <RadioGroup<ConsentChannel>
      legend={t('assisted.channel')}
      name="channel"
      value={value}
      onChange={onChange}
      choices={CONSENT_CHANNELS.map((c) => ({
        value: c,
        label: t(`assisted.channels.${c}`),
        icon: c === 'CALL' ? '📞' : '🏠',
      }))}
    />
  );
}

function SignUpForm({ onGiven }: { onGiven: (given: GivenCode) => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const [signUp, { loading }] = useMutation(AssistedSignUpMutation);
  const [scopes, setScopes] = useState<ConsentScope[]>([]);
  const [channel, setChannel] = useState<ConsentChannel>('CALL');
  const [language, setLanguage] = useState<FirstLanguage>('es');
  const [country, setCountry] = useState<CountryCode | ''>('');
  const [stage, setStage] = useState<BusinessStage | ''>('');
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setProblem(null);
    const phone = formText(form, 'phone').trim();
    const email = formText(form, 'email').trim();
    const city = formText(form, 'city').trim();
    // The profile is kept only when she gave where she lives and how far her business is.
    const profile =
      country && city && stage
        ? {
            countryOfResidence: country,
            city,
            languages: [{ language, level: 'NATIVE' as const }],
            businessStage: stage,
            modalities: ['CALL' as const],
            availability: { timeZone: timeZoneOf(country), slots: [] },
          }
        : null;
    try {
      const { data } = await signUp({
        variables: {
          input: {
            displayName: formText(form, 'displayName').trim(),
            phone: phone || null,
            email: email || null,
            locale: language,
            consent: { scopes, channel },
            profile,
          },
        },
      });
      if (data) {
        formElement.reset();
        setScopes([]);
        const result = data.assistedSignUp;
        onGiven({ name: result.user.displayName, code: result.setupCode, expiresAt: String(result.expiresAt) });
      }
    } catch (error) {
      setProblem(errorMessage(t, error));
    }
  }

  return (
    <form className="card" aria-labelledby="assisted-signup-title" onSubmit={(e) => void submit(e)}>
      <h2 id="assisted-signup-title">{t('assisted.signUpTitle')}</h2>
      <CheckboxGroup<ConsentScope>
        legend={t('assisted.consent')}
        hint={t('assisted.consentHint')}
        name="scopes"
        selected={scopes}
        onChange={setScopes}
        choices={CREATE_SCOPES.map((s) => ({ value: s, label: t(`assisted.scopes.${s}`) }))}
      />
      <ConsentChannelField value={channel} onChange={setChannel} />
      <TextField label={t('assisted.displayName')} name="displayName" required maxLength={80} />
      <TextField
        label={t('assisted.phone')}
        hint={t('assisted.phoneHint')}
        name="phone"
        type="tel"
        inputMode="tel"
        maxLength={24}
        autoComplete="off"
      />
      <TextField label={t('assisted.email')} name="email" type="email" maxLength={254} autoComplete="off" />
      <SelectField<FirstLanguage>
        label={t('assisted.language')}
        value={language}
        onChange={(v) => v && setLanguage(v)}
        choices={FIRST_LANGUAGES.map((l) => ({ value: l, label: label(LANGUAGE_LABELS, l) }))}
      />
      <fieldset>
        <legend>{t('assisted.profile')}</legend>
        <p className="hint">{t('assisted.profileHint')}</p>
        <SelectField<CountryCode>
          label={t('assisted.country')}
          value={country}
          onChange={setCountry}
          emptyLabel={t('shell.optional')}
          choices={NETWORK_COUNTRY_CODES.map((c) => ({ value: c, label: label(COUNTRY_LABELS, c) }))}
        />
        <TextField label={t('assisted.city')} name="city" maxLength={100} />
        <SelectField<BusinessStage>
          label={t('assisted.stage')}
          value={stage}
          onChange={setStage}
          emptyLabel={t('shell.optional')}
          choices={BUSINESS_STAGES.map((s) => ({ value: s, label: label(BUSINESS_STAGE_LABELS, s) }))}
        />
      </fieldset>
      <FormError message={problem} />
      <button className="button primary" type="submit" disabled={loading}>
        {loading ? t('shell.saving') : t('assisted.signUpSubmit')}
      </button>
    </form>
  );
}

/** The women a coordinator may act for, fetched afresh so one just opened is there. */
function WomanPicker({ value, onChange }: { value: string; onChange: (userId: string) => void }) {
  const { t } = useTranslation();
  const { data } = useQuery(EntrepreneursQuery, { fetchPolicy: 'network-only' });
  return (
    <SelectField<string>
      label={t('assisted.who')}
      value={value}
      onChange={onChange}
      emptyLabel={t('shell.choose')}
      required
      choices={(data?.people ?? []).map((p) => ({ value: p.id, label: p.displayName }))}
    />
  );
}

function RecoveryForm({ onGiven }: { onGiven: (given: GivenCode) => void }) {
  const { t } = useTranslation();
  const [reset, { loading }] = useMutation(ResetAccountAccessMutation);
  const [userId, setUserId] = useState('');
  const [agreed, setAgreed] = useState<ConsentScope[]>([]);
  const [channel, setChannel] = useState<ConsentChannel>('CALL');
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setProblem(null);
    const newPhone = formText(form, 'newPhone').trim();
    try {
      const result = await reset({
        variables: { userId, input: { consent: { scopes: agreed, channel }, newPhone: newPhone || null } },
      });
      const given = result.data?.resetAccountAccess;
      if (given) onGiven({ name: given.user.displayName, code: given.setupCode, expiresAt: String(given.expiresAt) });
    } catch (error) {
      setProblem(errorMessage(t, error));
    }
  }

  return (
    <form className="card" aria-labelledby="recovery-title" onSubmit={(e) => void submit(e)}>
      <h2 id="recovery-title">{t('assisted.recoveryTitle')}</h2>
      <p>{t('assisted.recoveryLead')}</p>
      <WomanPicker value={userId} onChange={setUserId} />
      <CheckboxGroup<ConsentScope>
        legend={t('assisted.consent')}
        name="recoveryScopes"
        selected={agreed}
        onChange={setAgreed}
        choices={[{ value: 'RESET_ACCESS', label: t('assisted.scopes.RESET_ACCESS') }]}
      />
      <ConsentChannelField value={channel} onChange={setChannel} />
      <TextField
        label={t('assisted.newPhone')}
        hint={t('assisted.newPhoneHint')}
        name="newPhone"
        type="tel"
        inputMode="tel"
        maxLength={24}
        autoComplete="off"
      />
      <FormError message={problem} />
      <button className="button primary" type="submit" disabled={loading || !userId}>
        {loading ? t('shell.saving') : t('assisted.recoverySubmit')}
      </button>
    </form>
  );
}

type LoadedProfile = NonNullable<AssistedProfileResult['user']['entrepreneurProfile']>;

/** Her profile changed for her: pick her, see what she has, change it with her consent for this. */
function UpdateProfileSection() {
  const { t } = useTranslation();
  const [userId, setUserId] = useState('');
  const { data, loading, error } = useQuery(AssistedProfileQuery, {
    variables: { id: userId },
    skip: !userId,
    fetchPolicy: 'network-only',
  });
  const loaded = data?.user.id === userId ? data.user : null;
  return (
    <section className="card" aria-labelledby="assisted-update-title">
      <h2 id="assisted-update-title">{t('assisted.updateTitle')}</h2>
      <p>{t('assisted.updateLead')}</p>
      <WomanPicker value={userId} onChange={setUserId} />
      {userId && loading && !loaded && <p role="status">{t('shell.loading')}</p>}
      {userId && error && <FormError message={errorMessage(t, error)} />}
      {loaded && (
        <UpdateProfileForm
          key={loaded.id}
          userId={loaded.id}
          name={loaded.displayName}
          profile={loaded.entrepreneurProfile ?? null}
        />
      )}
    </section>
  );
}

function UpdateProfileForm({ userId, name, profile }: { userId: string; name: string; profile: LoadedProfile | null }) {
  const { t } = useTranslation();
  const label = useLabel();
  const [update, { loading }] = useMutation(AssistedUpdateProfileMutation);
  const [agreed, setAgreed] = useState<ConsentScope[]>([]);
  const [channel, setChannel] = useState<ConsentChannel>('CALL');
  const firstLanguage = profile?.languages[0]?.language;
  const [language, setLanguage] = useState<FirstLanguage>(FIRST_LANGUAGES.find((l) => l === firstLanguage) ?? 'es');
  const [country, setCountry] = useState<CountryCode | ''>(
    NETWORK_COUNTRY_CODES.find((c) => c === profile?.countryOfResidence) ?? '',
  );
  const [stage, setStage] = useState<BusinessStage | ''>(profile?.businessStage ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setProblem(null);
    setSaved(false);
    if (!country || !stage) return;
    // What this form does not show is sent back as she had it, so nothing else of hers is lost.
    const otherLanguages = (profile?.languages ?? [])
      .filter((l) => l.language !== language)
      .map((l) => ({ language: l.language, level: l.level }));
    const level = profile?.languages.find((l) => l.language === language)?.level ?? 'NATIVE';
    try {
      await update({
        variables: {
          userId,
          input: {
            consent: { scopes: agreed, channel },
            profile: {
              countryOfResidence: country,
              countryOfOrigin: profile?.countryOfOrigin ?? null,
              city: formText(form, 'city').trim(),
              languages: [{ language, level }, ...otherLanguages].slice(0, 8),
              sector: profile?.sector ?? null,
              businessStage: stage,
              businessDescription: profile?.businessDescription ?? null,
              modalities: profile?.modalities.length ? [...profile.modalities] : ['CALL'],
              availability: profile
                ? {
                    timeZone: profile.availability.timeZone,
                    slots: profile.availability.slots.map((s) => ({
                      day: s.day,
                      startMinute: s.startMinute,
                      endMinute: s.endMinute,
                    })),
                  }
                : { timeZone: timeZoneOf(country), slots: [] },
            },
          },
        },
      });
      setAgreed([]);
      setSaved(true);
    } catch (error) {
      setProblem(errorMessage(t, error));
    }
  }

  return (
    <form aria-label={t('assisted.updateFormLabel', { name })} onSubmit={(e) => void submit(e)}>
      <CheckboxGroup<ConsentScope>
        legend={t('assisted.consent')}
        name="updateScopes"
        selected={agreed}
        onChange={setAgreed}
        choices={[{ value: 'UPDATE_PROFILE', label: t('assisted.scopes.UPDATE_PROFILE') }]}
      />
      <ConsentChannelField value={channel} onChange={setChannel} />
      <SelectField<CountryCode>
        label={t('assisted.country')}
        value={country}
        onChange={setCountry}
        emptyLabel={t('shell.choose')}
        required
        choices={NETWORK_COUNTRY_CODES.map((c) => ({ value: c, label: label(COUNTRY_LABELS, c) }))}
      />
      <TextField label={t('assisted.city')} name="city" required maxLength={100} defaultValue={profile?.city ?? ''} />
      <SelectField<BusinessStage>
        label={t('assisted.stage')}
        value={stage}
        onChange={setStage}
        emptyLabel={t('shell.choose')}
        required
        choices={BUSINESS_STAGES.map((s) => ({ value: s, label: label(BUSINESS_STAGE_LABELS, s) }))}
      />
      <SelectField<FirstLanguage>
        label={t('assisted.language')}
        value={language}
        onChange={(v) => v && setLanguage(v)}
        choices={FIRST_LANGUAGES.map((l) => ({ value: l, label: label(LANGUAGE_LABELS, l) }))}
      />
      <FormError message={problem} />
      {saved && <p role="status">{t('assisted.updated', { name })}</p>}
      <button className="button primary" type="submit" disabled={loading}>
        {loading ? t('shell.saving') : t('assisted.updateSubmit')}
      </button>
    </form>
  );
}
