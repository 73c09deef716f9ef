// The timer that reminds women of the workshops they hold a seat in. Each instance runs one; a reminder
// is claimed by a conditional update, so two instances sweeping at once send it once.
import type { MikroORM } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { WorkshopsService, type WorkshopsDependencies } from './workshops.service.js';

export interface WorkshopReminderSweeper {
  /** Stops the timer and waits for a sweep in progress. */
  stop(): Promise<void>;
}

export function startWorkshopReminderSweeper(
  orm: MikroORM,
  deps: WorkshopsDependencies,
  settings: { reminderLeadMs: number; reminderSweepIntervalMs: number },
  log: Logger,
): WorkshopReminderSweeper {
  let running: Promise<void> | null = null;
  const sweep = async (): Promise<void> => {
    try {
      const service = new WorkshopsService(orm.em.fork(), deps);
      const sent = await service.sendDueReminders(deps.clock(), settings.reminderLeadMs);
      if (sent > 0) log.info({ sent }, 'workshop reminders sent');
    } catch (error) {
      log.error({ err: error }, 'could not send workshop reminders');
    }
  };
  const timer = setInterval(() => {
    if (running) return;
    running = sweep().finally(() => {
      running = null;
    });
  }, settings.reminderSweepIntervalMs);
  // The timer alone never keeps the process alive.
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
