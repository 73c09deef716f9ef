// Her outbox: messages she wrote that the server has not acknowledged yet (written offline, or sent
// without an answer). Each keeps the client id it was made with, so a resend can never be stored
// twice. Kept in memory and in sessionStorage (a reload keeps them), never in localStorage; chat-store.ts
// also keeps a copy with her offline data, so closing the app offline loses nothing. Logging out or the
// quick exit forgets both.
import { CLIENT_MESSAGE_ID_PATTERN } from '@aliadas/shared';

export type OutboxState = 'waiting' | 'sending' | 'failed';

export interface OutboxEntry {
  clientMessageId: string;
  conversationId: string;
  body: string;
  /** A voice message: its recording waits on the device (chat-store.ts) until it is uploaded. */
  voice?: { durationMs: number; mimeType: string };
  /** When she wrote it (ms), to keep her messages in the order she wrote them. */
  writtenAt: number;
  state: OutboxState;
  /** Why the server refused it, as a translation key with parameters (state `failed`). */
  problem?: { key: string; code: string; params: Record<string, unknown> };
}

/** The part of the Web Storage API the outbox uses. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const OUTBOX_STORAGE_KEY = 'aliadas.outbox';

export class Outbox {
  private entries: OutboxEntry[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(private readonly storage: KeyValueStorage | null) {
    this.entries = restore(storage);
  }

  /** Every entry, in the order she wrote them. A new array after every change (for React). */
  all(): readonly OutboxEntry[] {
    return this.entries;
  }

  of(conversationId: string): OutboxEntry[] {
    return this.entries.filter((e) => e.conversationId === conversationId);
  }

  add(entry: Omit<OutboxEntry, 'state' | 'writtenAt'> & { writtenAt?: number }): OutboxEntry {
    if (!CLIENT_MESSAGE_ID_PATTERN.test(entry.clientMessageId)) throw new Error('invalid client message id');
    const added: OutboxEntry = { ...entry, writtenAt: entry.writtenAt ?? Date.now(), state: 'waiting' };
    this.change([...this.entries.filter((e) => e.clientMessageId !== entry.clientMessageId), added]);
    return added;
  }

  /** The next message to send: the oldest waiting one, none while one is already on its way. */
  next(): OutboxEntry | null {
    if (this.entries.some((e) => e.state === 'sending')) return null;
    return this.entries.find((e) => e.state === 'waiting') ?? null;
  }

  setState(clientMessageId: string, state: OutboxState, problem?: OutboxEntry['problem']): void {
    const found = this.entries.find((e) => e.clientMessageId === clientMessageId);
    if (!found || (found.state === state && !problem)) return;
    this.change(
      this.entries.map((e) =>
        e.clientMessageId === clientMessageId
          ? { ...e, state, ...(problem ? { problem } : { problem: undefined }) }
          : e,
      ),
    );
  }

  /** The server has it (acknowledged, or seen in catch-up): it leaves the outbox. */
  remove(clientMessageIds: Iterable<string>): void {
    const gone = new Set(clientMessageIds);
    if (!this.entries.some((e) => gone.has(e.clientMessageId))) return;
    this.change(this.entries.filter((e) => !gone.has(e.clientMessageId)));
  }

  /** After a reload: what was on its way may or may not have arrived, so it waits to be sent again. */
  resetSending(): void {
    if (!this.entries.some((e) => e.state === 'sending')) return;
    this.change(this.entries.map((e) => (e.state === 'sending' ? { ...e, state: 'waiting' } : e)));
  }

  /**
   * Entries kept elsewhere on the device (the app was closed while they waited): those it does not hold
   * yet join it, in the order she wrote them, waiting to go. A resend keeps its client id, so a message
   * the server already has is not stored twice.
   */
  restore(kept: unknown): void {
    if (!Array.isArray(kept)) return;
    const held = new Set(this.entries.map((e) => e.clientMessageId));
    const missing = kept
      .filter(isEntry)
      .filter((e) => !held.has(e.clientMessageId))
      .map((e): OutboxEntry => (e.state === 'sending' ? { ...e, state: 'waiting' } : e));
    if (missing.length === 0) return;
    this.change([...this.entries, ...missing].sort((a, b) => a.writtenAt - b.writtenAt));
  }

  clear(): void {
    this.change([]);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private change(entries: OutboxEntry[]): void {
    this.entries = entries;
    persist(this.storage, entries);
    for (const listener of this.listeners) listener();
  }
}

function persist(storage: KeyValueStorage | null, entries: readonly OutboxEntry[]): void {
  if (!storage) return;
  try {
    // Nothing stored at all when the outbox is empty.
    if (entries.length === 0) storage.removeItem(OUTBOX_STORAGE_KEY);
    else storage.setItem(OUTBOX_STORAGE_KEY, JSON.stringify(entries));
  } catch {
    // Storage full or refused: the outbox still works for this page.
  }
}

function restore(storage: KeyValueStorage | null): OutboxEntry[] {
  if (!storage) return [];
  try {
    const parsed: unknown = JSON.parse(storage.getItem(OUTBOX_STORAGE_KEY) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(isEntry).map((e) => (e.state === 'sending' ? { ...e, state: 'waiting' } : e));
  } catch {
    return [];
  }
}

function isEntry(value: unknown): value is OutboxEntry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  return (
    typeof e.clientMessageId === 'string' &&
    CLIENT_MESSAGE_ID_PATTERN.test(e.clientMessageId) &&
    typeof e.conversationId === 'string' &&
    typeof e.body === 'string' &&
    typeof e.writtenAt === 'number' &&
    (e.voice === undefined || isVoice(e.voice)) &&
    (e.state === 'waiting' || e.state === 'sending' || e.state === 'failed')
  );
}

function isVoice(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.durationMs === 'number' && typeof v.mimeType === 'string';
}

/** 22 URL-safe characters from 128 random bits: the server's pattern, with or without randomUUID. */
export function newClientMessageId(
  random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b),
): string {
  const bytes = random(new Uint8Array(16));
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
