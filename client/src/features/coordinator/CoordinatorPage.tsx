// The coordinator's desk: who is still waiting and why, and the matching round (a dry run first, then
// proposals to approve or reject, each with its reasons).
import { COUNTRY_LABELS, NEED_LABELS, SUPPORT_KIND_LABELS } from '@aliadas/shared';
import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors';
import { RequireSignedIn } from '../../app/RequireSignedIn';
import type { Me } from '../../app/session';
import { openDemandReasonLabel } from '../../app/open-demand-reason';
import { useLabel } from '../../app/vocabulary';
import { FormError, TextField } from '../../components/forms';
import { AppLink } from '../../components/AppLink';
import { LogOutButton } from '../../components/LogOutButton';
import { ReasonPicker } from '../../components/ReasonPicker';
import { Reasons } from '../../components/Reasons';
import type {
  MatchReasonCode,
  OpenDemandsQuery as OpenDemandsResult,
  ProposalsQuery as ProposalsResult,
  RunMatchingRoundMutation as Round,
} from '../../gql/graphql';
import {
  ApproveProposalMutation,
  CandidatesQuery,
  MatchByHandMutation,
  OpenDemandsQuery,
  ProposalsQuery,
  RejectProposalMutation,
  RunMatchingRoundMutation,
  SwapProposalMutation,
} from './coordinator.documents';
import { RoundProgressBar, usePhaseText, useRoundProgress } from './RoundProgress';

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

function Coordinator({ me }: { me: Me }) {
  const { t } = useTranslation();
  const label = useLabel();
  const demands = useQuery(OpenDemandsQuery, { fetchPolicy: 'cache-and-network' });
  const [runRound, running] = useMutation(RunMatchingRoundMutation, { refetchQueries: [OpenDemandsQuery] });
  const [round, setRound] = useState<Round['runMatchingRound'] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const roundProgress = useRoundProgress();
  const phase = usePhaseText(roundProgress.progress);
  // Shown above the list: the card she matched leaves the list of open demands at once.
  const [matchedByHand, setMatchedByHand] = useState<string | null>(null);

  async function run(dryRun: boolean) {
    setProblem(null);
    roundProgress.watch();
    try {
      const result = await runRound({ variables: { dryRun } });
      setRound(result.data?.runMatchingRound ?? null);
    } catch (error) {
      setProblem(errorMessage(t, error));
    } finally {
      roundProgress.stop();
    }
  }

  const open = demands.data?.openDemands ?? [];
  return (
    <section aria-labelledby="coordinator-title">
      <h1 id="coordinator-title">{t('coordinator.title')}</h1>
      <p>{t('home.greeting', { name: me.displayName })}</p>
      <div className="actions">
        <AppLink className="button" to="/dashboard">
          {t('home.openDashboard')}
        </AppLink>
        <AppLink className="button" to="/reports">
          {t('home.openReports')}
        </AppLink>
        <AppLink className="button" to="/supporters">
          {t('responsiveness.link')}
        </AppLink>
        <AppLink className="button" to="/assisted">
          {t('assisted.link')}
        </AppLink>
        <AppLink className="button" to="/organizations/requests">
          {t('organizations.requests.title')}
        </AppLink>
      </div>

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
      {running.loading && <RoundProgressBar progress={roundProgress.progress} />}
      <p role="status" className="round-status">
        {running.loading
          ? phase
          : round &&
            t(round.dryRun ? 'coordinator.dryRunFinished' : 'coordinator.roundFinished', { n: round.matchedCount })}
      </p>
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
                    {openDemandReasonLabel(label, c.code)}: {c.count}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {round && <Proposals key={round.id} roundId={round.id} dryRun={round.dryRun} />}

      <h2>{t('coordinator.waiting', { n: open.length })}</h2>
      <p role="status">{matchedByHand && t('coordinator.matchedByHand', { name: matchedByHand })}</p>
      {demands.loading && !demands.data ? (
        <p className="loading">{t('shell.loading')}</p>
      ) : (
        <ul className="cards">
          {open.slice(0, 10).map((d) => (
            <OpenDemandCard key={d.demand.id} demand={d} onMatched={setMatchedByHand} />
          ))}
        </ul>
      )}
      <LogOutButton />
    </section>
  );
}

