// The reports queue: open reports oldest first; a coordinator opens one to read what was captured when it
// was made (each read is audited by the server), then resolves it with a note.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors';
import { RequireSignedIn } from '../../app/RequireSignedIn';
import { useLocale } from '../../app/vocabulary';
import { AppLink } from '../../components/AppLink';
import { FormError, TextField } from '../../components/forms';
import type { ReportsQuery as Result } from '../../gql/graphql';
import { ReportedConversationQuery, ReportsQuery, ResolveReportMutation } from './reports.documents';

type Report = Result['reports'][number];

export default function ReportsPage() {
  return <RequireSignedIn roles={['COORDINATOR', 'ADMIN']}>{() => <Reports />}</RequireSignedIn>;
}

function Reports() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(ReportsQuery, { fetchPolicy: 'cache-and-network' });
  const [openId, setOpenId] = useState<string | null>(null);
  const reports = data?.reports ?? [];
  return (
    <section aria-labelledby="reports-title">
      <h1 id="reports-title">{t('reports.title')}</h1>
      <p className="hint">{t('reports.lead')}</p>
      {error && <p role="alert">{errorMessage(t, error)}</p>}
      {loading && !data ? (
        <p className="loading">{t('shell.loading')}</p>
      ) : reports.length === 0 ? (
        <p>{t('reports.none')}</p>
      ) : (
        <ul className="cards">
          {reports.map((report) => (
            <ReportCard
              key={report.id}
              report={report}
              open={openId === report.id}
              onToggle={() => setOpenId(openId === report.id ? null : report.id)}
            />
          ))}
        </ul>
      )}
      <div className="actions">
        <AppLink className="button" to="/dashboard">
          {t('dashboard.title')}
        </AppLink>
        <AppLink className="button" to="/coordinator">
          {t('dashboard.toRound')}
        </AppLink>
      </div>
    </section>
  );
}

function ReportCard({ report, open, onToggle }: { report: Report; open: boolean; onToggle: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const panelId = `report-${report.id}`;
  return (
    <li className="card">
      <h2>{t(`reports.reasons.${report.reason}`)}</h2>
      <p>{t('reports.about', { reporter: report.reporter.displayName, reported: report.reportedUser.displayName })}</p>
      <p className="hint">
        {new Date(report.createdAt).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' })}
      </p>
      {report.details && <blockquote>{report.details}</blockquote>}
      <button type="button" className="button" aria-expanded={open} aria-controls={panelId} onClick={onToggle}>
        {open ? t('reports.close') : t('reports.open')}
      </button>
      {open && (
        <div id={panelId}>
          {report.conversationId ? (
            <Snapshot reportId={report.id} />
          ) : (
            <p className="hint">{t('reports.noConversation')}</p>
          )}
          <Resolve reportId={report.id} />
        </div>
      )}
    </li>
  );
}

function Snapshot({ reportId }: { reportId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data, error } = useQuery(ReportedConversationQuery, { variables: { reportId }, fetchPolicy: 'network-only' });
  if (error) return <p role="alert">{errorMessage(t, error)}</p>;
  const snapshot = data?.reportedConversation.snapshot;
  if (!snapshot) return <p className="loading">{t('shell.loading')}</p>;
  const names = new Map(snapshot.participants.map((p) => [p.userId, p.displayName]));
  return (
    <>
      <h3>{t('reports.snapshot')}</h3>
      <p className="hint">
        {t('reports.capturedAt', {
          when: new Date(snapshot.capturedAt).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' }),
        })}
      </p>
      {snapshot.messages.length === 0 ? (
        <p>{t('reports.noMessages')}</p>
      ) : (
        <ol className="snapshot">
          {snapshot.messages.map((m) => (
            <li key={m.id} className={m.id === snapshot.reportedMessageId ? 'reported' : undefined}>
              <strong>{names.get(m.senderId) ?? t('reports.someone')}</strong>
              {m.id === snapshot.reportedMessageId && <> ({t('reports.reportedMessage')})</>}: {m.body}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

function Resolve({ reportId }: { reportId: string }) {
  const { t } = useTranslation();
  const [resolve, { loading }] = useMutation(ResolveReportMutation, { refetchQueries: [ReportsQuery] });
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    try {
      await resolve({ variables: { id: reportId, resolution: note.trim() || null } });
    } catch (error) {
      setProblem(errorMessage(t, error));
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)}>
      <TextField
        label={t('reports.resolution')}
        hint={t('reports.resolutionHint')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        maxLength={1000}
      />
      <FormError message={problem} />
      <button className="button primary" type="submit" disabled={loading}>
        {t('reports.resolve')}
      </button>
    </form>
  );
}
