// Sign-up: a name she chooses (it need not be her real one), an email, a password and what she comes for.
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors';
import { useLocale } from '../../app/vocabulary';
import { AppLink } from '../../components/AppLink';
import { FormError, formText, RadioGroup, TextField } from '../../components/forms';
import { RegisterMutation } from './accounts.documents';
import { useAfterSignIn } from './use-after-sign-in';

type Purpose = 'ENTREPRENEUR' | 'MENTOR' | 'ADVISER';

export default function SignUpPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [register, { loading }] = useMutation(RegisterMutation);
  const afterSignIn = useAfterSignIn();
  const [purpose, setPurpose] = useState<Purpose>('ENTREPRENEUR');
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
            email: formText(form, 'email').trim(),
            password: formText(form, 'password'),
            roles: [purpose],
            locale,
          },
        },
      });
      await afterSignIn();
    } catch (error) {
      setProblem(errorMessage(t, error));
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
        <TextField label={t('signUp.email')} name="email" type="email" autoComplete="email" required maxLength={254} />
        <TextField
          label={t('signUp.password')}
          hint={t('signUp.passwordHint')}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          maxLength={128}
        />
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
