// The coordinator's desk: who is still waiting and why, and the matching round (a dry run first, then
// proposals to approve or reject, each with its reasons).
import { COUNTRY_LABELS, NEED_LABELS, SUPPORT_KIND_LABELS } from '@aliadas/shared';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors';
import { RequireSignedIn } from '../../app/RequireSignedIn';
import type { Me } from '../../app/session';
import { useLabel } from '../../app/vocabulary';
import { FormError, TextField } from '../../components/forms';
import { LogOutButton } from '../../components/LogOutButton';
import { ReasonPicker } from '../../components/ReasonPicker';
import { Reasons } from '../../components/Reasons';
import type {
  MatchReasonCode,
  ProposalsQuery as ProposalsResult,
  RunMatchingRoundMutation as Round,
} from '../../gql/graphql';
import {
  ApproveProposalMutation,
  OpenDemandsQuery,
  ProposalsQuery,
  RejectProposalMutation,
  RunMatchingRoundMutation,
} from './coordinator.documents';

const REJECT_REASONS: readonly MatchReasonCode[] = [
  'NOT_SUITABLE',
  'BETTER_CANDIDATE',
  'LANGUAGE_BARRIER',
  'CONFLICT_OF_INTEREST',
  'SAFETY_CONCERN',
  'OTHER',
];

export default function CoordinatorPage() {
  return <RequireSignedIn roles={['COORDINATOR', 'ADMIN']}>{(me) => <Coordinator me={me} />}</RequireSignedIn>;
}

function whyText(t: ReturnType<typeof useTranslation>['t'], code: string): string {
  return t(`coordinator.why.${code}` as 'coordinator.why.AWAITING_ROUND', { defaultValue: code });
}

