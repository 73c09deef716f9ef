// Her support: what she asked for, who is helping her and why, and asking for more help in plain words.
import {
  MODALITIES,
  MODALITY_LABELS,
  NEED_DESCRIPTIONS,
  NEED_LABELS,
  NEEDS,
  SUPPORT_KIND_LABELS,
  URGENCIES,
  URGENCY_LABELS,
  type Modality,
  type Need,
  type Urgency,
} from '@aliadas/shared';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors';
import { reasonText } from '../../app/reasons';
import { RequireSignedIn } from '../../app/RequireSignedIn';
import { useLabel } from '../../app/vocabulary';
import { AppLink } from '../../components/AppLink';
import { CheckboxGroup, FormError, RadioGroup, TextField } from '../../components/forms';
import { PartyContact, partyName } from '../../components/PartyContact';
import { Reasons } from '../../components/Reasons';
import type { MatchReasonCode, MySupportQuery as MySupportResult } from '../../gql/graphql';
import { ReasonPicker } from '../../components/ReasonPicker';
import { RematchOffers } from './RematchOffers';
import {
  CreateSupportRequestMutation,
  EndMatchMutation,
  MySupportQuery,
  RecommendationsQuery,
  WithdrawSupportRequestMutation,
} from './support.documents';

export default function SupportPage() {
  return <RequireSignedIn roles={['ENTREPRENEUR']}>{() => <Support />}</RequireSignedIn>;
}

function Support() {
  const { t } = useTranslation();
  const label = useLabel();
  const { data, loading } = useQuery(MySupportQuery, { fetchPolicy: 'cache-and-network' });
  const [asking, setAsking] = useState(false);
  const [justAsked, setJustAsked] = useState<string[]>([]);

  if (loading && !data) return <p className="loading">{t('shell.loading')}</p>;
  const open = (data?.mySupportRequests ?? []).filter((r) => r.status === 'OPEN');
  const matches = data?.myMatches ?? [];
  const conversationOf = new Map((data?.conversations ?? []).map((c) => [c.matchId, c.id]));
  const showForm = asking || open.length === 0;

  return (
    <section aria-labelledby="support-title">
      <h1 id="support-title">{showForm ? t('support.askTitle') : t('support.title')}</h1>
      <RematchOffers />
      {showForm ? (
        <AskForSupport
          onAsked={(demandIds) => {
            setJustAsked(demandIds);
            setAsking(false);
          }}
        />
      ) : (
        <>
          <h2>{t('support.team')}</h2>
          {matches.length === 0 ? (
            <p>{t('support.noTeamYet')}</p>
          ) : (
            <ul className="cards">
              {matches.map((m) => (
                <TeamMember key={m.id} match={m} conversationId={conversationOf.get(m.id) ?? null} />
              ))}
            </ul>
          )}
          <h2>{t('support.requests')}</h2>
          <ul className="cards">
            {open.map((r) => (
              <li key={r.id} className="card">
                <ul className="cards">
                  {r.demands.map((d) => (
                    <li key={d.id}>
                      <h3>{label(SUPPORT_KIND_LABELS, d.kind)}</h3>
                      <p>{d.needs.map((n) => label(NEED_LABELS, n)).join(', ')}</p>
                      <p className="hint">{t(`demandStatus.${d.status}`)}</p>
                      {(justAsked.includes(d.id) || d.status === 'OPEN') && <Recommendations demandId={d.id} />}
                    </li>
                  ))}
                </ul>
                <WithdrawRequest requestId={r.id} />
              </li>
            ))}
          </ul>
          <button type="button" className="button" onClick={() => setAsking(true)}>
            {t('support.askMore')}
          </button>
        </>
      )}
    </section>
  );
}

const END_REASONS: readonly MatchReasonCode[] = [
  'NO_LONGER_NEEDED',
  'NOT_RESPONDING',
  'LANGUAGE_BARRIER',
  'PERSONAL_REASONS',
  'SAFETY_CONCERN',
  'OTHER',
];
const ENDABLE: readonly string[] = ['APPROVED', 'ACCEPTED', 'ACTIVE'];
/** Once the supporter has accepted; read-only after the match ends. */
const GOALS_STATUSES: readonly string[] = ['ACCEPTED', 'ACTIVE', 'COMPLETED', 'WITHDRAWN'];

