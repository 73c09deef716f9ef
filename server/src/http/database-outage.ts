// When the database cannot be reached, every caller hears so plainly — UNAVAILABLE, "try again in a
// minute", 503 over HTTP — instead of a generic failure; the pool reconnects by itself once it is back.
import type { ApolloServerPlugin } from '@apollo/server';
import { ConnectionException } from '@mikro-orm/core';
import { DatabaseUnavailableError } from '../errors.js';

/** Network failures and PostgreSQL's "cannot connect now" classes (08, 57P0x, 53300), and pool waits. */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EPIPE',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '53300',
  '57P01',
  '57P02',
  '57P03',
]);
// pg says "timeout expired" when a connection is not established within connectionTimeoutMillis.
const UNREACHABLE_MESSAGES =
  /Connection terminated|Client has encountered a connection error|Timeout acquiring a connection|not currently accepting connections|connect ECONNREFUSED|Connection ended unexpectedly|(^| - )timeout expired$/i;

/** Whether this error (or one it wraps) says the database could not be reached. */
export function isDatabaseUnreachable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current = error;
  while (current instanceof Error && !seen.has(current)) {
    seen.add(current);
    if (current instanceof DatabaseUnavailableError || current instanceof ConnectionException) return true;
    const { code, name } = current as Error & { code?: unknown };
    if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) return true;
    if (name === 'KnexTimeoutError' || UNREACHABLE_MESSAGES.test(current.message)) return true;
    current = (current as { originalError?: unknown }).originalError ?? current.cause;
  }
  return false;
}

/** Answers 503 (with Retry-After) when any error of the operation was an unreachable database. */
export function databaseOutagePlugin<Context extends object>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          if (!errors.some((e) => e.extensions?.code === 'UNAVAILABLE')) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(DatabaseUnavailableError.RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}
