// Socket.IO on the application's HTTP server (same port as /graphql): authenticated handshake, one
// room per person and per session, the chat's handlers, the broadcaster, and with REDIS_URL the Redis
// adapter that lets several instances share rooms.
import type { Server as HttpServer } from 'node:http';
import { REALTIME_PATH } from '@aliadas/shared';
import type { MikroORM } from '@mikro-orm/core';
import { createAdapter } from '@socket.io/redis-adapter';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { Server } from 'socket.io';
import type { DomainEvents } from '../domain-events.js';
import { DatabaseUnavailableError } from '../errors.js';
import { isDatabaseUnreachable } from '../http/database-outage.js';
import type { RateLimits } from '../rate-limits/rate-limits.js';
import { registerChatHandlers } from '../modules/chat/chat.socket.js';
import type { ServiceDependencies } from '../services.js';
import { broadcast } from './broadcaster.js';
import { normalizeEventArguments } from './event-arguments.js';
import { EventRunner } from './event-runner.js';
import { authenticateHandshake, HandshakeError, serverStopping } from './handshake.js';
import { sessionRoom, userRoom, type AliadasIo } from './types.js';

export interface RealtimeOptions {
  httpServer: HttpServer;
  orm: MikroORM;
  deps: ServiceDependencies;
  events: DomainEvents;
  log: Logger;
  /** When set, rooms are shared with the other instances through Redis pub/sub. */
  redis?: Redis;
  /** Typing signals and catch-up reads count against these. */
  rateLimits?: RateLimits;
}

export interface Realtime {
  io: AliadasIo;
  /** Tells every client to reconnect (here once restarted, or elsewhere), then finishes events in flight. */
  close(): Promise<void>;
  /** With Redis: whether both adapter connections are up, so that rooms reach the other instances. */
  sharesRooms(): boolean;
}

const LONGEST_TIMER_MS = 2_147_483_647;

export function createRealtime({ httpServer, orm, deps, events, log, redis, rateLimits }: RealtimeOptions): Realtime {
  const io: AliadasIo = new Server(httpServer, {
    path: REALTIME_PATH,
    serveClient: false,
    // A message is at most 4,000 characters: 64 KB leaves room for the envelope and nothing more.
    maxHttpBufferSize: 64 * 1024,
    // Long-polling from another origin follows the same allow-list as /graphql.
    ...(deps.config.corsOrigins.length > 0 ? { cors: { origin: deps.config.corsOrigins, credentials: true } } : {}),
  });
  const pubsub: Redis[] = redis ? [redis.duplicate(), redis.duplicate()] : [];
  const [pub, sub] = pubsub;
  if (pub && sub) {
    // The adapter does not wait on its publishes: a Redis hiccup must not become an unhandled rejection.
    type Publish = (channel: string, message: string | Buffer) => Promise<number>;
    const publish: Publish = pub.publish.bind(pub);
    (pub as unknown as { publish: Publish }).publish = (channel, message) =>
      publish(channel, message).catch((error: unknown) => {
        log.warn({ err: error }, 'could not publish to the other instances');
        return 0;
      });
    for (const client of pubsub) client.on('error', (error) => log.warn({ err: error }, 'redis adapter connection'));
    io.adapter(createAdapter(pub, sub, { key: 'aliadas' }));
  }

  const runner = new EventRunner(orm, deps, log, rateLimits);
  let stopping = false;

  io.use((socket, next) => {
    if (stopping) return next(serverStopping());
    authenticateHandshake(socket, orm, deps).then(
      (data) => {
        socket.data = data;
        next();
      },
      (error: unknown) => {
        if (error instanceof HandshakeError) return next(error);
        if (isDatabaseUnreachable(error)) {
          const unavailable = new DatabaseUnavailableError();
          return next(new HandshakeError(unavailable.message, { code: 'UNAVAILABLE', key: unavailable.key }));
        }
        log.error({ err: error }, 'socket handshake failed');
        next(serverStopping());
      },
    );
  });

  io.on('connection', (socket) => {
    const { userId, sessionId, sessionExpiresAt } = socket.data;
    void socket.join([userRoom(userId), sessionRoom(sessionId)]);
    const expiry = setTimeout(
      () => {
        socket.emit('session:ended', { reason: 'EXPIRED' });
        socket.disconnect(true);
      },
      Math.min(Math.max(sessionExpiresAt - Date.now(), 0), LONGEST_TIMER_MS),
    );
    socket.once('disconnect', () => clearTimeout(expiry));
    socket.use(normalizeEventArguments);
    registerChatHandlers(socket, runner);
  });

  const unsubscribe = events.subscribe((event) => broadcast(io, event));

  return {
    io,
    sharesRooms: () => pubsub.length > 0 && pubsub.every((client) => client.status === 'ready'),
    close: async () => {
      stopping = true;
      // Events in flight finish and their answers go out on the open connections first (bounded, so a
      // stuck database cannot hold the stop); new ones are refused with realtime.serverStopping.
      let waited: NodeJS.Timeout | undefined;
      await Promise.race([
        runner.drain(),
        new Promise((resolve) => (waited = setTimeout(resolve, deps.config.shutdownTimeoutMs))),
      ]);
      clearTimeout(waited);
      // Closing the transports (rather than a Socket.IO disconnect) makes clients reconnect by themselves,
      // here once restarted or, behind a load balancer, elsewhere.
      io.engine.close();
      unsubscribe();
      if (pub) {
        await io.of('/').adapter.close();
        await Promise.allSettled(pubsub.map((client) => client.quit()));
      }
    },
  };
}
