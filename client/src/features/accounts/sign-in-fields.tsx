// The pieces every way in shares: her phone or her email, and her PIN or her password. A PIN opens the
// phone's number pad; big choices, few words.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { serverProblem, errorMessage } from '../../app/errors';
import { RadioGroup, TextField } from '../../components/forms';

export type LoginNameKind = 'PHONE' | 'EMAIL';
export type SecretKind = 'PIN' | 'PASSWORD';

export function LoginNameChoice({
  kind,
  onChange,
  optionalEmail = false,
}: {
  kind: LoginNameKind;
  onChange: (kind: LoginNameKind) => void;
  /** At sign-up: an email is only asked for when she prefers it to a phone. */
  optionalEmail?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <RadioGroup<LoginNameKind>
        legend={t('phoneAccount.loginWith')}
        name="loginNameKind"
        value={kind}
        onChange={onChange}
        choices={[
          { value: 'PHONE', label: t('phoneAccount.phoneChoice'), icon: '📱' },
          { value: 'EMAIL', label: t('phoneAccount.emailChoice'), icon: '✉️' },
        ]}
      />
      {kind === 'PHONE' ? (
        <TextField
          label={t('phoneAccount.phone')}
          hint={t('phoneAccount.phoneHint')}
          name="phone"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          required
          maxLength={24}
          pattern="\s*\+[\d\s().\-]{7,23}"
        />
      ) : (
        <TextField
          label={t('phoneAccount.email')}
          hint={optionalEmail ? t('phoneAccount.emailHint') : undefined}
          name="email"
          type="email"
          autoComplete="email"
          required
          maxLength={254}
        />
      )}
    </>
  );
}

export function SecretChoice({
  kind,
  onChange,
  creating,
}: {
  kind: SecretKind;
  onChange: (kind: SecretKind) => void;
  /** Choosing a new one: say what makes it good, and let the browser offer to save it. */
  creating: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <RadioGroup<SecretKind>
        legend={creating ? t('phoneAccount.chooseSecret') : t('phoneAccount.secretWith')}
        name="secretKind"
        value={kind}
        onChange={onChange}
        choices={[
          { value: 'PIN', label: t('phoneAccount.pinChoice'), icon: '🔢' },
          { value: 'PASSWORD', label: t('phoneAccount.passwordChoice'), icon: '🔑' },
        ]}
      />
      {kind === 'PIN' ? (
        <TextField
          key="pin"
          label={t('phoneAccount.pin')}
          hint={creating ? t('phoneAccount.pinHint') : undefined}
          name="pin"
          type="password"
          inputMode="numeric"
          autoComplete={creating ? 'new-password' : 'current-password'}
          required
          minLength={6}
          maxLength={6}
          pattern="\d{6}"
        />
      ) : (
        <TextField
          key="password"
          label={t('phoneAccount.password')}
          hint={creating ? t('signUp.passwordHint') : undefined}
          name="password"
          type="password"
          autoComplete={creating ? 'new-password' : 'current-password'}
          required
          minLength={creating ? 10 : undefined}
          maxLength={128}
        />
      )}
    </>
  );
}

/** What the form sends for the chosen phone or email, and PIN or password. */
export function signInValues(form: FormData, name: LoginNameKind, secret: SecretKind) {
  const text = (field: string) => {
    const value = form.get(field);
    return typeof value === 'string' ? value : '';
  };
  return {
    ...(name === 'PHONE' ? { phone: text('phone').trim() } : { email: text('email').trim() }),
    ...(secret === 'PIN' ? { pin: text('pin') } : { password: text('password') }),
  };
}

/** Like errorMessage, but a PIN lock-out says how many minutes to wait. */
export function signInError(t: TFunction, error: unknown): string {
  const problem = serverProblem(error);
  if (problem?.key === 'auth.pinLocked') {
    const seconds = Number(problem.params.retryAfterSeconds) || 60;
    return t('phoneAccount.locked', { minutes: Math.max(1, Math.ceil(seconds / 60)) });
  }
  return errorMessage(t, error);
}
