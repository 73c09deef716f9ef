import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { listenForEscapeTwice, quickExit } from './quick-exit';

export function QuickExit() {
  const { t } = useTranslation();
  useEffect(() => listenForEscapeTwice(() => quickExit()), []);
  return (
    <button type="button" className="quick-exit" onClick={() => quickExit()} title={t('safety.quickExitHint')}>
      {t('safety.quickExit')}
    </button>
  );
}
