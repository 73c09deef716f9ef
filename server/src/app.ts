// Builds the Aliadas server: Express with GraphQL and /health, on one HTTP server. No side effects on
// import; main.ts starts it, tests start it on a free port.
import 'reflect-metadata';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/core';
import { parseCookie } from 'cookie';
import express, { type Request, type Response } from 'express';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { Config } from './config.js';
import { openDatabase } from './db/orm.js';
import {
  seedDemoOrganizationDirectoryIfNone,
  seedDemoServicesIfNone,
  seedDemoSupportRequestsIfNone,
  seedIfEmpty,
} from './db/seed.js';
import { OrganizationService } from './modules/organizations/organization.service.js';
import type { GraphQLContext } from './graphql/context.js';
import { formatError } from './graphql/format-error.js';
import { idArgumentsPlugin } from './graphql/id-arguments.js';
import { queryProtection } from './graphql/limits.js';
import { aliadasSchema } from './graphql/schema.js';
import { databaseOutagePlugin, isDatabaseUnreachable } from './http/database-outage.js';
import { corsFor, jsonErrors, securityHeaders } from './http/security.js';
import { voiceNoteRoutes } from './http/voice-notes.js';
import { VOICE_NOTES_PATH } from '@aliadas/shared';
import { DatabaseUnavailableError } from './errors.js';
import { createLogger } from './logger.js';
import { DomainEvents } from './domain-events.js';
import { MessageRateLimiter } from './modules/chat/message-rate-limiter.js';
import { MessageWriter } from './modules/chat/message-writer.js';
import { blockSource, matchConversations } from './modules/chat/chat.ports.js';
import { createRealtime } from './realtime/realtime.js';
import { rateLimitPlugin } from './rate-limits/graphql-rate-limits.js';
import { RateLimits } from './rate-limits/rate-limits.js';
import { LoginThrottle } from './modules/accounts/login-throttle.js';
import { readBearerToken, SESSION_COOKIE } from './modules/accounts/session-tokens.js';
import { feedbackOnEnd } from './modules/feedback/feedback.service.js';
import { seedDemoCirclesIfNone } from './modules/circles/circles.seed.js';
import { startInvitationSweeper } from './modules/matching/invitation-sweeper.js';
import { startWorkshopReminderSweeper } from './modules/workshops/reminder-sweeper.js';
import { startFollowUpSweeper } from './modules/responsiveness/follow-up-sweeper.js';
import { seedDemoWorkshopsIfNone } from './modules/workshops/workshops.seed.js';
import { matchNotices } from './modules/notifications/match-notices.js';
import { inAppChannel, startNotificationRelay } from './modules/notifications/notification-outbox.js';
import { matchingDependencies } from './modules/matching/matching.hooks.js';
import { createServices, type ServiceDependencies } from './services.js';

export interface AliadasServer {
  config: Config;
  orm: MikroORM;
  httpServer: Server;
  log: Logger;
  /** What services are built with; tests build services from it. */
  deps: ServiceDependencies;
  /** Starts listening; resolves with the base URL. */
  listen(): Promise<string>;
  /** Stops taking new work, lets what is in flight finish, then closes the database. */
  close(): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

export async function createAliadasServer(config: Config, options: { logger?: Logger } = {}): Promise<AliadasServer> {
  const log = options.logger ?? createLogger(config.logLevel);
  const orm = await openDatabase(config.database);
  if (config.demoData) await seedIfEmpty(orm.em.fork(), log);
  if (config.demoData) await seedDemoSupportRequestsIfNone(orm.em.fork(), log);
  if (config.demoData) await seedDemoServicesIfNone(orm.em.fork(), log);
  if (config.demoData) await seedDemoWorkshopsIfNone(orm.em.fork(), log);
  if (config.demoData) await seedDemoOrganizationDirectoryIfNone(orm.em.fork(), log);
  await new OrganizationService(orm.em.fork()).fillDirectoryColumns();

  const redis = config.redisUrl
    ? new Redis(config.redisUrl, { lazyConnect: false, maxRetriesPerRequest: 2 })
    : undefined;
  // Reconnects by itself; meanwhile limits count per instance and rooms stay local (see rate-limits/).
  redis?.on('error', (error) => log.warn({ err: error }, 'redis connection'));
  if (redis) await redisReady(redis, 3000);
  const events = new DomainEvents(log);
  const chat = {
    events,
    messageRateLimiter: new MessageRateLimiter(config.chat.rateLimit, redis),
    // SQLite has one writer; PostgreSQL commits a few batches side by side.
    messageWriter: new MessageWriter(orm, { concurrency: config.database.kind === 'sqlite' ? 1 : 4 }),
  };
  if (config.demoData) await seedDemoCirclesIfNone(orm.em.fork(), chat, log);
  // Matching opens and closes the conversations of matches and reads blocks through chat's ports; a
  // match that ends asks both people for feedback.
  const matching = matchingDependencies({
    invitationTtlMs: config.invitations.ttlMs,
    conversations: matchConversations(chat),
    notices: matchNotices(events, () => matching.clock()),
    endings: feedbackOnEnd(events),
    blocks: blockSource(chat),
    publish: (event) => events.publish(event),
  });
  const deps: ServiceDependencies = {
    config,
    loginThrottle: new LoginThrottle(config.login, redis),
    pinThrottles: {
      account: new LoginThrottle(config.pinLogin, redis, 'pin-failures'),
      address: new LoginThrottle(
        {
          ...config.pinLogin,
          lockoutAfter: config.pinLogin.addressLockoutAfter,
          slowdownAfter: config.pinLogin.addressLockoutAfter,
        },
        redis,
        'pin-failures-by-address',
      ),
    },
    matching,
    ...chat,
  };
  const rateLimits = new RateLimits(config.rateLimits, redis);
  const invitationSweeper = startInvitationSweeper(orm, matching, config.invitations.sweepIntervalMs, log);
  const workshopReminders = startWorkshopReminderSweeper(orm, { events, clock: matching.clock }, config.workshops, log);
  const supporterFollowUps = startFollowUpSweeper(
    orm,
    { events, clock: matching.clock, settings: config.supporterFollowUp },
    matching,
    config.supporterFollowUp.sweepIntervalMs,
    log,
  );

  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders(config));
  app.set('trust proxy', 'loopback');
  const httpServer = createServer(app);
  const realtime = createRealtime({ httpServer, orm, deps, events, log, redis, rateLimits });
  // Notifications go out through their outbox: live in-app now; other channels are added here.
  const notificationRelay = startNotificationRelay(
    orm,
    events,
    { channels: [inAppChannel(realtime.io)], clock: matching.clock },
    log,
  );
  let shuttingDown = false;

