// Voice messages on their way: the recording waits on the device (in memory, and with her offline data
// so that a reload or a closed app loses nothing) until the outbox uploads it, under the message's own
// client id, and then sends the message. Loaded with the recorder, or with the first voice message to go.
import { VOICE_NOTES_PATH, type VoiceNoteInfo } from '@aliadas/shared';
import { offlineKeeper } from '../../app/offline-store';
import { forgetOnLeave } from '../../app/session-memory';
import { chatOutbox, flushOutbox } from './chat-store';
import { newClientMessageId, type OutboxEntry } from './outbox';
import type { UploadAnswer } from './outbox-sender';

/** Recordings waiting to go, by client message id. */
const recordings = new Map<string, Blob>();
const recordingKey = (clientMessageId: string) => `VoiceRecording:${clientMessageId}`;
forgetOnLeave(() => recordings.clear());

/**
 * Puts a voice message in the outbox: its recording is kept on the device (a reload or going offline
 * loses nothing) and uploaded, then the message sent, once connected.
 */
export function sendVoiceMessage(conversationId: string, recording: Blob, durationMs: number): void {
  const clientMessageId = newClientMessageId();
  recordings.set(clientMessageId, recording);
  void offlineKeeper.update(recordingKey(clientMessageId), recording);
  const mimeType = recording.type.split(';')[0]!.trim();
  chatOutbox().add({ clientMessageId, conversationId, body: '', voice: { durationMs, mimeType } });
  flushOutbox();
}

export async function uploadRecording(
  entry: OutboxEntry,
): Promise<Exclude<UploadAnswer, { ok: true }> | { ok: true; voiceNote: VoiceNoteInfo }> {
  if (!entry.voice) return { ok: false, transient: false };
  const kept = recordings.get(entry.clientMessageId) ?? (await offlineKeeper.peek(recordingKey(entry.clientMessageId)));
  if (!(kept instanceof Blob)) {
    return { ok: false, transient: false, problem: { code: 'NOT_FOUND', key: 'chat.voice.lost', params: {} } };
  }
  const query = new URLSearchParams({
    conversationId: entry.conversationId,
    clientMessageId: entry.clientMessageId,
    durationMs: String(Math.round(entry.voice.durationMs)),
  });
  let response: Response;
  try {
    response = await fetch(`${VOICE_NOTES_PATH}?${query.toString()}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': entry.voice.mimeType },
      body: kept,
    });
  } catch {
    return { ok: false, transient: true };
  }
  const answer = (await response.json().catch(() => null)) as {
    voiceNote?: VoiceNoteInfo;
    errors?: { extensions?: { code?: string; key?: string; params?: Record<string, unknown> } }[];
  } | null;
  if (response.ok && answer?.voiceNote) return { ok: true, voiceNote: answer.voiceNote };
  if (response.status >= 500 || response.status === 429 || response.status === 401)
    return { ok: false, transient: true };
  const error = answer?.errors?.[0]?.extensions;
  return {
    ok: false,
    transient: false,
    problem: {
      code: error?.code ?? 'BAD_USER_INPUT',
      key: error?.key ?? (response.status === 413 ? 'chat.voice.tooLarge' : 'chat.voice.badAudio'),
      params: error?.params ?? {},
    },
  };
}

/** Sent: the recording leaves the device. */
export function forgetRecording(clientMessageId: string): void {
  recordings.delete(clientMessageId);
  void offlineKeeper.update(recordingKey(clientMessageId), null);
}
