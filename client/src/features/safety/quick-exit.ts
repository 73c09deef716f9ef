// The quick exit: at once, the tab shows a neutral website instead of Aliadas. It clears what the page
// can clear (the live connection, the chat's outbox, sessionStorage), ends the session on the server
// without waiting for the answer, and replaces the current history entry (the app never adds entries
// of its own, see app/navigation.ts), so the back button does not lead back here.
import { forgetDataSaver } from '../../app/data-saver';
import { forgetOfflineShell } from '../../app/service-worker';
import { forgetSession } from '../../app/session-memory';
import { forgetLocale } from '../../i18n';

export const NEUTRAL_PAGE = 'https://www.google.com/search?q=receta+de+pan+casero';

const LOG_OUT = JSON.stringify({ query: 'mutation QuickExitLogOut { logOut }' });

let leaving = false;

export function quickExit(target: string = NEUTRAL_PAGE): void {
  // Once is enough: a second press (or a second listener) must not start a second navigation that could
  // land after she has already moved on.
  if (leaving) return;
  leaving = true;
  try {
    // keepalive lets the request finish after the page is gone.
    void fetch('/graphql', {
      method: 'POST',
      keepalive: true,
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: LOG_OUT,
    }).catch(() => undefined);
  } catch {
    // Leaving matters more than logging out.
  }
  // The live connection, the chat's outbox, the conversations kept for offline reading, sessionStorage:
  // nothing of the session stays in the page or on the device.
  forgetSession();
  try {
    forgetLocale();
    forgetDataSaver();
    forgetOfflineShell();
  } catch {
    // Storage may be unavailable; there is nothing else in it.
  }
  document.title = '';
  document.body.replaceChildren();
  location.replace(target);
}

/** Pressing Escape twice within a second also leaves: quicker than finding the button. */
export function listenForEscapeTwice(onExit: () => void): () => void {
  let last = 0;
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    const now = event.timeStamp;
    if (now - last < 1000) onExit();
    last = now;
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
