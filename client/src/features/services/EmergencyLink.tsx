// The way to the emergency lines from every page: one tap, in the header, under the quick exit.
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/AppLink';

export function EmergencyLink() {
  const { t } = useTranslation();
  return (
    <AppLink to="/emergency" className="emergency-link">
      <span aria-hidden="true">📞 </span>
      {t('emergency.link')}
    </AppLink>
  );
}
