import { useTranslation } from 'react-i18next';

/** Marks a demo entry: an example, not a real service. The explanation is read out, not only hovered. */
export function ExampleBadge() {
  const { t } = useTranslation();
  return (
    <span className="badge example">
      {t('services.example')}
      <span className="visually-hidden"> — {t('services.exampleHint')}</span>
    </span>
  );
}
