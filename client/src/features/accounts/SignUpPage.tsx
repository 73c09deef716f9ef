// Sign-up: a name she chooses (it need not be her real one), her phone or an email, a PIN or a password,
// and what she comes for.
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app/vocabulary';
import { AppLink } from '../../components/AppLink';
import { FormError, formText, RadioGroup, TextField } from '../../components/forms';
import {
  LoginNameChoice,
  SecretChoice,
  signInError,
  signInValues,
  type LoginNameKind,
  type SecretKind,
} from './sign-in-fields';
import { RegisterMutation } from './accounts.documents';
import { useAfterSignIn } from './use-after-sign-in';

type Purpose = 'ENTREPRENEUR' | 'MENTOR' | 'ADVISER';

export default function SignUpPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [register, { loading }] = useMutation(RegisterMutation);
  const afterSignIn = useAfterSignIn();
  const [purpose, setPurpose] = useState<Purpose>('ENTREPRENEUR');
  const [nameKind, setNameKind] = useState<LoginNameKind>('PHONE');
  const [secretKind, setSecretKind] = useState<SecretKind>('PIN');
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setProblem(null);
    try {
      await register({
        variables: {
          input: {
            displayName: formText(form, 'displayName').trim(),
            ...signInValues(form, nameKind, secretKind),
            roles: [purpose],
            locale,
          },
        },
      });
      await afterSignIn();
    } catch (error) {
      setProblem(signInError(t, error));
    }
  }

  return (
    <section aria-labelledby="signup-title">
      <h1 id="signup-title">{t('signUp.title')}</h1>
      <p>{t('signUp.lead')}</p>
      <form onSubmit={(e) => void submit(e)}>
        <RadioGroup<Purpose>
          legend={t('signUp.purpose')}
          name="purpose"
          value={purpose}
          onChange={setPurpose}
          choices={[
            { value: 'ENTREPRENEUR', label: t('signUp.purposeEntrepreneur'), icon: '🌱' },
            { value: 'MENTOR', label: t('signUp.purposeMentor'), icon: '🤝' },
            { value: 'ADVISER', label: t('signUp.purposeAdviser'), icon: '⚖️' },
          ]}
        />
        <TextField
          label={t('signUp.displayName')}
          hint={t('signUp.displayNameHint')}
          name="displayName"
          autoComplete="nickname"
          required
          maxLength={80}
        />
        <LoginNameChoice kind={nameKind} onChange={setNameKind} optionalEmail />
        <SecretChoice kind={secretKind} onChange={setSecretKind} creating />
        <FormError message={problem} />
        <button className="button primary" type="submit" disabled={loading}>
          {loading ? t('shell.saving') : t('signUp.submit')}
        </button>
      </form>
      <p>
        {t('signUp.haveAccount')} <AppLink to="/login">{t('signUp.logInInstead')}</AppLink>
      </p>
    </section>
  );
}
