// The timer that follows up silent supporters. Each instance runs one; every step of a follow-up is
// claimed by a conditional update, so two instances sweeping at once act once.
import type { MikroORM } from '@mikro-orm/core';
import type { Logger } from 'pino';
import type { MatchingDependencies } from '../matching/matching.hooks.js';
import { MatchService } from '../matching/match.service.js';
import { ResponsivenessService, type ResponsivenessDependencies } from './responsiveness.service.js';

export interface FollowUpSweeper {
  /** Stops the timer and waits for a sweep in progress. */
  stop(): Promise<void>;
}

export function startFollowUpSweeper(
  orm: MikroORM,
  deps: ResponsivenessDependencies,
  matching: MatchingDependencies,
  intervalMs: number,
  log: Logger,
): FollowUpSweeper {
  let running: Promise<void> | null = null;
  const sweep = async (): Promise<void> => {
    try {
      const em = orm.em.fork();
      const done = await new ResponsivenessService(em, deps, () => new MatchService(em, matching)).followUp();
      if (done.reminded + done.alerted > 0) log.info(done, 'silent supporters followed up');
    } catch (error) {
      log.error({ err: error }, 'could not follow up silent supporters');
    }
  };
  const timer = setInterval(() => {
    if (running) return;
    running = sweep().finally(() => {
      running = null;
    });
  }, intervalMs);
  // The timer alone never keeps the process alive.
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
