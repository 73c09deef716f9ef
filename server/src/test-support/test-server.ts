// Starts the real Aliadas server on a free port against a fresh database, and speaks HTTP to it.
import type { Role } from '@aliadas/shared';
import { createAliadasServer, type AliadasServer } from '../app.js';
import { loadConfig, type Config } from '../config.js';
import { hashPassword } from '../modules/accounts/passwords.js';
import { Session } from '../modules/accounts/session.entity.js';
import { hashSessionToken, newSessionToken } from '../modules/accounts/session-tokens.js';
import { UserRole } from '../modules/accounts/user-role.entity.js';
import { User } from '../modules/accounts/user.entity.js';
import { freshDatabase, type TestDatabase } from './test-database.js';

export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: {
    code?: string;
    key?: string;
    params?: Record<string, unknown>;
    fields?: { path: string; problems: string[] }[];
  };
}

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  data: T | null | undefined;
  errors: GraphQLErrorShape[] | undefined;
  headers: Headers;
}

export interface TestPerson {
  id: string;
  email: string;
  password: string;
  token: string;
}

export interface TestServer {
  url: string;
  server: AliadasServer;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    auth?: { token?: string; cookie?: string },
  ): Promise<GraphQLResult<T>>;
  /** A person with these roles and an open session, written straight to the database. */
  person(roles: Role[], options?: { email?: string; displayName?: string }): Promise<TestPerson>;
  close(): Promise<void>;
}

export const TEST_PASSWORD = 'a-long-test-password';
let passwordHash: Promise<string> | undefined;
let counter = 0;

export async function startTestServer(overrides: Partial<Config> = {}): Promise<TestServer> {
  const db: TestDatabase = await freshDatabase();
  const base = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DEMO_DATA: 'false' });
  // Tests sign up and log in many people from one address: limits are out of the way unless a test sets them.
  const unlimited = { points: 1_000_000, windowMs: 1000 };
  base.rateLimits = Object.fromEntries(
    Object.keys(base.rateLimits).map((name) => [name, unlimited]),
  ) as unknown as Config['rateLimits'];
  const server = await createAliadasServer({ ...base, database: db.database, ...overrides });
  const url = await server.listen();

  const gql: TestServer['gql'] = async (query, variables, auth) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (auth?.token) headers.authorization = `Bearer ${auth.token}`;
    if (auth?.cookie) headers.cookie = auth.cookie;
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: never; errors?: GraphQLErrorShape[] };
    return { status: response.status, data: body.data, errors: body.errors, headers: response.headers };
  };

  const person: TestServer['person'] = async (roles, options = {}) => {
    counter += 1;
    passwordHash ??= hashPassword(TEST_PASSWORD);
    const em = server.orm.em.fork();
    const email = options.email ?? `person${counter}-${Date.now()}@test.aliadas`;
    const user = em.create(User, {
      email,
      displayName: options.displayName ?? `Test person ${counter}`,
      passwordHash: await passwordHash,
    });
    for (const role of roles) user.roleGrants.add(em.create(UserRole, { user, role }));
    const token = newSessionToken();
    em.create(Session, { user, tokenHash: hashSessionToken(token), expiresAt: new Date(Date.now() + 86_400_000) });
    await em.flush();
    return { id: user.id, email, password: TEST_PASSWORD, token };
  };

  return {
    url,
    server,
    gql,
    person,
    close: async () => {
      await server.close();
      await db.drop();
    },
  };
}

/** The codes of a result's errors, for short assertions. */
export function errorCodes(result: { errors?: GraphQLErrorShape[] | undefined }): (string | undefined)[] {
  return (result.errors ?? []).map((e) => e.extensions?.code);
}
