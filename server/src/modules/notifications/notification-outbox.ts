// The outbox relay: hands each pending outbox row to its channel, once. It is nudged right after a
// notification is committed and also sweeps on a timer, so a crash between the commit and the push (or
// a channel that failed) is made good later. Adding SMS or WhatsApp is adding a channel.
import type { EntityManager, MikroORM } from '@mikro-orm/core';
import type { Logger } from 'pino';
import type { DomainEvents } from '../../domain-events.js';
import { userRoom, type AliadasIo } from '../../realtime/types.js';
import { Notification, NotificationOutboxEntry } from './notification.entity.js';

export interface NotificationDelivery {
  notification: Notification;
  /** Her unread count once this one is stored. */
  unreadCount: number;
}

export interface NotificationChannel {
  /** The outbox rows it takes (NOTIFICATION_CHANNELS). */
  name: string;
  /** Resolves once handed over; throws to have the row tried again later. */
  deliver(delivery: NotificationDelivery): Promise<void>;
}

/** Live in-app push to every device she has open, on every instance (person rooms go through the adapter). */
export function inAppChannel(io: AliadasIo): NotificationChannel {
  return {
    name: 'IN_APP',
    deliver: async ({ notification, unreadCount }) => {
      io.to(userRoom(notification.recipientId)).emit(
        'notification:new',
        {
          id: notification.id,
          kind: notification.kind,
          params: notification.params,
          link: notification.link ?? null,
          createdAt: notification.createdAt.toISOString(),
        },
        { unreadCount },
      );
    },
  };
}

export interface OutboxOptions {
  channels: NotificationChannel[];
  clock?: () => Date;
  /** How long a claimed row is held before another relay may take it (a relay that died holding it). */
  leaseMs?: number;
  maxAttempts?: number;
  /** Wait before attempt n+1 after n failed ones. */
  backoffMs?: (attempts: number) => number;
  batchSize?: number;
}

const DEFAULTS = {
  leaseMs: 60_000,
  maxAttempts: 8,
  backoffMs: (attempts: number) => Math.min(1000 * 2 ** attempts, 3_600_000),
  batchSize: 100,
};

/** One pass over the due outbox rows; answers how many were dispatched. */
export class NotificationOutbox {
  private readonly channels: Map<string, NotificationChannel>;
  private readonly clock: () => Date;
  private readonly options: typeof DEFAULTS;

  constructor(
    private readonly em: EntityManager,
    options: OutboxOptions,
    private readonly log?: Logger,
  ) {
    this.channels = new Map(options.channels.map((c) => [c.name, c]));
    this.clock = options.clock ?? (() => new Date());
    this.options = {
      leaseMs: options.leaseMs ?? DEFAULTS.leaseMs,
      maxAttempts: options.maxAttempts ?? DEFAULTS.maxAttempts,
      backoffMs: options.backoffMs ?? DEFAULTS.backoffMs,
      batchSize: options.batchSize ?? DEFAULTS.batchSize,
    };
  }

  async dispatchDue(): Promise<number> {
    const now = this.clock();
    const em = this.em.fork();
    const due = await em.find(
      NotificationOutboxEntry,
      { status: 'PENDING', channel: { $in: [...this.channels.keys()] }, nextAttemptAt: { $lte: now } },
      { limit: this.options.batchSize, orderBy: { nextAttemptAt: 'asc', id: 'asc' }, populate: ['notification'] },
    );
    let dispatched = 0;
    const unread = new Map<string, number>();
    for (const entry of due) {
      if (!(await this.claim(em, entry, now))) continue;
      const channel = this.channels.get(entry.channel)!;
      const notification = entry.notification;
      try {
        const recipientId = notification.recipientId;
        let unreadCount = unread.get(recipientId);
        if (unreadCount === undefined) {
          unreadCount = await em.count(Notification, { recipient: recipientId, readAt: null });
          unread.set(recipientId, unreadCount);
        }
        await channel.deliver({ notification, unreadCount });
        await em.nativeUpdate(NotificationOutboxEntry, { id: entry.id }, { status: 'DISPATCHED', dispatchedAt: now });
        dispatched += 1;
      } catch (error) {
        await this.failed(em, entry, now, error);
      }
    }
    return dispatched;
  }

  /**
   * Takes the row for one lease with a conditional update: of relays racing for it, exactly one sees
   * its update change a row. A relay that dies holding it lets the lease run out, and the row is due again.
   */
  private async claim(em: EntityManager, entry: NotificationOutboxEntry, now: Date): Promise<boolean> {
    const changed = await em.nativeUpdate(
      NotificationOutboxEntry,
      { id: entry.id, status: 'PENDING', attempts: entry.attempts, nextAttemptAt: { $lte: now } },
      { attempts: entry.attempts + 1, nextAttemptAt: new Date(now.getTime() + this.options.leaseMs) },
    );
    if (changed !== 1) return false;
    entry.attempts += 1;
    return true;
  }

  private async failed(em: EntityManager, entry: NotificationOutboxEntry, now: Date, error: unknown): Promise<void> {
    const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 500);
    const givenUp = entry.attempts >= this.options.maxAttempts;
    this.log?.warn({ err: error, outboxId: entry.id, attempts: entry.attempts, givenUp }, 'notification not delivered');
    await em.nativeUpdate(
      NotificationOutboxEntry,
      { id: entry.id },
      givenUp
        ? { status: 'FAILED', lastError }
        : { lastError, nextAttemptAt: new Date(now.getTime() + this.options.backoffMs(entry.attempts)) },
    );
  }
}

export interface NotificationRelay {
  /** Asks for a pass soon (one runs at a time; a nudge during a pass makes one more). */
  nudge(): void;
  /** Stops the timer and waits for a pass in progress. */
  stop(): Promise<void>;
}

export function startNotificationRelay(
  orm: MikroORM,
  events: DomainEvents,
  options: OutboxOptions & { sweepIntervalMs?: number },
  log: Logger,
): NotificationRelay {
  const outbox = new NotificationOutbox(orm.em.fork(), options, log);
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  const pass = async (): Promise<void> => {
    do {
      again = false;
      try {
        // A full batch means more may be waiting.
        again = (await outbox.dispatchDue()) >= (options.batchSize ?? DEFAULTS.batchSize) || again;
      } catch (error) {
        log.error({ err: error }, 'could not dispatch notifications');
      }
    } while (again && !stopped);
  };
  const nudge = (): void => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = pass().finally(() => {
      running = null;
    });
  };
  const unsubscribe = events.subscribe((event) => {
    if (event.type === 'notification.created') nudge();
  });
  const timer = setInterval(nudge, options.sweepIntervalMs ?? 30_000);
  // The timer alone never keeps the process alive.
  timer.unref();
  nudge();
  return {
    nudge,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      unsubscribe();
      await running;
    },
  };
}
