// Recording a voice message: start and stop with one button (no holding, so a keyboard or a switch can
// do it), a visible timer, a stop on its own at two minutes, then listen, send or throw it away.
import { VOICE_NOTE_MAX_DURATION_MS } from '@aliadas/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendVoiceMessage } from './voice-upload';
import { formatDuration } from './format';

/** Opus at a bitrate that carries a voice well and two minutes in under half a megabyte. */
const AUDIO_BITS_PER_SECOND = 24_000;
const CONTAINERS = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus'];

type Recording =
  | { state: 'idle' }
  | { state: 'recording'; startedAt: number; elapsedMs: number }
  | { state: 'ready'; blob: Blob; url: string; durationMs: number };

export function canRecordVoice(): boolean {
  return (
    typeof MediaRecorder !== 'undefined' &&
    typeof navigator !== 'undefined' &&
    !!navigator.mediaDevices?.getUserMedia &&
    CONTAINERS.some((type) => MediaRecorder.isTypeSupported(type))
  );
}

export function VoiceRecorder({ conversationId }: { conversationId: string }) {
  const { t } = useTranslation();
  const [recording, setRecording] = useState<Recording>({ state: 'idle' });
  const [problem, setProblem] = useState<string | null>(null);
  const recorder = useRef<MediaRecorder | null>(null);
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);
  const discardNext = useRef(false);

  useEffect(
    () => () => {
      discardNext.current = true;
      stopTracks();
    },
    [],
  );
  useEffect(() => {
    if (recording.state !== 'ready') return;
    const url = recording.url;
    return () => URL.revokeObjectURL(url);
  }, [recording]);

  function stopTracks() {
    if (timer.current) clearInterval(timer.current);
    timer.current = null;
    const active = recorder.current;
    recorder.current = null;
    if (active && active.state !== 'inactive') active.stop();
    active?.stream.getTracks().forEach((track) => track.stop());
  }

  async function start() {
    setProblem(null);
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: { echoCancellation: true, noiseSuppression: true } });
    } catch {
      setProblem(t('chat.voice.noMicrophone'));
      return;
    }
    const mimeType = CONTAINERS.find((type) => MediaRecorder.isTypeSupported(type))!;
    const media = new MediaRecorder(stream, { mimeType, audioBitsPerSecond: AUDIO_BITS_PER_SECOND });
    const chunks: Blob[] = [];
    const startedAt = performance.now();
    discardNext.current = false;
    media.ondataavailable = (event) => {
      if (event.data.size > 0) chunks.push(event.data);
    };
    media.onstop = () => {
      stream.getTracks().forEach((track) => track.stop());
      if (discardNext.current) return;
      const durationMs = Math.min(Math.round(performance.now() - startedAt), VOICE_NOTE_MAX_DURATION_MS);
      const blob = new Blob(chunks, { type: mimeType.split(';')[0] });
      setRecording({ state: 'ready', blob, url: URL.createObjectURL(blob), durationMs });
    };
    recorder.current = media;
    media.start(1000);
    setRecording({ state: 'recording', startedAt, elapsedMs: 0 });
    timer.current = setInterval(() => {
      const elapsedMs = performance.now() - startedAt;
      // Two minutes at most: it stops on its own and waits for her to send it.
      if (elapsedMs >= VOICE_NOTE_MAX_DURATION_MS) stop();
      else setRecording({ state: 'recording', startedAt, elapsedMs });
    }, 250);
  }

  function stop() {
    if (timer.current) clearInterval(timer.current);
    timer.current = null;
    const active = recorder.current;
    recorder.current = null;
    if (active && active.state !== 'inactive') active.stop();
  }

  function cancel() {
    discardNext.current = true;
    stopTracks();
    setRecording({ state: 'idle' });
  }

  function send() {
    if (recording.state !== 'ready') return;
    sendVoiceMessage(conversationId, recording.blob, recording.durationMs);
    setRecording({ state: 'idle' });
  }

  return (
    <div className="voice-recorder">
      {recording.state === 'idle' && (
        <button type="button" className="button" onClick={() => void start()}>
          {t('chat.voice.record')}
        </button>
      )}
      {recording.state === 'recording' && (
        <>
          <button type="button" className="button primary" onClick={stop}>
            {t('chat.voice.stop')}
          </button>
          <span className="voice-timer" role="timer" aria-live="off">
            <span aria-hidden="true" className="voice-dot" />
            {t('chat.voice.recording', {
              elapsed: formatDuration(recording.elapsedMs),
              max: formatDuration(VOICE_NOTE_MAX_DURATION_MS),
            })}
          </span>
          <button type="button" className="link-button" onClick={cancel}>
            {t('chat.voice.cancel')}
          </button>
        </>
      )}
      {recording.state === 'ready' && (
        <>
          <audio controls src={recording.url} aria-label={t('chat.voice.listenBeforeSending')} />
          <button type="button" className="button primary" onClick={send}>
            {t('chat.voice.send', { duration: formatDuration(recording.durationMs) })}
          </button>
          <button type="button" className="link-button" onClick={cancel}>
            {t('chat.voice.discard')}
          </button>
        </>
      )}
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
