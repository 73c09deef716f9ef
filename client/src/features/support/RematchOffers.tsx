// When her supporter has not answered for days, she is offered a new match: one tap ends the silent
// match and opens her request again for the coordinators.
import { SUPPORT_KIND_LABELS } from '@aliadas/shared';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors';
import { useLabel, useLocale } from '../../app/vocabulary';
import { AppLink } from '../../components/AppLink';
import { FormError, Notice } from '../../components/forms';
import { MySupportQuery } from './support.documents';
import { RematchOffersQuery, TakeRematchMutation } from './rematch.documents';

export function RematchOffers() {
  const { t } = useTranslation();
  const label = useLabel();
  const locale = useLocale();
  const { data } = useQuery(RematchOffersQuery, { fetchPolicy: 'cache-and-network' });
  const [take, { loading }] = useMutation(TakeRematchMutation, {
    refetchQueries: [RematchOffersQuery, MySupportQuery],
  });
  const [problem, setProblem] = useState<string | null>(null);
  const [taken, setTaken] = useState(false);
  const offers = data?.rematchOffers ?? [];
  if (offers.length === 0 && !taken) return null;

  async function accept(matchId: string) {
    setProblem(null);
    try {
      await take({ variables: { matchId } });
      setTaken(true);
    } catch (error) {
      setProblem(errorMessage(t, error));
    }
  }

  return (
    <div aria-live="polite">
      {offers.map((offer) => (
        <div key={offer.matchId} className="card" role="region" aria-labelledby={`rematch-${offer.matchId}`}>
          <h2 id={`rematch-${offer.matchId}`}>{t('responsiveness.offerTitle')}</h2>
          <p>
            {t('responsiveness.offerText', {
              name: offer.supporterName,
              kind: label(SUPPORT_KIND_LABELS, offer.kind),
              since: new Date(offer.waitingSince).toLocaleDateString(locale, { dateStyle: 'medium' }),
            })}
          </p>
          <div className="actions">
            <button
              type="button"
              className="button primary"
              disabled={loading}
              onClick={() => void accept(offer.matchId)}
            >
              {t('responsiveness.takeOffer')}
            </button>
            <AppLink className="button" to={`/chat/${offer.conversationId}`}>
              {t('responsiveness.keepWaiting')}
            </AppLink>
          </div>
        </div>
      ))}
      <FormError message={problem} />
      {taken && <Notice>{t('responsiveness.taken')}</Notice>}
    </div>
  );
}
