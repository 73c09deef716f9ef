// One workshop in a list: what, when (in her time), where, and her place if she has one.
import { LANGUAGE_LABELS, NEED_LABELS, COUNTRY_LABELS, type LanguageCode } from '@aliadas/shared';
import { useTranslation } from 'react-i18next';
import { useLabel, useLocale } from '../../app/vocabulary';
import { AppLink } from '../../components/AppLink';
import type { WorkshopFieldsFragment as Workshop } from '../../gql/graphql';
import { formatInZone, herTimeZone } from './time';

export function WorkshopCard({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation();
  const label = useLabel();
  const locale = useLocale();
  const where =
    workshop.modality === 'ONLINE'
      ? t('workshops.modalities.ONLINE')
      : [workshop.city, workshop.country ? label(COUNTRY_LABELS, workshop.country) : null].filter(Boolean).join(', ');
  return (
    <li className="card workshop-card">
      <h3>{workshop.title}</h3>
      <p className="workshop-meta">
        <span>{label(NEED_LABELS, workshop.topic)}</span>
        <span>{label(LANGUAGE_LABELS, workshop.language as LanguageCode)}</span>
        <span>{where}</span>
      </p>
      <p>{formatInZone(workshop.startsAt, herTimeZone(), locale)}</p>
      <PlaceLine workshop={workshop} />
      <AppLink
        className="button"
        to={`/workshops/${workshop.id}`}
        aria-label={`${t('workshops.open')}: ${workshop.title}`}
      >
        {t('workshops.open')}
      </AppLink>
    </li>
  );
}

export function PlaceLine({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation();
  if (workshop.status === 'CANCELLED') return <p className="badge cancelled">{t('workshops.cancelledBadge')}</p>;
  const place = workshop.myPlace;
  if (place?.status === 'CONFIRMED') return <p className="badge confirmed">{t('workshops.youHaveSeat')}</p>;
  if (place?.status === 'WAITING') {
    return <p className="badge waiting">{t('workshops.waitingPosition', { position: place.waitingPosition ?? 1 })}</p>;
  }
  return (
    <p className="hint">
      {workshop.seatsLeft > 0
        ? t('workshops.seatsLeft', { count: workshop.seatsLeft })
        : t('workshops.fullWithWaitingList')}
    </p>
  );
}
