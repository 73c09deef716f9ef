// Clear signs of the connection: a banner while she is offline or reconnecting, read out by screen
// readers (role=status), and nothing at all while everything works. What is on screen came from the
// device (no network when the page loaded): it says so, since newer messages may be waiting.
import { useTranslation } from 'react-i18next';
import { useShowingSaved } from '../../app/offline-store';
import { useConnectionState } from '../../app/realtime';

export function ConnectionBanner() {
  const { t } = useTranslation();
  const state = useConnectionState();
  const saved = useShowingSaved();
  const text =
    saved && state !== 'online' && state !== 'signedOut'
      ? t('offline.showingSaved')
      : state === 'offline'
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
