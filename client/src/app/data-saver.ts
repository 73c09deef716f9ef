// Data saver: on a costly or slow connection the app loads no pictures and fetches nothing ahead of
// time (pages she has not opened, conversations she has not opened). Her choice is remembered on this
// device; until she chooses, it follows the browser's own data saver (Save-Data).
import { useSyncExternalStore } from 'react';

const STORAGE_KEY = 'aliadas.dataSaver';
const listeners = new Set<() => void>();
/** Her choice when storage refuses it (private browsing): it lasts for this visit. */
let override: boolean | null = null;

function browserSavesData(): boolean {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  return connection?.saveData === true;
}

export function dataSaverOn(): boolean {
  if (override !== null) return override;
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'on') return true;
    if (stored === 'off') return false;
  } catch {
    // No storage: follow the browser.
  }
  return browserSavesData();
}

export function setDataSaver(on: boolean): void {
  try {
    localStorage.setItem(STORAGE_KEY, on ? 'on' : 'off');
  } catch {
    override = on;
  }
  for (const listener of listeners) listener();
}

/** Forgets the choice (the quick exit leaves no trace of Aliadas in the browser's storage). */
export function forgetDataSaver(): void {
  override = null;
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing stored, nothing to forget.
  }
}

export function useDataSaver(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dataSaverOn,
    () => false,
  );
}