/** One person of her team, why she was chosen, and a way to end the match with a reason. */
function TeamMember({
  match,
  conversationId,
}: {
  match: MySupportResult['myMatches'][number];
  conversationId: string | null;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const [end, { loading }] = useMutation(EndMatchMutation, { refetchQueries: [MySupportQuery] });
  const [ending, setEnding] = useState(false);
  const [reason, setReason] = useState<MatchReasonCode | ''>('');
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason) return;
    setProblem(null);
    try {
      await end({ variables: { matchId: match.id, reason } });
      setEnding(false);
    } catch (error) {
      setProblem(errorMessage(t, error));
    }
  }

  return (
    <li className="card">
      <h3>{partyName(t, match.supporter)}</h3>
      <p>
        {label(SUPPORT_KIND_LABELS, match.kind)} · {t(`matchStatus.${match.status}`)}
      </p>
      <PartyContact contact={match.supporter.contact} />
      <Reasons reasons={match.reasons} />
      <div className="actions">
        {conversationId && (
          <AppLink className="button primary" to={`/chat/${conversationId}`}>
            {t('chat.openWith', { name: partyName(t, match.supporter) })}
          </AppLink>
        )}
        {GOALS_STATUSES.includes(match.status) && (
          <AppLink className="button" to={`/goals/${match.id}`}>
            {t('goals.openWith', { name: partyName(t, match.supporter) })}
          </AppLink>
        )}
        {ENDABLE.includes(match.status) && !ending && (
          <button type="button" className="button" onClick={() => setEnding(true)}>
            {t('support.endMatch')}
          </button>
        )}
      </div>
      {ending && (
        <form onSubmit={(e) => void submit(e)}>
          <ReasonPicker label={t('support.endReason')} codes={END_REASONS} value={reason} onChange={setReason} />
          <p className="hint">{t('support.endHint')}</p>
          <FormError message={problem} />
          <div className="actions">
            <button className="button primary" type="submit" disabled={loading || !reason}>
              {t('support.confirmEnd')}
            </button>
            <button className="button" type="button" onClick={() => setEnding(false)}>
              {t('support.keep')}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}

/** Withdrawing a request ends every match in flight for it: she confirms first. */
function WithdrawRequest({ requestId }: { requestId: string }) {
  const { t } = useTranslation();
  const [withdraw, { loading }] = useMutation(WithdrawSupportRequestMutation, { refetchQueries: [MySupportQuery] });
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function confirm() {
    setProblem(null);
    try {
      await withdraw({ variables: { id: requestId } });
    } catch (error) {
      setProblem(errorMessage(t, error));
    }
  }

  if (!confirming) {
    return (
      <button type="button" className="button" onClick={() => setConfirming(true)}>
        {t('support.withdraw')}
      </button>
    );
  }
  return (
    <div role="group" aria-label={t('support.withdraw')}>
      <p>{t('support.withdrawConfirm')}</p>
      <FormError message={problem} />
      <div className="actions">
        <button type="button" className="button primary" disabled={loading} onClick={() => void confirm()}>
          {t('support.withdrawYes')}
        </button>
        <button type="button" className="button" onClick={() => setConfirming(false)}>
          {t('support.keep')}
        </button>
      </div>
    </div>
  );
}

function Recommendations({ demandId }: { demandId: string }) {
  const { t } = useTranslation();
  const label = useLabel();
  const { data, error } = useQuery(RecommendationsQuery, { variables: { demandId } });
  if (error) return <p className="hint">{errorMessage(t, error)}</p>;
  const result = data?.recommendations;
  if (!result) return <p className="hint">{t('shell.loading')}</p>;
  if (result.recommendations.length === 0) {
    const why = result.blockedBy ? reasonText(t, label, result.blockedBy, 'blocked') : null;
    return <p className="hint">{why ?? t('support.nobodyYet')}</p>;
  }
  return (
    <div className="recommendations">
      <h4>{t('support.whoCouldHelp')}</h4>
      <ul>
        {result.recommendations.map((r) => (
          <li key={r.supporter.userId}>
            <strong>{r.supporter.displayName}</strong>
            <Reasons reasons={r.reasons} limit={3} />
          </li>
        ))}
      </ul>
      <p className="hint">{t('support.coordinatorDecides')}</p>
    </div>
  );
}

function AskForSupport({ onAsked }: { onAsked: (demandIds: string[]) => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const [create, { loading }] = useMutation(CreateSupportRequestMutation, { refetchQueries: [MySupportQuery] });
  const [needs, setNeeds] = useState<Need[]>([]);
  const [urgency, setUrgency] = useState<Urgency>('NORMAL');
  const [modality, setModality] = useState<Modality>('CHAT');
  const [description, setDescription] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (needs.length === 0) {
      setProblem(t('support.needOne'));
      return;
    }
    setProblem(null);
    try {
      const result = await create({
        variables: { input: { needs, urgency, modality, description: description.trim() || null } },
      });
      onAsked(result.data?.createSupportRequest.demands.map((d) => d.id) ?? []);
    } catch (error) {
      setProblem(errorMessage(t, error));
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)}>
      <p>{t('support.askLead')}</p>
      <CheckboxGroup<Need>
        legend={t('support.needs')}
        name="needs"
        selected={needs}
        onChange={setNeeds}
        choices={NEEDS.map((n) => ({
          value: n.code,
          label: label(NEED_LABELS, n.code),
          icon: n.icon,
          description: label(NEED_DESCRIPTIONS, n.code),
        }))}
      />
      <RadioGroup<Urgency>
        legend={t('support.urgency')}
        name="urgency"
        value={urgency}
        onChange={setUrgency}
        choices={URGENCIES.map((u) => ({ value: u, label: label(URGENCY_LABELS, u) }))}
      />
      <RadioGroup<Modality>
        legend={t('support.modality')}
        name="modality"
        value={modality}
        onChange={setModality}
        choices={MODALITIES.map((m) => ({ value: m, label: label(MODALITY_LABELS, m) }))}
      />
      <TextField
        label={t('support.description')}
        hint={t('support.descriptionHint')}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        maxLength={2000}
      />
      <FormError message={problem} />
      <div className="actions">
        <button className="button primary" type="submit" disabled={loading}>
          {loading ? t('shell.saving') : t('support.send')}
        </button>
        <AppLink className="button" to="/home">
          {t('support.notNow')}
        </AppLink>
      </div>
    </form>
  );
}
