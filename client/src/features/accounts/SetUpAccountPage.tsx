// Her first log-in after a coordinator opened (or reset) her account: the code she was given, and the
// PIN or password she chooses now. Nobody else ever knows it.
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError, formText, TextField } from '../../components/forms';
import { SetUpAccountMutation } from './accounts.documents';
import {
  LoginNameChoice,
  SecretChoice,
  signInError,
  signInValues,
  type LoginNameKind,
  type SecretKind,
} from './sign-in-fields';
import { useAfterSignIn } from './use-after-sign-in';

export default function SetUpAccountPage() {
  const { t } = useTranslation();
  const [setUp, { loading }] = useMutation(SetUpAccountMutation);
  const afterSignIn = useAfterSignIn();
  const [nameKind, setNameKind] = useState<LoginNameKind>('PHONE');
  const [secretKind, setSecretKind] = useState<SecretKind>('PIN');
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setProblem(null);
    try {
      await setUp({
        variables: {
          input: { ...signInValues(form, nameKind, secretKind), setupCode: formText(form, 'setupCode').trim() },
        },
      });
      await afterSignIn();
    } catch (error) {
      setProblem(signInError(t, error));
    }
  }

  return (
    <section aria-labelledby="setup-title">
      <h1 id="setup-title">{t('phoneAccount.setUpTitle')}</h1>
      <p>{t('phoneAccount.setUpLead')}</p>
      <form onSubmit={(e) => void submit(e)}>
        <LoginNameChoice kind={nameKind} onChange={setNameKind} />
        <TextField
          label={t('phoneAccount.setupCode')}
          hint={t('phoneAccount.setupCodeHint')}
          name="setupCode"
          inputMode="numeric"
          autoComplete="one-time-code"
          required
          maxLength={16}
        />
        <SecretChoice kind={secretKind} onChange={setSecretKind} creating />
        <FormError message={problem} />
        <button className="button primary" type="submit" disabled={loading}>
          {loading ? t('shell.saving') : t('phoneAccount.setUpSubmit')}
        </button>
      </form>
    </section>
  );
}
