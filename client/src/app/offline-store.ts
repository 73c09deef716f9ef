// Keeps her last answers (offline-data.ts says which) on this device while she is signed in, and gives
// them back when the network fails. The data belongs to one person: a Me answer with nobody signed in,
// or with someone else, deletes it; log out and the quick exit delete the whole database (a shared
// phone keeps nothing of hers for the next person).
import { useSyncExternalStore } from 'react';
import { ownerOf, recentConversationIds, staleKeys, trimmed } from './offline-data';
import { forgetOnLeave } from './session-memory';

/** Where the answers are kept: IndexedDB in the browser. */
export interface SavedRecords {
  get(key: string): Promise<unknown>;
  put(key: string, value: unknown): Promise<void>;
  remove(keys: readonly string[]): Promise<void>;
  keys(): Promise<string[]>;
  /** Deletes everything, the database itself included. Starts at once: the quick exit does not wait. */
  destroy(): Promise<void>;
}

export class OfflineKeeper {
  /** The person signed in, once a Me answer has said so. */
  private owner: string | null = null;
  /** Moves on at every forget: work queued before it must not write anything back. */
  private generation = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private showingSaved = false;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly records: SavedRecords | null) {}

  /** A fresh answer from the server: kept if it is one of hers. Resolves once stored (or dropped). */
  keep(key: string, answer: unknown): Promise<void> {
    this.setShowingSaved(false);
    if (key === 'Me') {
      const owner = ownerOf(answer);
      this.owner = owner;
      // Nobody signed in: nothing of anyone stays on the device.
      if (!owner) return this.forget();
      return this.run(async (records) => {
        const before = ownerOf(await records.get('Me'));
        if (before && before !== owner) await records.destroy();
        await records.put('Me', answer);
      });
    }
    if (!this.owner) return Promise.resolve();
    return this.run(async (records) => {
      await records.put(key, trimmed(key, answer));
      if (key === 'Conversations') await records.remove(staleKeys(await records.keys(), recentConversationIds(answer)));
    });
  }

  /**
   * What the page holds now (her messages as they arrived live), kept without saying anything about the
   * network: offline, the page may be showing kept answers still.
   */
  update(key: string, answer: unknown): Promise<void> {
    if (!this.owner) return Promise.resolve();
    return this.run((records) => records.put(key, trimmed(key, answer)));
  }

  /** The kept answer for `key`, when the network failed; null when nothing of hers is kept. */
  async recall(key: string): Promise<unknown> {
    const answer = await this.peek(key);
    if (answer !== null) this.setShowingSaved(true);
    return answer;
  }

  /** The kept answer for `key`, or null, without counting as shown. */
  async peek(key: string): Promise<unknown> {
    const records = this.records;
    if (!records) return null;
    await this.queue;
    const generation = this.generation;
    try {
      const me = await records.get('Me');
      const owner = ownerOf(me);
      if (!owner || (this.owner && this.owner !== owner)) return null;
      const answer = key === 'Me' ? me : await records.get(key);
      if (answer == null || generation !== this.generation) return null;
      this.owner = owner;
      return answer;
    } catch {
      return null;
    }
  }

  /** Deletes everything kept, at once. */
  forget(): Promise<void> {
    this.generation += 1;
    this.owner = null;
    this.setShowingSaved(false);
    const done = this.records ? this.records.destroy().catch(() => undefined) : Promise.resolve();
    this.queue = done;
    return done;
  }

  /** The page has heard from the server again (live, not through a query). */
  fresh(): void {
    this.setShowingSaved(false);
  }

  /** The page shows kept answers: the last request for data failed and was answered from here. */
  isShowingSaved(): boolean {
    return this.showingSaved;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private setShowingSaved(on: boolean): void {
    if (this.showingSaved === on) return;
    this.showingSaved = on;
    for (const listener of this.listeners) listener();
  }

  private run(work: (records: SavedRecords) => Promise<void>): Promise<void> {
    const records = this.records;
    if (!records) return Promise.resolve();
    const generation = this.generation;
    // A write after a forget would bring back what was deleted: every write checks again.
    const guarded: SavedRecords = {
      get: (key) => records.get(key),
      put: (key, value) => (generation === this.generation ? records.put(key, value) : Promise.resolve()),
      remove: (keys) => records.remove(keys),
      keys: () => records.keys(),
      destroy: () => records.destroy(),
    };
    const next = this.queue
      .then(() => (generation === this.generation ? work(guarded) : undefined))
      // Storage full or refused: the app works on, only less of it offline.
      .catch(() => undefined);
    this.queue = next;
    return next;
  }
}

