// The short form at the end of a match: a rating from 1 to 5, how it went, and an optional comment that
// only coordinators read. Reached from her home page, the mentees page and the notification; the
// address carries only the match's id.
import { FEEDBACK_LIMITS, MATCH_OUTCOME_LABELS, MATCH_OUTCOMES } from '@aliadas/shared';
import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorMessage } from '../../app/errors';
import { FeedbackRequestsQuery } from '../../app/feedback.documents';
import { RequireSignedIn } from '../../app/RequireSignedIn';
import { useLabel, useLocale } from '../../app/vocabulary';
import { AppLink } from '../../components/AppLink';
import { FormError, Notice, RadioGroup } from '../../components/forms';
import type { FeedbackRequestsQuery as Result, MatchOutcome } from '../../gql/graphql';
import { GiveFeedbackMutation } from './feedback.documents';

type Request = Result['feedbackRequests'][number];
const RATINGS = ['5', '4', '3', '2', '1'] as const;
type Rating = (typeof RATINGS)[number];

export default function FeedbackPage() {
  const { matchId = '' } = useParams();
  return (
    <RequireSignedIn roles={['ENTREPRENEUR', 'MENTOR', 'ADVISER']}>
      {() => <Feedback matchId={matchId} />}
    </RequireSignedIn>
  );
}

function Feedback({ matchId }: { matchId: string }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(FeedbackRequestsQuery, { fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <p className="loading">{t('shell.loading')}</p>;
  const request = data?.feedbackRequests.find((r) => r.matchId === matchId);
  return (
    <section aria-labelledby="feedback-title">
      {request ? (
        <FeedbackForm key={request.matchId} request={request} />
      ) : (
        <>
          <h1 id="feedback-title">{t('feedback.due.title')}</h1>
          <p role="alert">{error ? errorMessage(t, error) : t('feedback.notWaiting')}</p>
        </>
      )}
      <div className="actions">
        <AppLink className="button" to="/home">
          {t('feedback.back')}
        </AppLink>
      </div>
    </section>
  );
}

function FeedbackForm({ request }: { request: Request }) {
  const { t } = useTranslation();
  const label = useLabel();
  const locale = useLocale();
  const commentId = useId();
  const given = request.given;
  const [rating, setRating] = useState<Rating | null>(given ? (String(given.rating) as Rating) : null);
  const [outcome, setOutcome] = useState<MatchOutcome | null>(given?.outcome ?? null);
  const [comment, setComment] = useState(given?.comment ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [give, { loading }] = useMutation(GiveFeedbackMutation, { refetchQueries: [FeedbackRequestsQuery] });
  const name = request.partnerName;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    setSent(false);
    if (!rating || !outcome) return;
    try {
      await give({
        variables: {
          matchId: request.matchId,
          input: { rating: Number(rating), outcome, comment: comment.trim() || null },
        },
      });
      setSent(true);
    } catch (failure) {
      setProblem(errorMessage(t, failure));
    }
  }

  return (
    <>
      <h1 id="feedback-title">{t('feedback.title', { name })}</h1>
      <p className="hint">{t('feedback.lead')}</p>
      <Notice>{t('feedback.privacy', { name })}</Notice>
      <form onSubmit={(e) => void submit(e)}>
        <RadioGroup<Rating>
          legend={t('feedback.ratingLegend')}
          name="rating"
          value={rating}
          onChange={setRating}
          choices={RATINGS.map((r) => ({ value: r, label: t(`feedback.ratings.${r}`) }))}
        />
        <RadioGroup<MatchOutcome>
          legend={t('feedback.outcomeLegend')}
          name="outcome"
          value={outcome}
          onChange={setOutcome}
          choices={MATCH_OUTCOMES.map((o) => ({ value: o, label: label(MATCH_OUTCOME_LABELS, o) }))}
        />
        <div className="field">
          <label htmlFor={commentId}>{t('feedback.commentLabel')}</label>
          <p className="hint" id={`${commentId}-hint`}>
            {t('feedback.commentHint', { max: FEEDBACK_LIMITS.comment })}
          </p>
          <textarea
            id={commentId}
            aria-describedby={`${commentId}-hint`}
            rows={3}
            maxLength={FEEDBACK_LIMITS.comment}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
        </div>
        <FormError message={problem} />
        {sent && <p role="status">{t('feedback.sent')}</p>}
        <p className="hint">
          {t('feedback.openUntil', {
            when: new Date(request.openUntil).toLocaleDateString(locale, { dateStyle: 'long' }),
          })}
        </p>
        <div className="actions">
          <button type="submit" className="button primary" disabled={loading || !rating || !outcome}>
            {given ? t('feedback.save') : t('feedback.send')}
          </button>
        </div>
      </form>
    </>
  );
}
