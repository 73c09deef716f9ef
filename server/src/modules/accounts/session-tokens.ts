import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'aliadas_session';

/** 256 random bits: opaque to the client, only its hash is stored. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function readBearerToken(authorization: string | undefined): string | undefined {
  const match = /^Bearer\s+([A-Za-z0-9_-]{20,200})$/.exec(authorization ?? '');
  return match?.[1];
}
