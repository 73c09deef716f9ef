// The goals of one match, as either of its two people sees them: progress by milestones, updates from
// both sides, and a short log of their sessions. Only ids are in the address.
import { GOAL_STATUS_LABELS, GOAL_STATUSES, type GoalStatus } from '@aliadas/shared';
import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorMessage } from '../../app/errors';
import { RequireSignedIn } from '../../app/RequireSignedIn';
import { useLabel, useLocale } from '../../app/vocabulary';
import { AppLink } from '../../components/AppLink';
import { FormError, Notice, SelectField, TextField } from '../../components/forms';
import type {
  GoalBoardQuery as BoardResult,
  GoalFieldsFragment,
  GoalPathwaysQuery as PathwaysResult,
  MatchSide,
} from '../../gql/graphql';
import {
  AddGoalMutation,
  AddMilestoneMutation,
  AddPathwayGoalMutation,
  GoalBoardQuery,
  GoalPathwaysQuery,
  LogSessionMutation,
  PostGoalUpdateMutation,
  SetMilestoneDoneMutation,
} from './goals.documents';

type Board = BoardResult['goalBoard'];
type Pathway = PathwaysResult['goalPathways'][number];

export default function GoalsPage() {
  const { matchId = '' } = useParams();
  return (
    <RequireSignedIn roles={['ENTREPRENEUR', 'MENTOR', 'ADVISER']}>{() => <Goals matchId={matchId} />}</RequireSignedIn>
  );
}

function Goals({ matchId }: { matchId: string }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(GoalBoardQuery, {
    variables: { matchId },
    fetchPolicy: 'cache-and-network',
  });
  if (loading && !data) return <p className="loading">{t('shell.loading')}</p>;
  const board = data?.goalBoard;
  if (!board) return <p role="alert">{error ? errorMessage(t, error) : t('errors.byCode.NOT_FOUND')}</p>;
  const back = board.mySide === 'ENTREPRENEUR' ? '/support' : '/mentees';
  return (
    <section aria-labelledby="goals-title">
      <h1 id="goals-title">{t('goals.title', { name: board.partnerName })}</h1>
      <p className="hint">{t('goals.intro')}</p>
      {!board.writable && <Notice>{t('goals.readOnly')}</Notice>}
      <h2>{t('goals.goalsHeading')}</h2>
      {board.goals.length === 0 ? (
        <p>{t('goals.none')}</p>
      ) : (
        <ul className="cards">
          {board.goals.map((goal) => (
            <GoalCard key={goal.id} goal={goal} board={board} />
          ))}
        </ul>
      )}
      {board.writable && <NewGoal board={board} />}
      <SessionLog board={board} />
      <div className="actions">
        <AppLink className="button" to={back}>
          {t('goals.back')}
        </AppLink>
      </div>
    </section>
  );
}

function useWho(board: Board): (side: MatchSide) => string {
  const { t } = useTranslation();
  return (side) => (side === board.mySide ? t('goals.you') : board.partnerName);
}

function formatDay(day: string, locale: string): string {
  // A calendar day: shown as written, whatever her time zone.
  return new Date(`${day}T12:00:00Z`).toLocaleDateString(locale, { dateStyle: 'medium', timeZone: 'UTC' });
}

