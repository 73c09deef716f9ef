import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from 'pino';
import type { User } from '../modules/accounts/user.entity.js';
import type { Services } from '../services.js';

/** What every resolver receives: its own unit of work, the signed-in person (if any) and the services. */
export interface GraphQLContext {
  em: EntityManager;
  requestId: string;
  /** The caller's network address (behind a proxy on this machine, the one it forwards); limits count by it. */
  clientAddress: string;
  log: Logger;
  user: User | null;
  sessionToken: string | null;
  services: Services;
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
}
