// A mentor's or adviser's invitations (accept, or decline with a reason) and the people she accompanies.
import { NEED_LABELS, SUPPORT_KIND_LABELS } from '@aliadas/shared';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors';
import { RequireSignedIn } from '../../app/RequireSignedIn';
import { useLabel } from '../../app/vocabulary';
import { AppLink } from '../../components/AppLink';
import { FormError, TextField } from '../../components/forms';
import { ReasonPicker } from '../../components/ReasonPicker';
import { Reasons } from '../../components/Reasons';
import type { MatchReasonCode, MyInvitationsQuery as Result } from '../../gql/graphql';
import { AcceptInvitationMutation, DeclineInvitationMutation, MyInvitationsQuery } from './invitations.documents';

const DECLINE_REASONS: readonly MatchReasonCode[] = [
  'NO_TIME',
  'OUTSIDE_EXPERTISE',
  'LANGUAGE_BARRIER',
  'CONFLICT_OF_INTEREST',
  'PERSONAL_REASONS',
  'OTHER',
];

export default function InvitationsPage() {
  return <RequireSignedIn roles={['MENTOR', 'ADVISER']}>{() => <Invitations />}</RequireSignedIn>;
}

function Invitations() {
  const { t } = useTranslation();
  const label = useLabel();
  const { data, loading } = useQuery(MyInvitationsQuery, { fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <p className="loading">{t('shell.loading')}</p>;
  const invitations = data?.myInvitations ?? [];
  const matches = (data?.myMatches ?? []).filter((m) => m.status === 'ACTIVE' || m.status === 'ACCEPTED');
  const conversationOf = new Map((data?.conversations ?? []).map((c) => [c.matchId, c.id]));
  return (
    <section aria-labelledby="invitations-title">
      <h1 id="invitations-title">{t('invitations.title')}</h1>
      {invitations.length === 0 ? (
        <p>{t('invitations.none')}</p>
      ) : (
        <ul className="cards">
          {invitations.map((invitation) => (
            <Invitation key={invitation.id} invitation={invitation} />
          ))}
        </ul>
      )}
      <h2>{t('invitations.people')}</h2>
      {matches.length === 0 ? (
        <p>{t('invitations.nobodyYet')}</p>
      ) : (
        <ul className="cards">
          {matches.map((m) => (
            <li key={m.id} className="card">
              <h3>{m.entrepreneur.displayName}</h3>
              <p>
                {label(SUPPORT_KIND_LABELS, m.kind)} · {m.demand.needs.map((n) => label(NEED_LABELS, n)).join(', ')}
              </p>
              {conversationOf.has(m.id) && (
                <AppLink className="button primary" to={`/chat/${conversationOf.get(m.id)}`}>
                  {t('chat.openWith', { name: m.entrepreneur.displayName })}
                </AppLink>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Invitation({ invitation }: { invitation: Result['myInvitations'][number] }) {
  const { t, i18n } = useTranslation();
  const label = useLabel();
  const refetchQueries = [MyInvitationsQuery];
  const [accept, accepting] = useMutation(AcceptInvitationMutation, { refetchQueries });
  const [decline, declining] = useMutation(DeclineInvitationMutation, { refetchQueries });
  const [declineOpen, setDeclineOpen] = useState(false);
  const [reason, setReason] = useState<MatchReasonCode | ''>('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const expires = invitation.invitationExpiresAt
    ? new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(invitation.invitationExpiresAt),
      )
    : null;

  async function run(action: () => Promise<unknown>) {
    setProblem(null);
    try {
      await action();
    } catch (error) {
      setProblem(errorMessage(t, error));
    }
  }

  function submitDecline(event: FormEvent) {
    event.preventDefault();
    if (!reason) return;
    void run(() => decline({ variables: { matchId: invitation.id, reason, note: note.trim() || null } }));
  }

  return (
    <li className="card">
      <h2>{invitation.entrepreneur.displayName}</h2>
      <p>
        {label(SUPPORT_KIND_LABELS, invitation.kind)} ·{' '}
        {invitation.demand.needs.map((n) => label(NEED_LABELS, n)).join(', ')}
      </p>
      <Reasons reasons={invitation.reasons} />
      {expires && <p className="hint">{t('invitations.expires', { when: expires })}</p>}
      <FormError message={problem} />
      {declineOpen ? (
        <form onSubmit={submitDecline}>
          <ReasonPicker
            label={t('invitations.declineReason')}
            codes={DECLINE_REASONS}
            value={reason}
            onChange={setReason}
          />
          <TextField
            label={t('invitations.note')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            maxLength={1000}
          />
          <div className="actions">
            <button className="button primary" type="submit" disabled={declining.loading || !reason}>
              {t('invitations.confirmDecline')}
            </button>
            <button className="button" type="button" onClick={() => setDeclineOpen(false)}>
              {t('shell.back')}
            </button>
          </div>
        </form>
      ) : (
        <div className="actions">
          <button
            className="button primary"
            type="button"
            disabled={accepting.loading}
            onClick={() => void run(() => accept({ variables: { matchId: invitation.id } }))}
          >
            {t('invitations.accept')}
          </button>
          <button className="button" type="button" onClick={() => setDeclineOpen(true)}>
            {t('invitations.decline')}
          </button>
        </div>
      )}
    </li>
  );
}