function Coordinator({ me }: { me: Me }) {
  const { t } = useTranslation();
  const label = useLabel();
  const demands = useQuery(OpenDemandsQuery, { fetchPolicy: 'cache-and-network' });
  const [runRound, running] = useMutation(RunMatchingRoundMutation, { refetchQueries: [OpenDemandsQuery] });
  const [round, setRound] = useState<Round['runMatchingRound'] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function run(dryRun: boolean) {
    setProblem(null);
    try {
      const result = await runRound({ variables: { dryRun } });
      setRound(result.data?.runMatchingRound ?? null);
    } catch (error) {
      setProblem(errorMessage(t, error));
    }
  }

  const open = demands.data?.openDemands ?? [];
  return (
    <section aria-labelledby="coordinator-title">
      <h1 id="coordinator-title">{t('coordinator.title')}</h1>
      <p>{t('home.greeting', { name: me.displayName })}</p>

      <h2>{t('coordinator.round')}</h2>
      <p className="hint">{t('coordinator.roundLead')}</p>
      <div className="actions">
        <button className="button" type="button" disabled={running.loading} onClick={() => void run(true)}>
          {t('coordinator.dryRun')}
        </button>
        <button className="button primary" type="button" disabled={running.loading} onClick={() => void run(false)}>
          {t('coordinator.propose')}
        </button>
      </div>
      {running.loading && <p role="status">{t('coordinator.running')}</p>}
      <FormError message={problem} />
      {round && (
        <div className="card" aria-live="polite">
          <h3>{round.dryRun ? t('coordinator.dryRunResult') : t('coordinator.roundResult')}</h3>
          <dl className="figures">
            <dt>{t('coordinator.demands')}</dt>
            <dd>{round.demandCount}</dd>
            <dt>{t('coordinator.supporters')}</dt>
            <dd>{round.supporterCount}</dd>
            <dt>{t('coordinator.matched')}</dt>
            <dd>{round.matchedCount}</dd>
            <dt>{t('coordinator.unmatched')}</dt>
            <dd>{round.unmatchedCount}</dd>
          </dl>
          {round.unmatchedCounts.length > 0 && (
            <>
              <h4>{t('coordinator.whyUnmatched')}</h4>
              <ul>
                {round.unmatchedCounts.map((c) => (
                  <li key={c.code}>
                    {whyText(t, c.code)}: {c.count}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {round && !round.dryRun && <Proposals roundId={round.id} />}

      <h2>{t('coordinator.waiting', { n: open.length })}</h2>
      {demands.loading && !demands.data ? (
        <p className="loading">{t('shell.loading')}</p>
      ) : (
        <ul className="cards">
          {open.slice(0, 10).map((d) => (
            <li key={d.demand.id} className="card">
              <h3>{d.entrepreneur.displayName}</h3>
              <p>
                {label(SUPPORT_KIND_LABELS, d.demand.kind)} · {label(COUNTRY_LABELS, d.countryOfResidence)} ·{' '}
                {t('coordinator.daysWaiting', { days: d.daysWaiting })}
              </p>
              <p className="hint">{d.demand.needs.map((n) => label(NEED_LABELS, n)).join(', ')}</p>
              <p>{whyText(t, d.why.code)}</p>
            </li>
          ))}
        </ul>
      )}
      <LogOutButton />
    </section>
  );
}

function Proposals({ roundId }: { roundId: string }) {
  const { t } = useTranslation();
  const { data, loading } = useQuery(ProposalsQuery, { variables: { roundId } });
  const [search, setSearch] = useState('');
  if (loading && !data) return <p className="loading">{t('shell.loading')}</p>;
  const proposals = data?.proposals ?? [];
  // A round proposes many pairs; only the first 20 are shown, so she finds anyone else by name.
  const wanted = search.trim().toLocaleLowerCase();
  const shown = wanted
    ? proposals.filter((p) =>
        `${p.entrepreneur.displayName} ${p.supporter.displayName}`.toLocaleLowerCase().includes(wanted),
      )
    : proposals;
  return (
    <>
      <h2>{t('coordinator.proposals', { n: proposals.length })}</h2>
      <TextField
        label={t('coordinator.findByName')}
        type="search"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <ul className="cards">
        {shown.slice(0, 20).map((p) => (
          <ProposalCard key={`${p.demandId}-${p.supporter.userId}`} proposal={p} roundId={roundId} />
        ))}
      </ul>
    </>
  );
}

function ProposalCard({ proposal, roundId }: { proposal: ProposalsResult['proposals'][number]; roundId: string }) {
  const { t } = useTranslation();
  const label = useLabel();
  const refetchQueries = [{ query: ProposalsQuery, variables: { roundId } }];
  const [approve, approving] = useMutation(ApproveProposalMutation, { refetchQueries });
  const [reject, rejecting] = useMutation(RejectProposalMutation, { refetchQueries });
  const [reason, setReason] = useState<MatchReasonCode | ''>('');
  const [problem, setProblem] = useState<string | null>(null);
  const matchId = proposal.matchId;

  async function act(action: () => Promise<unknown>) {
    setProblem(null);
    try {
      await action();
    } catch (error) {
      setProblem(errorMessage(t, error));
    }
  }

  return (
    <li className="card">
      <h3>
        {proposal.entrepreneur.displayName} → {proposal.supporter.displayName}
      </h3>
      <p>
        {label(SUPPORT_KIND_LABELS, proposal.kind)}
        {proposal.status && <> · {t(`matchStatus.${proposal.status}`)}</>}
      </p>
      <Reasons reasons={proposal.reasons} />
      <FormError message={problem} />
      {matchId && proposal.status === 'PROPOSED' && (
        <div className="actions">
          <button
            className="button primary"
            type="button"
            disabled={approving.loading}
            onClick={() => void act(() => approve({ variables: { matchId } }))}
          >
            {t('coordinator.approve')}
          </button>
          <ReasonPicker
            label={t('coordinator.rejectReason')}
            codes={REJECT_REASONS}
            value={reason}
            onChange={setReason}
          />
          <button
            className="button"
            type="button"
            disabled={rejecting.loading || !reason}
            onClick={() => reason && void act(() => reject({ variables: { matchId, reason } }))}
          >
            {t('coordinator.reject')}
          </button>
        </div>
      )}
    </li>
  );
}
