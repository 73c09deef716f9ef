import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors';
import { AppLink } from '../../components/AppLink';
import { FormError, formText, TextField } from '../../components/forms';
import { LogInMutation } from './accounts.documents';
import { useAfterSignIn } from './use-after-sign-in';

export default function LogInPage() {
  const { t } = useTranslation();
  const [logIn, { loading }] = useMutation(LogInMutation);
  const afterSignIn = useAfterSignIn();
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setProblem(null);
    try {
      await logIn({
        variables: { input: { email: formText(form, 'email').trim(), password: formText(form, 'password') } },
      });
      await afterSignIn();
    } catch (error) {
      setProblem(errorMessage(t, error));
    }
  }

  return (
    <section aria-labelledby="login-title">
      <h1 id="login-title">{t('logIn.title')}</h1>
      <form onSubmit={(e) => void submit(e)}>
        <TextField label={t('logIn.email')} name="email" type="email" autoComplete="username" required />
        <TextField
          label={t('logIn.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
        />
        <FormError message={problem} />
        <button className="button primary" type="submit" disabled={loading}>
          {loading ? t('shell.saving') : t('logIn.submit')}
        </button>
      </form>
      <p>
        {t('logIn.noAccount')} <AppLink to="/signup">{t('logIn.signUpInstead')}</AppLink>
      </p>
    </section>
  );
}