function GoalCard({ goal, board }: { goal: GoalFieldsFragment; board: Board }) {
  const { t } = useTranslation();
  const label = useLabel();
  const locale = useLocale();
  const who = useWho(board);
  const headingId = useId();
  const [tick] = useMutation(SetMilestoneDoneMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const total = goal.milestones.length;

  async function toggle(milestoneId: string, done: boolean) {
    setProblem(null);
    try {
      await tick({ variables: { milestoneId, done } });
    } catch (error) {
      setProblem(errorMessage(t, error));
    }
  }

  return (
    <li className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{goal.title}</h3>
      {goal.pathway && (
        <p className="hint">{t('goals.fromPathway', { name: t(`goals.pathwayNames.${goal.pathway}`) })}</p>
      )}
      <p>
        <strong>{label(GOAL_STATUS_LABELS, goal.status)}</strong>
        {goal.targetDate && <> · {t('goals.targetBy', { when: formatDay(goal.targetDate, locale) })}</>}
      </p>
      {goal.description && <p>{goal.description}</p>}
      {total > 0 && (
        <>
          <p className="hint" id={`${headingId}-progress`}>
            {t('goals.progress', { done: goal.milestonesDone, total })}
          </p>
          <progress value={goal.milestonesDone} max={total} aria-labelledby={`${headingId}-progress`} />
          <fieldset className="choices">
            <legend>{t('goals.milestones')}</legend>
            {goal.milestones.map((m) => (
              <div key={m.id} className={m.done ? 'option checked' : 'option'}>
                <input
                  id={`milestone-${m.id}`}
                  type="checkbox"
                  checked={m.done}
                  disabled={!board.writable}
                  onChange={(e) => void toggle(m.id, e.target.checked)}
                />
                <label htmlFor={`milestone-${m.id}`}>
                  <span>{m.title}</span>
                </label>
              </div>
            ))}
          </fieldset>
        </>
      )}
      <FormError message={problem} />
      {board.writable && <AddMilestone goalId={goal.id} goalTitle={goal.title} />}
      {goal.updates.length > 0 && (
        <>
          <h4>{t('goals.updates')}</h4>
          <ul className="goal-updates">
            {goal.updates.map((u) => (
              <li key={u.id}>
                <span className="hint">
                  {who(u.side)} · {new Date(u.createdAt).toLocaleDateString(locale, { dateStyle: 'medium' })}
                </span>
                {u.newStatus && <> · {t('goals.movedTo', { status: label(GOAL_STATUS_LABELS, u.newStatus) })}</>}
                {u.body && <p>{u.body}</p>}
              </li>
            ))}
          </ul>
        </>
      )}
      {board.writable && <PostUpdate goal={goal} />}
    </li>
  );
}

function AddMilestone({ goalId, goalTitle }: { goalId: string; goalTitle: string }) {
  const { t } = useTranslation();
  const [add, { loading }] = useMutation(AddMilestoneMutation);
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim()) return;
    setProblem(null);
    try {
      await add({ variables: { goalId, title: title.trim() } });
      setTitle('');
    } catch (error) {
      setProblem(errorMessage(t, error));
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-label={t('goals.addMilestoneTo', { goal: goalTitle })}>
      <TextField
        label={t('goals.newMilestone')}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        maxLength={120}
      />
      <FormError message={problem} />
      <button className="button" type="submit" disabled={loading || !title.trim()}>
        {t('goals.addMilestone')}
      </button>
    </form>
  );
}

function PostUpdate({ goal }: { goal: GoalFieldsFragment }) {
  const { t } = useTranslation();
  const label = useLabel();
  const id = useId();
  const [post, { loading }] = useMutation(PostGoalUpdateMutation);
  const [body, setBody] = useState('');
  const [status, setStatus] = useState<GoalStatus | ''>('');
  const [problem, setProblem] = useState<string | null>(null);
  const changed = status !== '' && status !== goal.status;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    try {
      await post({ variables: { goalId: goal.id, input: { body: body.trim(), status: changed ? status : null } } });
      setBody('');
      setStatus('');
    } catch (error) {
      setProblem(errorMessage(t, error));
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-label={t('goals.postUpdateOn', { goal: goal.title })}>
      <div className="field">
        <label htmlFor={id}>{t('goals.updateLabel')}</label>
        <textarea id={id} value={body} rows={3} maxLength={1000} onChange={(e) => setBody(e.target.value)} />
      </div>
      <SelectField<GoalStatus>
        label={t('goals.newStatus')}
        emptyLabel={t('goals.keepStatus')}
        value={status}
        onChange={setStatus}
        choices={GOAL_STATUSES.map((s) => ({ value: s, label: label(GOAL_STATUS_LABELS, s) }))}
      />
      <FormError message={problem} />
      <button className="button" type="submit" disabled={loading || (!body.trim() && !changed)}>
        {t('goals.postUpdate')}
      </button>
    </form>
  );
}

