// Matches of hers that ended and wait for her word, each a link to the short feedback form. Shown on her
// home page and on a supporter's mentees page; nothing when none waits.
import { SUPPORT_KIND_LABELS } from '@aliadas/shared';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { FeedbackRequestsQuery } from '../app/feedback.documents';
import { useLabel } from '../app/vocabulary';
import type { MatchSide } from '../gql/graphql';
import { AppLink } from './AppLink';

export function FeedbackDue({ side }: { side?: MatchSide }) {
  const { t } = useTranslation();
  const label = useLabel();
  const { data } = useQuery(FeedbackRequestsQuery, { fetchPolicy: 'cache-and-network' });
  const due = (data?.feedbackRequests ?? []).filter((r) => !r.given && (!side || r.side === side));
  if (due.length === 0) return null;
  return (
    <div className="card" role="region" aria-labelledby="feedback-due-title">
      <h2 id="feedback-due-title">{t('feedback.due.title')}</h2>
      <ul>
        {due.map((request) => (
          <li key={request.matchId}>
            <span>
              {t('feedback.due.item', { kind: label(SUPPORT_KIND_LABELS, request.kind), name: request.partnerName })}
            </span>{' '}
            <AppLink className="button primary" to={`/feedback/${request.matchId}`}>
              {t('feedback.due.give')}
            </AppLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
