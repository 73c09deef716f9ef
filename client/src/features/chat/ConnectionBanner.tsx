// Clear signs of the connection: a banner while she is offline or reconnecting, read out by screen
// readers (role=status), and nothing at all while everything works.
import { useTranslation } from 'react-i18next';
import { useConnectionState } from '../../app/realtime';

export function ConnectionBanner() {
  const { t } = useTranslation();
  const state = useConnectionState();
  const text =
    state === 'offline'
      ? t('chat.offline')
      : state === 'connecting'
        ? t('chat.connecting')
        : state === 'signedOut'
          ? t('chat.signedOut')
          : '';
  // The live region stays in the page, empty while all is well, so that a change is announced.
  return (
    <p role="status" className={`connection-banner ${state}`}>
      {text}
    </p>
  );
}
