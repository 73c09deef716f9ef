// Live progress of a matching round she started: the server runs it in a worker and sends
// `round:progress` over the app's socket. Without the socket (not loaded yet, offline, refused) the bar
// is indeterminate and the round's result still comes with the mutation's answer.
import { ROUND_PHASES, type RoundProgress } from '@aliadas/shared';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRealtime } from '../../app/realtime';
import './coordinator.css';

export interface RoundWatch {
  /** The latest step of the round being watched; null before the first event. */
  progress: RoundProgress | null;
  /** Call just before starting a round: the next round of hers that reports is the one shown. */
  watch: () => void;
  /** The round's answer came: later events (a late one, another tab's round) are ignored. */
  stop: () => void;
}

export function useRoundProgress(): RoundWatch {
  // Opened with the page, so the socket is connected by the time she starts a round.
  const socket = useRealtime();
  const [progress, setProgress] = useState<RoundProgress | null>(null);
  // The id is chosen by the server: the first round reporting after she pressed the button is hers.
  const watched = useRef<{ roundId: string | null } | null>(null);

  useEffect(() => {
    if (!socket) return;
    const onProgress = (next: RoundProgress) => {
      const current = watched.current;
      if (!current) return;
      current.roundId ??= next.roundId;
      if (current.roundId === next.roundId) setProgress(next);
    };
    socket.on('round:progress', onProgress);
    return () => {
      socket.off('round:progress', onProgress);
    };
  }, [socket]);

  const watch = useCallback(() => {
    watched.current = { roundId: null };
    setProgress(null);
  }, []);
  const stop = useCallback(() => {
    watched.current = null;
  }, []);
  return { progress, watch, stop };
}

/** How far the whole round is, from 0 to 1: each phase counts as an equal share. */
export function overallFraction(progress: RoundProgress): number {
  const fraction = Math.min(1, Math.max(0, Number.isFinite(progress.fraction) ? progress.fraction : 0));
  return (ROUND_PHASES.indexOf(progress.phase) + fraction) / ROUND_PHASES.length;
}

/** The step in plain words: what the status line says while a round runs. */
export function usePhaseText(progress: RoundProgress | null): string {
  const { t } = useTranslation();
  return progress ? t(`coordinator.phase.${progress.phase}`) : t('coordinator.running');
}

/** The bar with its label; indeterminate until the first event. The step in words is the page's status. */
export function RoundProgressBar({ progress }: { progress: RoundProgress | null }) {
  const { t } = useTranslation();
  const id = useId();
  const phase = usePhaseText(progress);
  const overall = progress ? overallFraction(progress) : null;
  return (
    <div className="round-progress">
      <label htmlFor={id}>{t('coordinator.progressLabel')}</label>
      <progress
        id={id}
        max={1}
        value={overall ?? undefined}
        aria-valuetext={overall === null ? phase : `${phase} (${Math.round(overall * 100)} %)`}
      />
    </div>
  );
}
