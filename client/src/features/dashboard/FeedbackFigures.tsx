// Feedback at the end of matches on the dashboard: how many answered and the average rating on each
// side, then the outcomes. A side with too few answers shows neither, so no one's rating can be read off.
import { MATCH_OUTCOME_LABELS } from '@aliadas/shared';
import { useTranslation } from 'react-i18next';
import { useLabel, useLocale } from '../../app/vocabulary';
import type { DashboardQuery } from '../../gql/graphql';
import { BarTable } from './BarTable';

type Figures = DashboardQuery['dashboard']['feedback'];

export function FeedbackFigures({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const label = useLabel();
  const locale = useLocale();
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const n = figures.minRatingsShown;
  const sideName = (side: Figures['sides'][number]['side']) => t(`feedback.dashboard.sides.${side}`);
  return (
    <>
      <h2>{t('feedback.dashboard.title')}</h2>
      <p className="hint">{t('feedback.dashboard.lead', { n })}</p>
      {figures.matchesEnded === 0 ? (
        <p className="hint">{t('feedback.dashboard.noneYet')}</p>
      ) : (
        <>
          <ul className="totals" aria-label={t('feedback.dashboard.title')}>
            <li>
              <strong>{figures.matchesEnded}</strong> {t('feedback.dashboard.ended')}
            </li>
            <li>
              <strong>{figures.responsePercent ?? 0} %</strong> {t('feedback.dashboard.answered')}
            </li>
          </ul>
          <BarTable
            caption={t('feedback.dashboard.caption')}
            rowHeading={t('feedback.dashboard.side')}
            series={[{ label: t('feedback.dashboard.response'), tone: 'used' }]}
            rows={figures.sides.map((s) => ({
              key: s.side,
              label: `${sideName(s.side)} (${t('feedback.dashboard.givenOf', { given: s.given, asked: s.asked })})`,
              values: [s.responsePercent ?? null],
              format: (v: number) => `${v} %`,
            }))}
            max={100}
            empty={t('dashboard.nothingYet')}
          />
          <BarTable
            caption={t('feedback.dashboard.average')}
            rowHeading={t('feedback.dashboard.side')}
            series={[{ label: t('feedback.dashboard.average'), tone: 'supply' }]}
            rows={figures.sides.map((s) => ({
              key: s.side,
              label: s.suppressed
                ? `${sideName(s.side)} — ${t('feedback.dashboard.heldBack', { n })}`
                : sideName(s.side),
              values: [s.averageRating ?? null],
              format: (v: number) => `${number.format(v)} / 5`,
            }))}
            max={5}
            empty={t('dashboard.nothingYet')}
          />
          {figures.sides.map((s) => (
            <div key={s.side}>
              <h3>{t('feedback.dashboard.outcomesTitle', { side: sideName(s.side) })}</h3>
              {s.suppressed ? (
                <p className="hint">{t('feedback.dashboard.heldBack', { n })}</p>
              ) : (
                <BarTable
                  caption={t('feedback.dashboard.outcomesCaption')}
                  rowHeading={t('feedback.dashboard.outcome')}
                  series={[{ label: t('feedback.dashboard.answers'), tone: 'neutral' }]}
                  rows={s.outcomes.map((o) => ({
                    key: o.outcome,
                    label: label(MATCH_OUTCOME_LABELS, o.outcome),
                    values: [o.count],
                  }))}
                  empty={t('dashboard.nothingYet')}
                />
              )}
            </div>
          ))}
        </>
      )}
    </>
  );
}
