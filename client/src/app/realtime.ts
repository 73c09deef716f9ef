// One Socket.IO connection for the whole app: opened by the first page that needs live updates (the
// chat; later live round progress and notifications), then kept while she moves between pages, and
// closed on log out and by the quick exit. The handshake carries the session's HttpOnly cookie (same
// origin), so the page never holds a token. socket.io-client is loaded on first use, not by the first
// page.
import {
  REALTIME_PATH,
  type Ack,
  type AckResponse,
  type ClientToServerEvents,
  type HandshakeErrorData,
  type ServerToClientEvents,
} from '@aliadas/shared';
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Socket } from 'socket.io-client';
import { forgetOnLeave } from './session-memory';

export type RealtimeSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * online: connected. connecting: trying (first time or again). offline: the device says it has no
 * network. signedOut: the server refused the session; nothing to do but log in again.
 */
export type ConnectionState = 'connecting' | 'online' | 'offline' | 'signedOut';

let socket: RealtimeSocket | null = null;
let opening: Promise<RealtimeSocket> | null = null;
let state: ConnectionState = 'connecting';
let unlisten: (() => void) | null = null;
const listeners = new Set<() => void>();

function setState(next: ConnectionState): void {
  if (state === next) return;
  state = next;
  for (const listener of listeners) listener();
}

function deviceOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine !== false;
}

/** The app's socket, connecting it the first time. Pages call this when they need live updates. */
export function openRealtime(): Promise<RealtimeSocket> {
  if (socket) return Promise.resolve(socket);
  opening ??= import('socket.io-client').then(({ io }) => {
    const created: RealtimeSocket = io({
      path: REALTIME_PATH,
      withCredentials: true,
      autoConnect: false,
      // Phones drop and regain the network often: try again soon, then back off to every 10 s.
      reconnectionDelay: 500,
      reconnectionDelayMax: 10_000,
    });
    created.on('connect', () => setState('online'));
    created.on('disconnect', (reason) => {
      // The server ended this session (log out elsewhere, expiry): do not reconnect with it.
      if (reason === 'io server disconnect') setState('signedOut');
      else setState(deviceOnline() ? 'connecting' : 'offline');
    });
    created.on('connect_error', (error: Error & { data?: HandshakeErrorData }) => {
      if (error.data?.code === 'UNAUTHENTICATED') {
        setState('signedOut');
        return;
      }
      setState(deviceOnline() ? 'connecting' : 'offline');
      // A refused handshake (server stopping) is not retried by Socket.IO itself.
      if (error.data?.code === 'UNAVAILABLE') setTimeout(() => socket === created && created.connect(), 1_000);
    });
    created.on('session:ended', () => setState('signedOut'));

    // The device knows before Socket.IO's heartbeat does: say so at once, and reconnect when it is back.
    const goOffline = () => {
      setState('offline');
      created.disconnect();
    };
    const goOnline = () => {
      setState('connecting');
      created.connect();
    };
    window.addEventListener('offline', goOffline);
    window.addEventListener('online', goOnline);
    unlisten = () => {
      window.removeEventListener('offline', goOffline);
      window.removeEventListener('online', goOnline);
    };

    socket = created;
    forgetOnLeave(closeRealtime);
    if (deviceOnline()) created.connect();
    else setState('offline');
    return created;
  });
  return opening;
}

/** Closes the connection for good (log out, quick exit); the next openRealtime starts afresh. */
export function closeRealtime(): void {
  unlisten?.();
  unlisten = null;
  socket?.removeAllListeners();
  socket?.disconnect();
  socket = null;
  opening = null;
  state = 'connecting';
}

export function connectionState(): ConnectionState {
  return state;
}

export function onConnectionState(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The connection's state, re-rendering when it changes. */
export function useConnectionState(): ConnectionState {
  return useSyncExternalStore(onConnectionState, connectionState, connectionState);
}

/** The app's socket once it is loaded (null before), opening it if needed. */
export function useRealtime(): RealtimeSocket | null {
  const [current, setCurrent] = useState<RealtimeSocket | null>(socket);
  useEffect(() => {
    let active = true;
    void openRealtime().then((opened) => active && setCurrent(opened));
    return () => {
      active = false;
    };
  }, []);
  return current;
}

/** Events that the server answers with an acknowledgement. */
type AskedEvent = {
  [E in keyof ClientToServerEvents]: Parameters<ClientToServerEvents[E]>[1] extends Ack<infer _> ? E : never;
}[keyof ClientToServerEvents];
type RequestOf<E extends AskedEvent> = Parameters<ClientToServerEvents[E]>[0];
type AnswerOf<E extends AskedEvent> =
  Parameters<ClientToServerEvents[E]>[1] extends Ack<infer T> ? AckResponse<T> : never;

/** Emits an event and waits for the server's answer; rejects when none comes within `timeoutMs`. */
export function ask<E extends AskedEvent>(
  socket: RealtimeSocket,
  event: E,
  request: RequestOf<E>,
  timeoutMs = 10_000,
): Promise<AnswerOf<E>> {
  const timed = socket.timeout(timeoutMs) as unknown as {
    emit(event: string, request: unknown, ack: (error: Error | null, answer: unknown) => void): void;
  };
  return new Promise((resolve, reject) =>
    timed.emit(event, request, (error, answer) => (error ? reject(error) : resolve(answer as AnswerOf<E>))),
  );
}
