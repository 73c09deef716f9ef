// The chat's state that outlives a page: her outbox and the sender that empties it over the app's
// socket. Conversation pages subscribe to it; leaving Aliadas (log out, quick exit) forgets it. The
// outbox is also kept with her offline data, so what she wrote offline goes even if she closed the app.
import type { ChatMessage, VoiceNoteInfo } from '@aliadas/shared';
import { useSyncExternalStore } from 'react';
import { OUTBOX_KEY, ownerOf } from '../../app/offline-data';
import { offlineKeeper } from '../../app/offline-store';
import { ask, type RealtimeSocket } from '../../app/realtime';
import { forgetOnLeave } from '../../app/session-memory';
import { newClientMessageId, Outbox, type OutboxEntry } from './outbox';
import { OutboxSender } from './outbox-sender';

/** How long a send waits for the server's answer before it counts as lost and waits to go again. */
const SEND_TIMEOUT_MS = 10_000;

let outbox: Outbox | null = null;
let sender: OutboxSender | null = null;
let senderSocket: RealtimeSocket | null = null;
/** Per conversation: the newest seq from others this device holds, and how far it has said so. */
const received = new Map<string, { held: number; told: number }>();
let receiptTimer: ReturnType<typeof setTimeout> | null = null;
/** Delivery receipts wait this long to go out together, one per conversation. */
const RECEIPT_DELAY_MS = 400;
const storedListeners = new Set<(message: ChatMessage) => void>();
/** What the server answered to each voice message's upload: the message carries it once it is stored. */
const uploaded = new Map<string, VoiceNoteInfo>();

function sessionStorageOrNull(): Storage | null {
  try {
    return sessionStorage;
  } catch {
    return null;
  }
}

export function chatOutbox(): Outbox {
  if (!outbox) {
    const created = new Outbox(sessionStorageOrNull());
    outbox = created;
    created.subscribe(() => void offlineKeeper.update(OUTBOX_KEY, created.all()));
    forgetOnLeave(() => {
      sender?.stop();
      created.clear();
      outbox = null;
      sender = null;
      senderSocket = null;
      received.clear();
      uploaded.clear();
    });
  }
  return outbox;
}

/** Sends her outbox over this socket from now on: at once, and every time it connects again. */
export function startSending(socket: RealtimeSocket, myId: string): void {
  if (senderSocket === socket) return;
  sender?.stop();
  senderSocket = socket;
  const box = chatOutbox();
  const created = new OutboxSender(
    box,
    {
      connected: () => socket.connected,
      send: (request) => ask(socket, 'message:send', request, SEND_TIMEOUT_MS),
      // Only a voice message needs this code: it loads with the first one.
      upload: (entry) =>
        import('./voice-upload').then(async ({ uploadRecording }) => {
          if (uploaded.has(entry.clientMessageId)) return { ok: true };
          const answer = await uploadRecording(entry);
          if (answer.ok) uploaded.set(entry.clientMessageId, answer.voiceNote);
          return answer;
        }),
    },
    (entry: OutboxEntry, sent) => {
      const message: ChatMessage = {
        id: sent.id,
        conversationId: entry.conversationId,
        seq: sent.seq,
        senderId: myId,
        clientMessageId: entry.clientMessageId,
        body: entry.body,
        createdAt: sent.createdAt,
        ...(uploaded.has(entry.clientMessageId) ? { voiceNote: uploaded.get(entry.clientMessageId) } : {}),
      };
      if (entry.voice) {
        uploaded.delete(entry.clientMessageId);
        void import('./voice-upload').then(({ forgetRecording }) => forgetRecording(entry.clientMessageId));
      }
      for (const listener of storedListeners) listener(message);
    },
  );
  sender = created;
  void restoreKeptOutbox(box, myId).then(() => created.flush());
  socket.on('connect', () => {
    created.flush();
    tellReceived();
  });
  // Whatever page she is on, a message from someone else that reaches this device is delivered.
  socket.on('message:new', (message) => {
    if (message.senderId !== myId) noteReceived(message.conversationId, message.seq);
  });
  created.flush();
}

/** What she wrote while the app was last open and had not gone yet: hers only, never another account's. */
async function restoreKeptOutbox(box: Outbox, myId: string): Promise<void> {
  const [me, kept] = await Promise.all([offlineKeeper.peek('Me'), offlineKeeper.peek(OUTBOX_KEY)]);
  if (ownerOf(me) === myId && outbox === box) box.restore(kept);
}

/** This device holds the messages of others up to `seq`: the senders will see them as delivered. */
export function noteReceived(conversationId: string, seq: number): void {
  const known = received.get(conversationId) ?? { held: 0, told: 0 };
  if (seq <= known.held) return;
  received.set(conversationId, { ...known, held: seq });
  receiptTimer ??= setTimeout(tellReceived, RECEIPT_DELAY_MS);
}

function tellReceived(): void {
  receiptTimer = null;
  const socket = senderSocket;
  if (!socket?.connected) return;
  for (const [conversationId, known] of received) {
    if (known.held <= known.told) continue;
    received.set(conversationId, { ...known, told: known.held });
    socket.emit('conversation:delivered', { conversationId, seq: known.held });
  }
}

/** Puts a message in the outbox and tries to send it now. */
export function sendMessage(conversationId: string, body: string): void {
  chatOutbox().add({ clientMessageId: newClientMessageId(), conversationId, body });
  sender?.flush();
}

/** Sends the outbox now, if connected. */
export function flushOutbox(): void {
  sender?.flush();
}

/** Sends again a message that waits (she asked to try now). */
export function retryNow(): void {
  sender?.flush();
}

/** A message of hers the server has just acknowledged (it left the outbox). */
export function onStored(listener: (message: ChatMessage) => void): () => void {
  storedListeners.add(listener);
  return () => storedListeners.delete(listener);
}

/** Her outbox entries, re-rendering on every change. */
export function useOutbox(): readonly OutboxEntry[] {
  const box = chatOutbox();
  return useSyncExternalStore(
    (listener) => box.subscribe(listener),
    () => box.all(),
    () => box.all(),
  );
}
