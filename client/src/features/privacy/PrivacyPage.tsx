// My data and privacy: whether the people she works with may see her email and phone, a copy of all
// her data as a file, and deleting her account, each said in plain words.
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors';
import { RequireSignedIn } from '../../app/RequireSignedIn';
import { forgetSession } from '../../app/session-memory';
import { FormError, formText, Notice, TextField } from '../../components/forms';
import { downloadJson, exportFileName } from './download';
import {
  DeleteMyAccountMutation,
  MyDataExportQuery,
  MyPrivacyQuery,
  UpdateContactDetailsMutation,
} from './privacy.documents';
import './privacy.css';

export default function PrivacyPage() {
  return <RequireSignedIn>{() => <Privacy />}</RequireSignedIn>;
}

function Privacy() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="privacy-title">
      <h1 id="privacy-title">{t('privacy.title')}</h1>
      <p>{t('privacy.intro')}</p>
      <ContactDetails />
      <DownloadMyData />
      <DeleteMyAccount />
    </section>
  );
}

function ContactDetails() {
  const { t } = useTranslation();
  const shareId = useId();
  const { data, loading } = useQuery(MyPrivacyQuery, { fetchPolicy: 'cache-and-network' });
  const [save, saving] = useMutation(UpdateContactDetailsMutation);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const me = data?.me;
  if (loading && !me) return <p className="loading">{t('shell.loading')}</p>;
  if (!me) return null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(null);
    setSaved(false);
    try {
      await save({
        variables: {
          input: {
            phone: formText(form, 'phone').trim() || null,
            shareContactDetails: form.get('share') === 'on',
          },
        },
      });
      setSaved(true);
    } catch (failure) {
      setError(errorMessage(t, failure));
    }
  }

  return (
    <form className="card privacy-section" aria-labelledby="contact-title" onSubmit={(e) => void submit(e)} noValidate>
      <h2 id="contact-title">{t('privacy.contactTitle')}</h2>
      <p>{t('privacy.contactExplain')}</p>
      {me.loginPhone && (
        <p>
          {t('phoneAccount.yourLoginPhone')} <strong>{me.loginPhone}</strong>
        </p>
      )}
      {me.email && (
        <p>
          {t('privacy.yourEmail')} <strong>{me.email}</strong>
        </p>
      )}
      <TextField
        label={t('privacy.phone')}
        hint={t('privacy.phoneHint')}
        name="phone"
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        maxLength={32}
        defaultValue={me.phone ?? ''}
      />
      <div className="option-line">
        <input
          id={shareId}
          type="checkbox"
          name="share"
          defaultChecked={me.shareContactDetails ?? false}
          aria-describedby={`${shareId}-hint`}
        />
        <div>
          <label htmlFor={shareId}>{t('privacy.share')}</label>
          <p className="hint" id={`${shareId}-hint`}>
            {t('privacy.shareHint')}
          </p>
        </div>
      </div>
      <FormError message={error} />
      {saved && <Notice>{t('privacy.saved')}</Notice>}
      <div className="actions">
        <button type="submit" className="button primary" disabled={saving.loading}>
          {t('privacy.save')}
        </button>
      </div>
    </form>
  );
}

function DownloadMyData() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [state, setState] = useState<'idle' | 'working' | 'done'>('idle');
  const [error, setError] = useState<string | null>(null);

  async function download() {
    setState('working');
    setError(null);
    try {
      // Never kept in Apollo's cache: the copy goes to the file and nowhere else.
      const result = await client.query({ query: MyDataExportQuery, fetchPolicy: 'no-cache' });
      downloadJson(result.data?.myDataExport ?? {}, exportFileName(new Date()));
      setState('done');
    } catch (failure) {
      setError(errorMessage(t, failure));
      setState('idle');
    }
  }

  return (
    <div className="card privacy-section" role="group" aria-labelledby="download-title">
      <h2 id="download-title">{t('privacy.downloadTitle')}</h2>
      <p>{t('privacy.downloadExplain')}</p>
      <FormError message={error} />
      {state === 'done' && <Notice>{t('privacy.downloadDone')}</Notice>}
      <div className="actions">
        <button type="button" className="button" disabled={state === 'working'} onClick={() => void download()}>
          {state === 'working' ? t('privacy.downloadWorking') : t('privacy.download')}
        </button>
      </div>
    </div>
  );
}

function DeleteMyAccount() {
  const { t } = useTranslation();
  const understoodId = useId();
  const [open, setOpen] = useState(false);
  const [remove, removing] = useMutation(DeleteMyAccountMutation);
  // She confirms with the secret she logs in with: her PIN opens the number pad.
  const withPin = useQuery(MyPrivacyQuery, { fetchPolicy: 'cache-first' }).data?.me?.secretKind === 'PIN';
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(null);
    if (form.get('understood') !== 'on') {
      setError(t('privacy.deleteTickFirst'));
      return;
    }
    try {
      await remove({ variables: { password: formText(form, 'password') } });
    } catch (failure) {
      setError(errorMessage(t, failure));
      return;
    }
    // Her account is gone: forget what the page held and start afresh on the first page.
    forgetSession();
    location.replace('/');
  }

  return (
    <div className="card privacy-section danger-zone" role="group" aria-labelledby="delete-title">
      <h2 id="delete-title">{t('privacy.deleteTitle')}</h2>
      <p>{t('privacy.deleteExplain')}</p>
      <ul className="plain-list">
        <li>{t('privacy.deleteWhatErased')}</li>
        <li>{t('privacy.deleteWhatMessages')}</li>
        <li>{t('privacy.deleteWhatMatches')}</li>
        <li>{t('privacy.deleteWhatKept')}</li>
      </ul>
      <p>
        <strong>{t('privacy.deleteNoUndo')}</strong>
      </p>
      {!open ? (
        <div className="actions">
          <button type="button" className="button danger" onClick={() => setOpen(true)}>
            {t('privacy.deleteStart')}
          </button>
        </div>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <TextField
            label={withPin ? t('phoneAccount.deletePin') : t('privacy.deletePassword')}
            name="password"
            type="password"
            inputMode={withPin ? 'numeric' : undefined}
            autoComplete="current-password"
            required
            maxLength={128}
            autoFocus
          />
          <div className="option-line">
            <input id={understoodId} type="checkbox" name="understood" />
            <label htmlFor={understoodId}>{t('privacy.deleteUnderstood')}</label>
          </div>
          <FormError message={error} />
          <div className="actions">
            <button type="submit" className="button danger primary" disabled={removing.loading}>
              {t('privacy.deleteConfirm')}
            </button>
            <button type="button" className="button" onClick={() => setOpen(false)}>
              {t('privacy.deleteCancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
