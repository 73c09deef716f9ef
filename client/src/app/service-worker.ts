// Registers the service worker that keeps the app's shell for opening without a connection (built as
// /sw.js from scripts/service-worker.js). With data saver off it also keeps the other pages' code,
// fetched once in the background; with data saver on, only the pages she opens.
import { dataSaverOn } from './data-saver';

const SHELL_CACHES = 'aliadas-shell-';

export function registerServiceWorker(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register('/sw.js').then(warmUp, () => undefined);
  };
  // After the first page has loaded: its own requests go first.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

/** Asks the worker to keep every page's code, unless data saver is on. */
export function warmUp(): void {
  if (dataSaverOn() || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.ready.then(
    (registration) => registration.active?.postMessage('warm'),
    () => undefined,
  );
}

/** The quick exit: the kept shell and the worker go too, so the browser holds nothing of Aliadas. */
export function forgetOfflineShell(): void {
  try {
    void caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith(SHELL_CACHES)).map((key) => caches.delete(key))))
      .catch(() => undefined);
    void navigator.serviceWorker
      ?.getRegistrations()
      .then((registrations) => Promise.all(registrations.map((registration) => registration.unregister())))
      .catch(() => undefined);
  } catch {
    // No caches or worker in this browser: nothing to forget.
  }
}
