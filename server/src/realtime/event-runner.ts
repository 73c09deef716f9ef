// Runs socket events: each in its own unit of work (a fresh entity manager and services), with errors
// turned into the same codes and keys as GraphQL, and the acknowledgement sent before the event's
// broadcasts go out. Keeps count of what is in flight so that shutdown can wait for it.
import type { Ack, RealtimeError } from '@aliadas/shared';
import type { MikroORM } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { ZodError } from 'zod';
import { HeldEvents } from '../domain-events.js';
import { AppError, DatabaseUnavailableError } from '../errors.js';
import { isDatabaseUnreachable } from '../http/database-outage.js';
import { SOCKET_LIMITS, type RateLimits } from '../rate-limits/rate-limits.js';
import { createServices, type ServiceDependencies, type Services } from '../services.js';
import type { AliadasSocket } from './types.js';

/** Events of one socket waiting in its queue, at most: beyond this a client is flooding. */
const MAX_QUEUED = 200;

export type EventWork<T> = (services: Services, socket: AliadasSocket) => Promise<T>;

export class EventRunner {
  private readonly inFlight = new Set<Promise<void>>();
  private readonly queues = new WeakMap<AliadasSocket, { tail: Promise<void>; length: number }>();
  private stopping = false;
  private counter = 0;

  constructor(
    private readonly orm: MikroORM,
    private readonly deps: ServiceDependencies,
    private readonly log: Logger,
    private readonly limits?: RateLimits,
  ) {}

  /**
   * Runs `work` for one event and answers `ack` (when the client asked for one). With `inOrder`, the
   * socket's events of that kind run one after the other, in the order they arrived.
   */
  run<T extends object>(
    socket: AliadasSocket,
    event: string,
    ack: unknown,
    work: EventWork<T>,
    options: { inOrder?: boolean } = {},
  ): void {
    const reply = typeof ack === 'function' ? (ack as Ack<T>) : undefined;
    if (this.stopping) {
      reply?.({ ok: false, error: stoppingError() });
      return;
    }
    const task = () => this.execute(socket, event, reply, work);
    let done: Promise<void>;
    if (options.inOrder) {
      const queue = this.queues.get(socket) ?? { tail: Promise.resolve(), length: 0 };
      if (queue.length >= MAX_QUEUED) {
        reply?.({ ok: false, error: floodError() });
        return;
      }
      queue.length += 1;
      done = queue.tail.then(task).finally(() => {
        queue.length -= 1;
      });
      queue.tail = done;
      this.queues.set(socket, queue);
    } else {
      done = task();
    }
    this.inFlight.add(done);
    void done.finally(() => this.inFlight.delete(done));
  }

  /** Refuses new events and waits for those in flight. */
  async drain(): Promise<void> {
    this.stopping = true;
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  private async execute<T extends object>(
    socket: AliadasSocket,
    event: string,
    reply: Ack<T> | undefined,
    work: EventWork<T>,
  ): Promise<void> {
    const requestId = `${socket.id}.${(this.counter += 1)}`;
    const held = new HeldEvents();
    const services = createServices(this.orm.em.fork(), { ...this.deps, events: held }, requestId);
    try {
      const limit = SOCKET_LIMITS[event];
      if (limit && this.limits) await this.limits.get(limit).consume(`person:${socket.data.userId}`);
      const result = await work(services, socket);
      reply?.({ ok: true, ...result });
    } catch (error) {
      reply?.({ ok: false, error: this.toRealtimeError(error, requestId, event) });
    } finally {
      // Stored, acknowledged, then broadcast.
      held.releaseTo(this.deps.events);
    }
  }

  private toRealtimeError(error: unknown, requestId: string, event: string): RealtimeError {
    if (error instanceof AppError) {
      return { code: error.code, key: error.key, message: error.message, params: error.params };
    }
    if (error instanceof ZodError) {
      const fields = error.issues.map((i) => `${i.path.join('.') || 'payload'} (${i.message})`);
      return {
        code: 'BAD_USER_INPUT',
        key: 'error.validation',
        message: `Some values need fixing: ${fields.join(', ')}`,
        params: {},
      };
    }
    if (isDatabaseUnreachable(error)) {
      this.log.warn({ err: error, requestId, event }, 'database unreachable');
      const unavailable = new DatabaseUnavailableError();
      return { code: unavailable.code, key: unavailable.key, message: unavailable.message, params: unavailable.params };
    }
    this.log.error({ err: error, requestId, event }, 'unexpected error in a socket event');
    return {
      code: 'INTERNAL_SERVER_ERROR',
      key: 'error.internal',
      message: 'Something went wrong on our side. Please try again.',
      params: {},
    };
  }
}

function stoppingError(): RealtimeError {
  return {
    code: 'INTERNAL_SERVER_ERROR',
    key: 'realtime.serverStopping',
    message: 'This server is restarting. Send again once reconnected.',
    params: {},
  };
}

function floodError(): RealtimeError {
  return {
    code: 'RATE_LIMITED',
    key: 'realtime.tooManyPending',
    message: 'Too many messages are waiting. Wait for them to be sent.',
    params: { retryAfterSeconds: 1 },
  };
}