function Proposals({ roundId, dryRun }: { roundId: string; dryRun: boolean }) {
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
      <h2>
        {dryRun
          ? t('coordinator.plannedProposals', { n: proposals.length })
          : t('coordinator.proposals', { n: proposals.length })}
      </h2>
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
  const [swap, swapping] = useMutation(SwapProposalMutation, { refetchQueries });
  const [reason, setReason] = useState<MatchReasonCode | ''>('');
  const [note, setNote] = useState('');
  const [mode, setMode] = useState<'idle' | 'reject' | 'swap'>('idle');
  const [problem, setProblem] = useState<string | null>(null);
  const matchId = proposal.matchId;
  const title = `${proposal.entrepreneur.displayName} → ${proposal.supporter.displayName}`;

  async function act(action: () => Promise<unknown>) {
    setProblem(null);
    try {
      await action();
      setMode('idle');
    } catch (error) {
      setProblem(errorMessage(t, error));
    }
  }

  return (
    <li className="card">
      <h3>{title}</h3>
      <p>
        {label(SUPPORT_KIND_LABELS, proposal.kind)}
        {proposal.status && <> · {t(`matchStatus.${proposal.status}`)}</>}
      </p>
      <Reasons reasons={proposal.reasons} />
      <FormError message={problem} />
      {matchId && proposal.status === 'PROPOSED' && (
        <>
          <div className="actions" role="group" aria-label={title}>
            <button
              className="button primary"
              type="button"
              disabled={approving.loading}
              onClick={() => void act(() => approve({ variables: { matchId } }))}
            >
              {t('coordinator.approve')}
            </button>
            <button
              className="button"
              type="button"
              aria-expanded={mode === 'swap'}
              onClick={() => setMode(mode === 'swap' ? 'idle' : 'swap')}
            >
              {t('coordinator.swap')}
            </button>
            <button
              className="button"
              type="button"
              aria-expanded={mode === 'reject'}
              onClick={() => setMode(mode === 'reject' ? 'idle' : 'reject')}
            >
              {t('coordinator.reject')}
            </button>
          </div>
          {mode === 'reject' && (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                if (reason) void act(() => reject({ variables: { matchId, reason, note: note.trim() || null } }));
              }}
            >
              <ReasonPicker
                label={t('coordinator.rejectReason')}
                codes={REJECT_REASONS}
                value={reason}
                onChange={setReason}
              />
              <TextField
                label={t('coordinator.note')}
                value={note}
                onChange={(e) => setNote(e.target.value)}
                maxLength={1000}
              />
              <button className="button" type="submit" disabled={rejecting.loading || !reason}>
                {t('coordinator.confirmReject')}
              </button>
            </form>
          )}
          {mode === 'swap' && (
            <CandidatePicker
              demandId={proposal.demandId}
              exclude={proposal.supporter.userId}
              legend={t('coordinator.swapFor', { name: proposal.entrepreneur.displayName })}
              submitLabel={t('coordinator.confirmSwap')}
              busy={swapping.loading}
              noteLabel={t('coordinator.note')}
              noteRequired={false}
              onChoose={(supporterUserId, chosenNote) =>
                void act(() => swap({ variables: { matchId, supporterUserId, note: chosenNote || null } }))
              }
            />
          )}
        </>
      )}
      {matchId && proposal.status === 'ACTIVE' && (
        <div className="actions">
          <AppLink className="button" to={`/coordinator/matches/${matchId}/interpreter`}>
            {t('interpreters.openLink')}
          </AppLink>
        </div>
      )}
    </li>
  );
}

/**
 * The supporters who could take this demand (hard constraints hold for each), best first with reasons,
 * as radio choices; or why nobody can.
 */
