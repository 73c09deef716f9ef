import { useTranslation } from 'react-i18next';
import { AppLink } from '../components/AppLink';

export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t('notFound.title')}</h1>
      <AppLink to="/">{t('notFound.back')}</AppLink>
    </section>
  );
}