/** The supporter may start from a pathway, as it is or adapted in the goal form; anyone may start blank. */
function NewGoal({ board }: { board: Board }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Pathway | null>(null);
  const [adapted, setAdapted] = useState<string | null>(null);
  return (
    <>
      {board.mySide === 'SUPPORTER' && (
        <Pathways
          board={board}
          onAdapt={(pathway) => {
            setAdapted(null);
            setDraft(pathway);
          }}
        />
      )}
      <AddGoal
        key={draft?.code ?? 'blank'}
        matchId={board.matchId}
        draft={draft}
        onDone={(title) => {
          setAdapted(title);
          setDraft(null);
        }}
      />
      {adapted && <Notice>{t('goals.pathwayAdded', { title: adapted })}</Notice>}
    </>
  );
}

function Pathways({ board, onAdapt }: { board: Board; onAdapt: (pathway: Pathway) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data, error } = useQuery(GoalPathwaysQuery, { variables: { matchId: board.matchId, locale } });
  const [add, { loading }] = useMutation(AddPathwayGoalMutation, { refetchQueries: [GoalBoardQuery] });
  const [problem, setProblem] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const pathways = data?.goalPathways ?? [];

  async function addAsItIs(pathway: Pathway) {
    setProblem(null);
    setAdded(null);
    try {
      await add({ variables: { matchId: board.matchId, input: { pathway: pathway.code, locale } } });
      setAdded(pathway.title);
    } catch (failure) {
      setProblem(errorMessage(t, failure));
    }
  }

  return (
    <section aria-labelledby="pathways-title">
      <h2 id="pathways-title">{t('goals.pathwaysHeading')}</h2>
      <p className="hint">{t('goals.pathwaysIntro', { name: board.partnerName })}</p>
      {error && <p role="alert">{errorMessage(t, error)}</p>}
      {pathways[0] && !pathways[0].localized && <Notice>{t('goals.pathwaysElsewhere')}</Notice>}
      <ul className="cards">
        {pathways.map((pathway) => (
          <li key={pathway.code} className="card">
            <h3>{pathway.title}</h3>
            <p>{pathway.description}</p>
            <details>
              <summary>{t('goals.pathwaySteps', { count: pathway.milestones.length })}</summary>
              <ol>
                {pathway.milestones.map((step) => (
                  <li key={step}>{step}</li>
                ))}
              </ol>
            </details>
            <div className="actions">
              <button
                className="button primary"
                type="button"
                disabled={loading}
                aria-label={t('goals.addPathwayNamed', { name: pathway.title })}
                onClick={() => void addAsItIs(pathway)}
              >
                {t('goals.addPathway')}
              </button>
              <button
                className="button"
                type="button"
                aria-label={t('goals.adaptPathwayNamed', { name: pathway.title })}
                onClick={() => {
                  onAdapt(pathway);
                  document.getElementById('add-goal-title')?.scrollIntoView();
                }}
              >
                {t('goals.adaptPathway')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <FormError message={problem} />
      {added && <Notice>{t('goals.pathwayAdded', { title: added })}</Notice>}
    </section>
  );
}

function AddGoal({
  matchId,
  draft,
  onDone,
}: {
  matchId: string;
  draft: Pathway | null;
  /** After a pathway was added (with the goal's title), or when she goes back to a blank goal (null). */
  onDone: (added: string | null) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const descriptionId = useId();
  const milestonesId = useId();
  const refetch = { refetchQueries: [GoalBoardQuery] };
  const [addBlank, blank] = useMutation(AddGoalMutation, refetch);
  const [addPathway, fromPathway] = useMutation(AddPathwayGoalMutation, refetch);
  const loading = blank.loading || fromPathway.loading;
  const [title, setTitle] = useState(draft?.title ?? '');
  const [description, setDescription] = useState(draft?.description ?? '');
  const [targetDate, setTargetDate] = useState('');
  const [milestones, setMilestones] = useState(draft?.milestones.join('\n') ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [added, setAdded] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim()) return;
    setProblem(null);
    setAdded(false);
    const input = {
      title: title.trim(),
      description: description.trim() || null,
      targetDate: targetDate || null,
      milestones: milestones
        .split('\n')
        .map((m) => m.trim())
        .filter(Boolean),
    };
    try {
      if (draft) await addPathway({ variables: { matchId, input: { ...input, pathway: draft.code, locale } } });
      else await addBlank({ variables: { matchId, input } });
      setTitle('');
      setDescription('');
      setTargetDate('');
      setMilestones('');
      if (draft) onDone(input.title);
      else setAdded(true);
    } catch (error) {
      setProblem(errorMessage(t, error));
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="add-goal-title">
      <h2 id="add-goal-title">{t('goals.addGoalHeading')}</h2>
      {draft && (
        <Notice>
          {t('goals.adaptingPathway', { title: draft.title })}{' '}
          <button className="button" type="button" onClick={() => onDone(null)}>
            {t('goals.startBlank')}
          </button>
        </Notice>
      )}
      <TextField
        label={t('goals.goalTitle')}
        hint={t('goals.goalTitleHint')}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        maxLength={120}
        required
      />
      <div className="field">
        <label htmlFor={descriptionId}>{t('goals.description')}</label>
        <textarea
          id={descriptionId}
          value={description}
          rows={3}
          maxLength={1000}
          onChange={(e) => setDescription(e.target.value)}
        />
      </div>
      <TextField
        label={t('goals.targetDate')}
        type="date"
        value={targetDate}
        onChange={(e) => setTargetDate(e.target.value)}
      />
      <div className="field">
        <label htmlFor={milestonesId}>{t('goals.firstMilestones')}</label>
        <p className="hint" id={`${milestonesId}-hint`}>
          {t('goals.firstMilestonesHint')}
        </p>
        <textarea
          id={milestonesId}
          aria-describedby={`${milestonesId}-hint`}
          value={milestones}
          rows={3}
          onChange={(e) => setMilestones(e.target.value)}
        />
      </div>
      <FormError message={problem} />
      {added && <Notice>{t('goals.added')}</Notice>}
      <button className="button primary" type="submit" disabled={loading || !title.trim()}>
        {t('goals.addGoal')}
      </button>
    </form>
  );
}

function today(): string {
  const now = new Date();
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

function SessionLog({ board }: { board: Board }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const who = useWho(board);
  const notesId = useId();
  const [log, { loading }] = useMutation(LogSessionMutation, { refetchQueries: [GoalBoardQuery] });
  const [heldOn, setHeldOn] = useState(today);
  const [minutes, setMinutes] = useState('60');
  const [notes, setNotes] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!notes.trim()) return;
    setProblem(null);
    try {
      await log({
        variables: { matchId: board.matchId, input: { heldOn, durationMinutes: Number(minutes), notes: notes.trim() } },
      });
      setNotes('');
    } catch (error) {
      setProblem(errorMessage(t, error));
    }
  }

  return (
    <section aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t('goals.sessionsHeading')}</h2>
      {board.sessions.length === 0 ? (
        <p>{t('goals.noSessions')}</p>
      ) : (
        <ul className="cards">
          {board.sessions.map((s) => (
            <li key={s.id} className="card">
              <p>
                <strong>{formatDay(s.heldOn, locale)}</strong> · {t('goals.minutes', { count: s.durationMinutes })} ·{' '}
                {t('goals.loggedBy', { name: who(s.side) })}
              </p>
              <p>{s.notes}</p>
            </li>
          ))}
        </ul>
      )}
      {board.writable && (
        <form onSubmit={(e) => void submit(e)} aria-labelledby="log-session-title">
          <h3 id="log-session-title">{t('goals.logSessionHeading')}</h3>
          <TextField
            label={t('goals.sessionDate')}
            type="date"
            value={heldOn}
            max={today()}
            onChange={(e) => setHeldOn(e.target.value)}
            required
          />
          <TextField
            label={t('goals.sessionMinutes')}
            type="number"
            inputMode="numeric"
            min={5}
            max={600}
            step={5}
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
            required
          />
          <div className="field">
            <label htmlFor={notesId}>{t('goals.sessionNotes')}</label>
            <textarea
              id={notesId}
              value={notes}
              rows={3}
              maxLength={500}
              required
              onChange={(e) => setNotes(e.target.value)}
            />
          </div>
          <FormError message={problem} />
          <button className="button primary" type="submit" disabled={loading || !notes.trim()}>
            {t('goals.logSession')}
          </button>
        </form>
      )}
    </section>
  );
}
