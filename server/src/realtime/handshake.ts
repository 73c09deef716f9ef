// Who is connecting: the session token from the handshake (`auth: { token }`), an Authorization
// header, or the session cookie. Without a valid session the connection is refused with a reason.
import type { HandshakeErrorData } from '@aliadas/shared';
import type { MikroORM } from '@mikro-orm/core';
import { parseCookie } from 'cookie';
import type { Socket } from 'socket.io';
import { readBearerToken, SESSION_COOKIE } from '../modules/accounts/session-tokens.js';
import { createServices, type ServiceDependencies } from '../services.js';

const TOKEN = /^[A-Za-z0-9_-]{20,200}$/;

export class HandshakeError extends Error {
  constructor(
    message: string,
    readonly data: HandshakeErrorData,
  ) {
    super(message);
    this.name = 'HandshakeError';
  }
}

export function sessionRequired(): HandshakeError {
  return new HandshakeError('Please log in to chat.', { code: 'UNAUTHENTICATED', key: 'error.unauthenticated' });
}

export function serverStopping(): HandshakeError {
  return new HandshakeError('This server is restarting. Connecting again…', {
    code: 'UNAVAILABLE',
    key: 'realtime.serverStopping',
  });
}

function tokenOf(socket: Socket): { token: string; fromCookie: boolean } | null {
  const auth = socket.handshake.auth as Record<string, unknown> | undefined;
  if (typeof auth?.token === 'string') return TOKEN.test(auth.token) ? { token: auth.token, fromCookie: false } : null;
  const bearer = readBearerToken(socket.handshake.headers.authorization);
  if (bearer) return { token: bearer, fromCookie: false };
  const cookie = parseCookie(socket.handshake.headers.cookie ?? '')[SESSION_COOKIE];
  return cookie && TOKEN.test(cookie) ? { token: cookie, fromCookie: true } : null;
}

/**
 * A cookie rides along with any page's request: accept it only from a page of this site, or of an
 * origin the configuration allows (CORS_ORIGINS, as for /graphql).
 */
function trustedOrigin(socket: Socket, allowed: readonly string[]): boolean {
  const origin = socket.handshake.headers.origin;
  if (!origin) return true;
  if (allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === socket.handshake.headers.host;
  } catch {
    return false;
  }
}

export async function authenticateHandshake(
  socket: Socket,
  orm: MikroORM,
  deps: ServiceDependencies,
): Promise<{ userId: string; sessionId: string; sessionExpiresAt: number }> {
  const found = tokenOf(socket);
  if (!found || (found.fromCookie && !trustedOrigin(socket, deps.config.corsOrigins))) throw sessionRequired();
  const services = createServices(orm.em.fork(), deps, null);
  const signedIn = await services.accounts.authenticate(found.token);
  if (!signedIn) throw sessionRequired();
  return {
    userId: signedIn.user.id,
    sessionId: signedIn.session.id,
    sessionExpiresAt: signedIn.session.expiresAt.getTime(),
  };
}
