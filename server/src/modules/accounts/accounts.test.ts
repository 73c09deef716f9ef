import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { errorCodes, startTestServer, type TestServer } from '../../test-support/test-server.js';
import { User } from './user.entity.js';

const REGISTER = `mutation Register($input: RegisterInput!) {
  register(input: $input) { token expiresAt user { id displayName email roles locale } }
}`;
const LOG_IN = `mutation LogIn($input: LogInInput!) { logIn(input: $input) { token user { id email roles } } }`;
const ME = `query { me { id displayName email roles } }`;
const LOG_OUT = `mutation { logOut }`;

let api: TestServer;

beforeAll(async () => {
  api = await startTestServer({ login: { slowdownAfter: 2, lockoutAfter: 4, lockoutMs: 60_000 } });
});
afterAll(async () => api?.close());

function registration(overrides: Record<string, unknown> = {}) {
  return {
    input: {
      email: `Rose.${Math.random().toString(36).slice(2)}@Example.org`,
      password: 'kreyol-ak-espanyol',
      displayName: 'Rose Joseph',
      locale: 'ht',
      roles: ['ENTREPRENEUR'],
      ...overrides,
    },
  };
}

describe('sign-up', () => {
  test('creates the account, signs her in with an HttpOnly cookie and a bearer token', async () => {
    const vars = registration();
    const result = await api.gql<{
      register: { token: string; user: { email: string; roles: string[]; locale: string } };
    }>(REGISTER, vars);
    expect(result.errors).toBeUndefined();
    const payload = result.data!.register;
    expect(payload.user.email).toBe(vars.input.email.toLowerCase());
    expect(payload.user.roles).toEqual(['ENTREPRENEUR']);
    expect(payload.user.locale).toBe('ht');
    const cookie = result.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/aliadas_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);

    const viaBearer = await api.gql<{ me: { email: string } }>(ME, {}, { token: payload.token });
    expect(viaBearer.data?.me.email).toBe(vars.input.email.toLowerCase());
    const viaCookie = await api.gql<{ me: { email: string } }>(ME, {}, { cookie: cookie.split(';')[0] });
    expect(viaCookie.data?.me.email).toBe(vars.input.email.toLowerCase());
  });

  test('stores the password only as an argon2id hash', async () => {
    const vars = registration();
    await api.gql(REGISTER, vars);
    const user = await api.server.orm.em.fork().findOneOrFail(User, { email: vars.input.email.toLowerCase() });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.passwordHash).not.toContain(vars.input.password);
  });

  test('refuses an email that already has an account', async () => {
    const vars = registration();
    await api.gql(REGISTER, vars);
    const again = await api.gql(REGISTER, { input: { ...vars.input, email: vars.input.email.toUpperCase() } });
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    expect(again.errors?.[0]?.extensions?.key).toBe('auth.emailTaken');
  });

  test('never grants trusted roles to herself', async () => {
    for (const role of ['COORDINATOR', 'ADMIN']) {
      const result = await api.gql(REGISTER, registration({ roles: ['ENTREPRENEUR', role] }));
      expect(errorCodes(result)).toEqual(['FORBIDDEN']);
    }
  });

  test('an adviser may sign up but starts unverified (checked in profiles)', async () => {
    const result = await api.gql<{ register: { user: { roles: string[] } } }>(
      REGISTER,
      registration({ roles: ['ADVISER'] }),
    );
    expect(result.data?.register.user.roles).toEqual(['ADVISER']);
  });

  test('validates input with clear, field-by-field errors', async () => {
    const result = await api.gql(
      REGISTER,
      registration({ email: 'not-an-email', password: 'short', displayName: '   ' }),
    );
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    const fields = result.errors?.[0]?.extensions?.fields?.map((f) => f.path).sort();
    expect(fields).toEqual(['displayName', 'email', 'password']);
    expect(result.errors?.[0]?.message).toMatch(/password must be 10 to 128 characters long/);
  });

  test('refuses oversized values and unknown codes', async () => {
    const long = await api.gql(REGISTER, registration({ displayName: 'x'.repeat(81) }));
    expect(errorCodes(long)).toEqual(['BAD_USER_INPUT']);
    const role = await api.gql(REGISTER, registration({ roles: ['QUEEN'] }));
    expect(errorCodes(role)).toEqual(['BAD_USER_INPUT']);
    const locale = await api.gql(REGISTER, registration({ locale: 'de' }));
    expect(errorCodes(locale)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('log-in and log-out', () => {
  test('logs in with any letter case in the email and reads me', async () => {
    const vars = registration();
    await api.gql(REGISTER, vars);
    const result = await api.gql<{ logIn: { token: string } }>(LOG_IN, {
      input: { email: ` ${vars.input.email.toUpperCase()} `, password: vars.input.password },
    });
    expect(result.errors).toBeUndefined();
    const me = await api.gql<{ me: { displayName: string } }>(ME, {}, { token: result.data!.logIn.token });
    expect(me.data?.me.displayName).toBe('Rose Joseph');
  });

  test('gives the same answer for a wrong password and an unknown email', async () => {
    const vars = registration();
    await api.gql(REGISTER, vars);
    const wrongPassword = await api.gql(LOG_IN, { input: { email: vars.input.email, password: 'not the password' } });
    const unknownEmail = await api.gql(LOG_IN, {
      input: { email: 'nobody@example.org', password: 'not the password' },
    });
    expect(wrongPassword.errors?.[0]?.extensions).toEqual(unknownEmail.errors?.[0]?.extensions);
    expect(wrongPassword.errors?.[0]?.message).toBe(unknownEmail.errors?.[0]?.message);
    expect(wrongPassword.errors?.[0]?.extensions?.key).toBe('auth.invalidCredentials');
  });

  test('log-out revokes the session for every client that holds it', async () => {
    const vars = registration();
    const { data } = await api.gql<{ register: { token: string } }>(REGISTER, vars);
    const token = data!.register.token;
    const out = await api.gql<{ logOut: boolean }>(LOG_OUT, {}, { token });
    expect(out.data?.logOut).toBe(true);
    expect(out.headers.get('set-cookie')).toMatch(/aliadas_session=;/);
    const me = await api.gql<{ me: unknown }>(ME, {}, { token });
    expect(me.data?.me).toBeNull();
    const again = await api.gql(LOG_OUT, {}, { token });
    expect(errorCodes(again)).toEqual(['UNAUTHENTICATED']);
  });

  test('an unknown or forged token is anonymous', async () => {
    const me = await api.gql<{ me: unknown }>(ME, {}, { token: 'x'.repeat(43) });
    expect(me.errors).toBeUndefined();
    expect(me.data?.me).toBeNull();
  });

  test('slows repeated failures, then refuses even the right password for a while', async () => {
    const vars = registration();
    await api.gql(REGISTER, vars);
    const wrong = { input: { email: vars.input.email, password: 'wrong password' } };
    const timings: number[] = [];
    for (let i = 0; i < 4; i++) {
      const started = performance.now();
      const result = await api.gql(LOG_IN, wrong);
      timings.push(performance.now() - started);
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    }
    // From the second failure on, each answer waits longer (250 ms, then 500 ms, …).
    expect(timings[1]).toBeGreaterThanOrEqual(240);
    expect(timings[2]).toBeGreaterThanOrEqual(490);
    const locked = await api.gql(LOG_IN, { input: { email: vars.input.email, password: vars.input.password } });
    expect(errorCodes(locked)).toEqual(['RATE_LIMITED']);
    expect(locked.errors?.[0]?.extensions?.params?.retryAfterSeconds).toBeGreaterThan(0);
    // Someone else's account is not affected.
    const other = registration();
    await api.gql(REGISTER, other);
    const fine = await api.gql(LOG_IN, { input: { email: other.input.email, password: other.input.password } });
    expect(fine.errors).toBeUndefined();
  });
});

describe('roles given by staff', () => {
  const GRANT = `mutation($userId: ID!, $role: Role!) { grantRole(userId: $userId, role: $role) { id roles } }`;

  test('a coordinator can make someone a coordinator, but not an admin', async () => {
    const coordinator = await api.person(['COORDINATOR']);
    const someone = await api.person(['MENTOR']);
    const granted = await api.gql<{ grantRole: { roles: string[] } }>(
      GRANT,
      { userId: someone.id, role: 'COORDINATOR' },
      coordinator,
    );
    expect(granted.data?.grantRole.roles.sort()).toEqual(['COORDINATOR', 'MENTOR']);
    const admin = await api.gql(GRANT, { userId: someone.id, role: 'ADMIN' }, coordinator);
    expect(errorCodes(admin)).toEqual(['FORBIDDEN']);
  });

  test('grants are written to the audit log', async () => {
    const admin = await api.person(['ADMIN']);
    const someone = await api.person(['ENTREPRENEUR']);
    await api.gql(GRANT, { userId: someone.id, role: 'MENTOR' }, admin);
    const log = await api.gql<{ auditLog: { action: string; actorId: string; details: { role: string } }[] }>(
      `query($id: ID) { auditLog(subjectId: $id) { action actorId details } }`,
      { id: someone.id },
      admin,
    );
    expect(log.data?.auditLog).toEqual([{ action: 'role.granted', actorId: admin.id, details: { role: 'MENTOR' } }]);
  });
});
