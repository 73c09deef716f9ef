// Shapes of the authorization matrix: for every GraphQL operation, who may call it and a sample call.
// Each module lists its own operations in `<module>.authorization.ts`; graphql/authorization.test.ts
// walks them all for anonymous callers and for each role.
import type { Role } from '@aliadas/shared';
import type { TestServer } from './test-server.js';

export type Caller = 'ANONYMOUS' | Role;

/** People and records that exist before the matrix runs, so that sample calls can name them. */
export interface MatrixWorld {
  api: TestServer;
  /** One person per role (each holding only that role), with a session. */
  people: Record<Role, { id: string; token: string }>;
  /** An organization coordinated by people.COORDINATOR. */
  organizationId: string;
  /** A second person of each role, to act upon (never the caller). */
  others: Record<Role, { id: string; token: string }>;
}

export interface OperationRule {
  /** EVERYONE: also without an account; SIGNED_IN: any role; or the roles allowed. */
  allowed: 'EVERYONE' | 'SIGNED_IN' | Role[];
  document: string;
  variables?: (world: MatrixWorld, caller: Caller) => Record<string, unknown> | Promise<Record<string, unknown>>;
}

export type OperationRules = Record<string, OperationRule>;
