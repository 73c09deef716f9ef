// Where coordinators answer requests to join: one organization's pending requests (/organizations/:id/
// requests), or, from the coordinator's desk, every organization she coordinates (/organizations/requests).
import {
  ORGANIZATION_JOIN_DECLINE_REASON_LABELS,
  ORGANIZATION_JOIN_DECLINE_REASONS,
  type OrganizationJoinDeclineReason,
} from '@aliadas/shared';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorMessage } from '../../app/errors';
import { RequireSignedIn } from '../../app/RequireSignedIn';
import { useLabel } from '../../app/vocabulary';
import { AppLink } from '../../components/AppLink';
import { FormError, Notice, SelectField } from '../../components/forms';
import {
  AcceptJoinRequestMutation,
  DeclineJoinRequestMutation,
  MyOrganizationsQuery,
  PendingJoinRequestsQuery,
} from './organizations.documents';
import './organizations.css';

export default function JoinRequestsPage() {
  return <RequireSignedIn roles={['COORDINATOR', 'ADMIN']}>{() => <JoinRequests />}</RequireSignedIn>;
}

function JoinRequests() {
  const { t } = useTranslation();
  const { organizationId } = useParams();
  const mine = useQuery(MyOrganizationsQuery, { fetchPolicy: 'cache-and-network' });
  const coordinated = (mine.data?.me?.memberships ?? [])
    .filter((m) => m.role === 'COORDINATOR')
    .map((m) => m.organization);
  const shown = organizationId
    ? [coordinated.find((o) => o.id === organizationId) ?? { id: organizationId, name: null }]
    : coordinated;

  return (
    <section aria-labelledby="join-requests-title">
      <h1 id="join-requests-title">{t('organizations.requests.title')}</h1>
      <p>{t('organizations.requests.lead')}</p>
      {!organizationId && mine.data && coordinated.length === 0 && <p>{t('organizations.requests.noOrganization')}</p>}
      {shown.map((organization) => (
        <PendingRequests key={organization.id} organizationId={organization.id} name={organization.name} />
      ))}
      <p>
        <AppLink to="/coordinator">{t('organizations.requests.backToDesk')}</AppLink>
      </p>
    </section>
  );
}

function PendingRequests({ organizationId, name }: { organizationId: string; name: string | null }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(PendingJoinRequestsQuery, {
    variables: { organizationId },
    fetchPolicy: 'cache-and-network',
  });
  const [notice, setNotice] = useState<string | null>(null);
  const requests = data?.pendingOrganizationJoinRequests ?? [];
  const headingId = `requests-${organizationId}`;

  return (
    <div className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <AppLink to={`/organizations/${organizationId}`}>{name ?? t('organizations.requests.organization')}</AppLink>
      </h2>
      {notice && <Notice>{notice}</Notice>}
      {error && <p role="alert">{errorMessage(t, error)}</p>}
      {!data && loading && <p className="loading">{t('shell.loading')}</p>}
      {data && requests.length === 0 && <p>{t('organizations.requests.none')}</p>}
      {requests.length > 0 && (
        <ul className="cards">
          {requests.map((request) => (
            <PendingRequest key={request.id} request={request} onAnswered={setNotice} />
          ))}
        </ul>
      )}
    </div>
  );
}

function PendingRequest({
  request,
  onAnswered,
}: {
  request: { id: string; requesterName: string; role: string; message?: string | null; createdAt: unknown };
  onAnswered: (notice: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const label = useLabel();
  const refetchQueries = [PendingJoinRequestsQuery];
  const [accept, accepting] = useMutation(AcceptJoinRequestMutation, { refetchQueries });
  const [decline, declining] = useMutation(DeclineJoinRequestMutation, { refetchQueries });
  const [declineOpen, setDeclineOpen] = useState(false);
  const [reason, setReason] = useState<OrganizationJoinDeclineReason | ''>('');
  const [problem, setProblem] = useState<string | null>(null);
  const busy = accepting.loading || declining.loading;
  const asked = new Date(String(request.createdAt)).toLocaleDateString(i18n.resolvedLanguage);

  async function answer(run: () => Promise<unknown>, done: string) {
    setProblem(null);
    try {
      await run();
      onAnswered(done);
    } catch (error) {
      setProblem(errorMessage(t, error));
    }
  }

  return (
    <li className="card">
      <h3>{request.requesterName}</h3>
      <p className="organization-meta">
        <span>{t(`organizations.requests.role.${request.role as 'MEMBER'}`)}</span>
        <span>{t('organizations.requests.asked', { date: asked })}</span>
      </p>
      {request.message && <blockquote>{request.message}</blockquote>}
      <div className="actions">
        <button
          className="button primary"
          type="button"
          disabled={busy}
          onClick={() =>
            void answer(
              () => accept({ variables: { requestId: request.id } }),
              t('organizations.requests.accepted', { name: request.requesterName }),
            )
          }
        >
          {t('organizations.requests.accept')}
        </button>
        {!declineOpen && (
          <button className="button" type="button" disabled={busy} onClick={() => setDeclineOpen(true)}>
            {t('organizations.requests.decline')}
          </button>
        )}
      </div>
      {declineOpen && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void answer(
              () => decline({ variables: { input: { requestId: request.id, reason: reason || null } } }),
              t('organizations.requests.declined', { name: request.requesterName }),
            );
          }}
        >
          <SelectField<OrganizationJoinDeclineReason>
            label={t('organizations.requests.reason')}
            choices={ORGANIZATION_JOIN_DECLINE_REASONS.map((code) => ({
              value: code,
              label: label(ORGANIZATION_JOIN_DECLINE_REASON_LABELS, code),
            }))}
            value={reason}
            onChange={setReason}
            emptyLabel={t('organizations.requests.noReason')}
          />
          <div className="actions">
            <button className="button" type="submit" disabled={busy}>
              {t('organizations.requests.confirmDecline')}
            </button>
            <button className="button" type="button" onClick={() => setDeclineOpen(false)}>
              {t('organizations.requests.cancel')}
            </button>
          </div>
        </form>
      )}
      <FormError message={problem} />
    </li>
  );
}
