import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/AppLink';
import { FormError } from '../../components/forms';
import { LogInMutation } from './accounts.documents';
import {
  LoginNameChoice,
  SecretChoice,
  signInError,
  signInValues,
  type LoginNameKind,
  type SecretKind,
} from './sign-in-fields';
import { useAfterSignIn } from './use-after-sign-in';

export default function LogInPage() {
  const { t } = useTranslation();
  const [logIn, { loading }] = useMutation(LogInMutation);
  const afterSignIn = useAfterSignIn();
  const [nameKind, setNameKind] = useState<LoginNameKind>('PHONE');
  const [secretKind, setSecretKind] = useState<SecretKind>('PIN');
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setProblem(null);
    try {
      await logIn({ variables: { input: signInValues(form, nameKind, secretKind) } });
      await afterSignIn();
    } catch (error) {
      setProblem(signInError(t, error));
    }
  }

  return (
    <section aria-labelledby="login-title">
      <h1 id="login-title">{t('logIn.title')}</h1>
      <form onSubmit={(e) => void submit(e)}>
        <LoginNameChoice kind={nameKind} onChange={setNameKind} />
        <SecretChoice kind={secretKind} onChange={setSecretKind} creating={false} />
        <FormError message={problem} />
        <button className="button primary" type="submit" disabled={loading}>
          {loading ? t('shell.saving') : t('logIn.submit')}
        </button>
      </form>
      <p>
        {t('logIn.noAccount')} <AppLink to="/signup">{t('logIn.signUpInstead')}</AppLink>
      </p>
      <p>
        <AppLink to="/first-login">{t('phoneAccount.haveCode')}</AppLink>
      </p>
    </section>
  );
}