  app.use(
    pinoHttp({
      logger: log,
      genReqId: (req, res) => {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/health' },
    }),
  );
  app.use((_req, res, next) => {
    // While draining, finish this request but ask the client to open its next one elsewhere, and
    // let go of keep-alive connections as soon as their last response is out.
    if (shuttingDown) res.setHeader('connection', 'close');
    res.once('finish', () => {
      if (shuttingDown) setImmediate(() => httpServer.closeIdleConnections());
    });
    next();
  });

  app.get('/health', async (_req, res) => {
    const database = await databaseIsUp(orm);
    res.status(database && !shuttingDown ? 200 : 503).json({
      status: database && !shuttingDown ? 'ok' : 'unavailable',
      database: database ? 'up' : 'down',
      // Without Redis this instance still serves, on its own: limits count locally and rooms stay here.
      ...(redis ? { redis: redis.status === 'ready' && realtime.sharesRooms() ? 'up' : 'down' } : {}),
      ...(shuttingDown ? { shuttingDown: true } : {}),
    });
  });

  const protection = queryProtection<GraphQLContext>({ hideSuggestions: config.isProduction });
  const apollo = new ApolloServer<GraphQLContext>({
    schema: await aliadasSchema(),
    formatError,
    ...protection,
    includeStacktraceInErrorResponses: false,
    // main.ts owns the signals: it drains HTTP, sockets and the database in order.
    stopOnTerminationSignals: false,
    introspection: !config.isProduction,
    plugins: [
      ...protection.plugins,
      idArgumentsPlugin<GraphQLContext>(),
      rateLimitPlugin(rateLimits),
      databaseOutagePlugin<GraphQLContext>(),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      {
        async requestDidStart() {
          return {
            async didEncounterErrors({ contextValue, errors }) {
              for (const error of errors) {
                if (!error.extensions?.code || error.extensions.code === 'INTERNAL_SERVER_ERROR') {
                  contextValue.log.error({ err: error.originalError ?? error, path: error.path }, 'unexpected error');
                }
              }
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.use(
    '/graphql',
    corsFor(config),
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => buildContext(req, res, orm, deps, config),
    }),
  );
  app.use(VOICE_NOTES_PATH, corsFor(config), voiceNoteRoutes(orm, deps));
  serveWebClient(app);

  app.use(jsonErrors(log));

  return {
    config,
    orm,
    httpServer,
    log,
    deps,
    listen: () =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(config.port, config.host, () => {
          const address = httpServer.address() as AddressInfo;
          const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          const url = `http://${host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host}:${address.port}`;
          log.info({ url }, 'Aliadas is listening');
          resolve(url);
        });
      }),
    close: async () => {
      shuttingDown = true;
      const realtimeClosed = realtime.close();
      // Stop accepting connections at once; requests in flight finish, idle keep-alive sockets close.
      const closed = httpServer.listening
        ? new Promise<void>((resolve) => httpServer.close(() => resolve()))
        : Promise.resolve();
      httpServer.closeIdleConnections();
      const forced = setTimeout(() => httpServer.closeAllConnections(), config.shutdownTimeoutMs);
      forced.unref();
      // Socket events in flight are answered before Apollo's drain lets go of the connections (it drops
      // every socket that is not in an HTTP request, WebSockets included).
      await realtimeClosed;
      await apollo.stop();
      await invitationSweeper.stop();
      await workshopReminders.stop();
      await supporterFollowUps.stop();
      await notificationRelay.stop();
      await closed;
      clearTimeout(forced);
      await orm.close();
      await redis?.quit().catch(() => undefined);
    },
  };
}

/**
 * The built web client (client/dist), when there is one, after the API routes: hashed assets cached for
 * a year and sent pre-compressed (Brotli or gzip, written by the client build) to browsers that take
 * it, and every other page path answered with index.html, never cached, for the client's router.
 */
function serveWebClient(app: express.Express): void {
  const dist = fileURLToPath(new URL('../../client/dist/', import.meta.url));
  const index = join(dist, 'index.html');
  if (!existsSync(index)) return;
  const assets = join(dist, 'assets');
  const precompressed = new Set(readdirSync(assets));
  const immutable = 'public, max-age=31536000, immutable';
  app.get(/^\/assets\/[\w.-]+\.(?:js|css)$/, (req, res, next) => {
    const name = req.path.slice('/assets/'.length);
    const accepted = req.headers['accept-encoding'] ?? '';
    const encoding = (['br', 'gzip'] as const).find(
      (e) => accepted.includes(e) && precompressed.has(`${name}.${e === 'br' ? 'br' : 'gz'}`),
    );
    if (!encoding) return next();
    res.setHeader('vary', 'accept-encoding');
    res.setHeader('content-encoding', encoding);
    res.setHeader('cache-control', immutable);
    res.type(name.endsWith('.css') ? 'text/css' : 'text/javascript');
    res.sendFile(`${name}.${encoding === 'br' ? 'br' : 'gz'}`, { root: assets });
  });
  app.use(
    express.static(dist, {
      index: false,
      setHeaders: (res, path) => res.setHeader('cache-control', path.startsWith(assets) ? immutable : 'no-cache'),
    }),
  );
  app.get(/^\/(?!graphql|socket\.io|health|assets\/).*/, (_req, res) => {
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
}

/** Waits a little for Redis, so that limits are shared from the first request; starts without it if it is down. */
async function redisReady(redis: Redis, waitMs: number): Promise<void> {
  if (redis.status === 'ready') return;
  await new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      redis.off('ready', done);
      resolve();
    };
    const timer = setTimeout(done, waitMs);
    redis.once('ready', done);
  });
}

async function databaseIsUp(orm: MikroORM): Promise<boolean> {
  try {
    await Promise.race([
      orm.em.getConnection().execute('select 1'),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref()),
    ]);
    return true;
  } catch {
    return false;
  }
}

/** Refuses the whole request with 503 when the database cannot be reached before it even starts. */
function databaseUnavailable(): DatabaseUnavailableError {
  const error = new DatabaseUnavailableError();
  const headers = new HeaderMap([['retry-after', String(DatabaseUnavailableError.RETRY_AFTER_SECONDS)]]);
  Object.assign(error.extensions, { http: { status: 503, headers } });
  return error;
}

async function buildContext(
  req: Request,
  res: Response,
  orm: MikroORM,
  deps: ServiceDependencies,
  config: Config,
): Promise<GraphQLContext> {
  const em = orm.em.fork();
  const requestId = req.id as string; // genReqId always gives a string
  const services = createServices(em, deps, requestId);
  const cookies = parseCookie(req.headers.cookie ?? '');
  const sessionToken = readBearerToken(req.headers.authorization) ?? cookies[SESSION_COOKIE] ?? null;
  const signedIn = sessionToken
    ? await services.accounts.authenticate(sessionToken).catch((error: unknown) => {
        throw isDatabaseUnreachable(error) ? databaseUnavailable() : error;
      })
    : null;
  const cookieOptions = { httpOnly: true, sameSite: 'lax' as const, secure: config.isProduction, path: '/' };
  return {
    em,
    requestId,
    clientAddress: req.ip ?? req.socket.remoteAddress ?? 'unknown',
    log: req.log,
    user: signedIn?.user ?? null,
    sessionToken: signedIn ? sessionToken : null,
    services,
    setSessionCookie: (token, expiresAt) => res.cookie(SESSION_COOKIE, token, { ...cookieOptions, expires: expiresAt }),
    clearSessionCookie: () => res.clearCookie(SESSION_COOKIE, cookieOptions),
  };
}
