// A mentor's mentees or an adviser's cases: who she accompanies now, what for and since when, each with a
// way into their conversation and a way to close the match when the work is done.
import { NEED_LABELS, SUPPORT_KIND_LABELS } from '@aliadas/shared';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors';
import { RequireSignedIn } from '../../app/RequireSignedIn';
import { useLabel, useLocale } from '../../app/vocabulary';
import { AppLink } from '../../components/AppLink';
import { FeedbackDue } from '../../components/FeedbackDue';
import { FormError, RadioGroup, TextField } from '../../components/forms';
import { PartyContact, partyName } from '../../components/PartyContact';
import type { MatchOutcome, MyPeopleQuery as Result } from '../../gql/graphql';
import { CompleteMatchMutation, MyPeopleQuery } from './mentees.documents';

const OUTCOMES: readonly MatchOutcome[] = ['GOALS_MET', 'PARTLY_MET', 'NOT_MET', 'CONDUCT_PROBLEM'];
type Person = Result['myMatches'][number];

export default function MenteesPage() {
  return <RequireSignedIn roles={['MENTOR', 'ADVISER']}>{() => <Mentees />}</RequireSignedIn>;
}

function Mentees() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(MyPeopleQuery, { fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <p className="loading">{t('shell.loading')}</p>;
  const people = (data?.myMatches ?? []).filter((m) => m.status === 'ACTIVE' || m.status === 'ACCEPTED');
  const conversations = new Map((data?.conversations ?? []).filter((c) => c.matchId).map((c) => [c.matchId!, c]));
  return (
    <section aria-labelledby="mentees-title">
      <h1 id="mentees-title">{t('mentees.title')}</h1>
      <FeedbackDue side="SUPPORTER" />
      {error && <p role="alert">{errorMessage(t, error)}</p>}
      {people.length === 0 ? (
        <p>{t('mentees.none')}</p>
      ) : (
        <ul className="cards">
          {people.map((person) => {
            const conversation = conversations.get(person.id);
            return (
              <MenteeCard
                key={person.id}
                person={person}
                conversationId={conversation?.id ?? null}
                unread={conversation?.unreadCount ?? 0}
              />
            );
          })}
        </ul>
      )}
      <div className="actions">
        <AppLink className="button" to="/invitations">
          {t('home.myInvitations')}
        </AppLink>
      </div>
    </section>
  );
}

function MenteeCard({
  person,
  conversationId,
  unread,
}: {
  person: Person;
  conversationId: string | null;
  unread: number;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const locale = useLocale();
  const [closing, setClosing] = useState(false);
  // Since the step that made it ACTIVE; before that, since the invitation.
  const since = person.history.find((h) => h.to === 'ACTIVE')?.at ?? person.approvedAt;
  const name = partyName(t, person.entrepreneur);
  return (
    <li className="card">
      <h2>{name}</h2>
      <p>
        {label(SUPPORT_KIND_LABELS, person.kind)} · {person.demand.needs.map((n) => label(NEED_LABELS, n)).join(', ')}
      </p>
      <PartyContact contact={person.entrepreneur.contact} />
      {since && (
        <p className="hint">
          {t('mentees.since', { when: new Date(since).toLocaleDateString(locale, { dateStyle: 'medium' }) })}
        </p>
      )}
      <div className="actions">
        {conversationId && (
          <AppLink className="button primary" to={`/chat/${conversationId}`}>
            {t('mentees.chat', { name })}
            {unread > 0 && <> ({t('mentees.unread', { n: unread })})</>}
          </AppLink>
        )}
        <AppLink className="button" to={`/goals/${person.id}`}>
          {t('goals.openWith', { name })}
        </AppLink>
        {person.status === 'ACTIVE' && !closing && (
          <button type="button" className="button" onClick={() => setClosing(true)}>
            {t('mentees.close')}
          </button>
        )}
      </div>
      {closing && <CloseMatch matchId={person.id} name={name} onCancel={() => setClosing(false)} />}
    </li>
  );
}

function CloseMatch({ matchId, name, onCancel }: { matchId: string; name: string; onCancel: () => void }) {
  const { t } = useTranslation();
  const [complete, { loading }] = useMutation(CompleteMatchMutation, { refetchQueries: [MyPeopleQuery] });
  const [outcome, setOutcome] = useState<MatchOutcome>('GOALS_MET');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    try {
      await complete({ variables: { matchId, outcome, note: note.trim() || null } });
    } catch (error) {
      setProblem(errorMessage(t, error));
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)}>
      <RadioGroup<MatchOutcome>
        legend={t('mentees.outcome', { name })}
        name={`outcome-${matchId}`}
        value={outcome}
        onChange={setOutcome}
        choices={OUTCOMES.map((o) => ({ value: o, label: t(`mentees.outcomes.${o}`) }))}
      />
      <TextField
        label={t('invitations.note')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        maxLength={1000}
      />
      <FormError message={problem} />
      <div className="actions">
        <button className="button primary" type="submit" disabled={loading}>
          {t('mentees.confirmClose')}
        </button>
        <button className="button" type="button" onClick={onCancel}>
          {t('mentees.cancel')}
        </button>
      </div>
    </form>
  );
}