function CandidatePicker({
  demandId,
  exclude,
  legend,
  submitLabel,
  busy,
  noteLabel,
  noteRequired,
  onChoose,
}: {
  demandId: string;
  exclude?: string;
  legend: string;
  submitLabel: string;
  busy: boolean;
  noteLabel: string;
  noteRequired: boolean;
  onChoose: (supporterUserId: string, note: string) => void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const { data, error } = useQuery(CandidatesQuery, { variables: { demandId }, fetchPolicy: 'network-only' });
  const [chosen, setChosen] = useState('');
  const [note, setNote] = useState('');
  const name = useId();
  if (error) return <p role="alert">{errorMessage(t, error)}</p>;
  const result = data?.recommendations;
  if (!result) return <p className="loading">{t('shell.loading')}</p>;
  const candidates = result.recommendations.filter((r) => r.supporter.userId !== exclude);
  if (candidates.length === 0) {
    // Addressed to the coordinator, in the recruiting view's words (every code the engine has).
    const why = result.blockedBy ? openDemandReasonLabel(label, result.blockedBy.code) : null;
    return <p className="hint no-candidates">{why ?? t('coordinator.noCandidates')}</p>;
  }
  const ready = chosen !== '' && (!noteRequired || note.trim() !== '');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (ready) onChoose(chosen, note.trim());
      }}
    >
      <fieldset className="choices">
        <legend>{legend}</legend>
        {candidates.map((c) => {
          const id = `${name}-${c.supporter.userId}`;
          return (
            <div key={c.supporter.userId} className={chosen === c.supporter.userId ? 'option checked' : 'option'}>
              <input
                id={id}
                type="radio"
                name={name}
                value={c.supporter.userId}
                checked={chosen === c.supporter.userId}
                onChange={() => setChosen(c.supporter.userId)}
              />
              <label htmlFor={id}>
                <span>
                  {c.supporter.displayName}
                  <Reasons reasons={c.reasons} limit={3} />
                </span>
              </label>
            </div>
          );
        })}
      </fieldset>
      <TextField
        label={noteLabel}
        value={note}
        required={noteRequired}
        onChange={(e) => setNote(e.target.value)}
        maxLength={1000}
      />
      <button className="button primary" type="submit" disabled={busy || !ready}>
        {submitLabel}
      </button>
    </form>
  );
}

function OpenDemandCard({
  demand,
  onMatched,
}: {
  demand: OpenDemandsResult['openDemands'][number];
  onMatched: (name: string) => void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const [matching, setMatching] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [matchByHand, byHand] = useMutation(MatchByHandMutation, { refetchQueries: [OpenDemandsQuery] });
  const name = demand.entrepreneur.displayName;

  async function choose(supporterUserId: string, reason: string) {
    setProblem(null);
    try {
      await matchByHand({ variables: { demandId: demand.demand.id, supporterUserId, reason } });
      setMatching(false);
      onMatched(name);
    } catch (error) {
      setProblem(errorMessage(t, error));
    }
  }

  return (
    <li className="card">
      <h3>{name}</h3>
      <p>
        {label(SUPPORT_KIND_LABELS, demand.demand.kind)} · {label(COUNTRY_LABELS, demand.countryOfResidence)} ·{' '}
        {t('coordinator.daysWaiting', { days: demand.daysWaiting })}
      </p>
      <p className="hint">{demand.demand.needs.map((n) => label(NEED_LABELS, n)).join(', ')}</p>
      <p>{openDemandReasonLabel(label, demand.why.code)}</p>
      <FormError message={problem} />
      <button type="button" className="button" aria-expanded={matching} onClick={() => setMatching(!matching)}>
        {t('coordinator.matchByHand')}
      </button>
      {matching && (
        <CandidatePicker
          demandId={demand.demand.id}
          legend={t('coordinator.chooseFor', { name })}
          submitLabel={t('coordinator.confirmMatch')}
          busy={byHand.loading}
          noteLabel={t('coordinator.whyThisPair')}
          noteRequired
          onChoose={(supporterUserId, reason) => void choose(supporterUserId, reason)}
        />
      )}
    </li>
  );
}