export const OFFLINE_DATABASE = 'aliadas-offline';
const STORE = 'answers';

/** The browser's IndexedDB, or null where there is none (private modes of some browsers). */
export function indexedDbRecords(name = OFFLINE_DATABASE): SavedRecords | null {
  if (typeof indexedDB === 'undefined') return null;
  let opening: Promise<IDBDatabase> | null = null;
  /** The connection being opened (or open) may create the database: writes can use it. */
  let writable = false;
  let opened: IDBDatabase | null = null;

  /** Reading never creates the database: a device where nothing was kept shows no trace of Aliadas. */
  const open = (create: boolean): Promise<IDBDatabase> => {
    if (opening && (writable || !create)) return opening;
    // A read is finding out whether the database exists: a write waits for the answer, then opens.
    if (opening)
      return opening.then(
        () => open(create),
        () => open(create),
      );
    writable = create;
    opening = new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onupgradeneeded = () => {
        if (create) request.result.createObjectStore(STORE);
        else request.transaction?.abort();
      };
      request.onsuccess = () => {
        const db = request.result;
        // Another tab deletes it (log out there): let go, so the deletion goes through.
        db.onversionchange = () => {
          db.close();
          if (opened === db) {
            opened = null;
            opening = null;
          }
        };
        opened = db;
        writable = true;
        resolve(db);
      };
      request.onerror = () => {
        opening = null;
        reject(request.error ?? new Error('IndexedDB refused'));
      };
    });
    return opening;
  };

  const transact = <T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T> | null) =>
    open(mode === 'readwrite').then(
      (db) =>
        new Promise<T | undefined>((resolve, reject) => {
          const transaction = db.transaction(STORE, mode);
          const request = act(transaction.objectStore(STORE));
          transaction.oncomplete = () => resolve(request?.result);
          transaction.onerror = transaction.onabort = () => reject(transaction.error ?? new Error('aborted'));
        }),
    );

  return {
    // Nothing kept (no database yet) reads as nothing.
    get: (key) => transact('readonly', (store) => store.get(key)).catch(() => undefined),
    put: async (key, value) => {
      await transact('readwrite', (store) => store.put(value, key));
    },
    remove: async (keys) => {
      if (keys.length === 0) return;
      await transact('readwrite', (store) => {
        for (const key of keys) store.delete(key);
        return null;
      });
    },
    keys: async () => {
      const keys = await transact('readonly', (store) => store.getAllKeys()).catch(() => []);
      return (keys ?? []).filter((key): key is string => typeof key === 'string');
    },
    destroy: () => {
      // Closed first, synchronously, so nothing of this page holds the deletion back.
      opened?.close();
      opened = null;
      opening = null;
      return new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase(name);
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error ?? new Error('IndexedDB refused'));
      });
    },
  };
}

export const offlineKeeper = new OfflineKeeper(indexedDbRecords());
forgetOnLeave(() => void offlineKeeper.forget());

/** Whether the page shows answers kept on the device (offline), re-rendering when that changes. */
export function useShowingSaved(): boolean {
  return useSyncExternalStore(
    (listener) => offlineKeeper.subscribe(listener),
    () => offlineKeeper.isShowingSaved(),
    () => false,
  );
}
