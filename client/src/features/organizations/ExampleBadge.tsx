import { useTranslation } from 'react-i18next';

/** Marks a demo organization: an example, not a real one. The explanation is read out, not only hovered. */
export function ExampleBadge() {
  const { t } = useTranslation();
  return (
    <span className="badge example">
      {t('organizations.example')}
      <span className="visually-hidden"> — {t('organizations.exampleHint')}</span>
    </span>
  );
}
