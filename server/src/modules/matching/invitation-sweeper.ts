// The timer that expires unanswered invitations. Each instance runs one; expiring a match is a
// versioned update, so two instances sweeping at once expire it once.
import type { MikroORM } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { MatchService } from './match.service.js';
import type { MatchingDependencies } from './matching.hooks.js';

export interface InvitationSweeper {
  /** Stops the timer and waits for a sweep in progress. */
  stop(): Promise<void>;
}

export function startInvitationSweeper(
  orm: MikroORM,
  deps: MatchingDependencies,
  intervalMs: number,
  log: Logger,
): InvitationSweeper {
  let running: Promise<void> | null = null;
  const sweep = async (): Promise<void> => {
    try {
      const expired = await new MatchService(orm.em.fork(), deps).expireInvitations(deps.clock());
      if (expired > 0) log.info({ expired }, 'invitations expired');
    } catch (error) {
      log.error({ err: error }, 'could not expire invitations');
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
