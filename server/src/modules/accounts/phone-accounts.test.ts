// Accounts named by a phone number, opened with a password or a 6-digit PIN; email optional.
import { isTrivialPin } from '@aliadas/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { errorCodes, startTestServer, type GraphQLResult, type TestServer } from '../../test-support/test-server.js';
import { User } from './user.entity.js';

const REGISTER = `mutation($input: RegisterInput!) {
  register(input: $input) { token user { id email loginPhone secretKind roles } }
}`;
const LOG_IN = `mutation($input: LogInInput!) { logIn(input: $input) { token user { id loginPhone } } }`;

let api: TestServer;
const pinLogin = { slowdownAfter: 2, lockoutAfter: 4, lockoutMs: 60_000, addressLockoutAfter: 1000 };

beforeAll(async () => {
  api = await startTestServer({ pinLogin });
});
afterAll(async () => api?.close());

let serial = 0;
/** A Costa Rican mobile number no other test uses. */
export function freshPhone(prefix = '+50688'): string {
  serial += 1;
  return `${prefix}${String((Date.now() * 7 + serial * 7919) % 1_000_000).padStart(6, '0')}`;
}

function phoneSignUp(overrides: Record<string, unknown> = {}) {
  return {
    input: {
      phone: freshPhone(),
      pin: '480275',
      displayName: 'Wideline',
      locale: 'ht',
      roles: ['ENTREPRENEUR'],
      ...overrides,
    },
  };
}

function key(result: GraphQLResult): unknown {
  return result.errors?.[0]?.extensions?.key;
}

describe('sign-up with a phone number', () => {
  test('a phone and a PIN, no email: the PIN is hashed like a password', async () => {
    const phone = freshPhone();
    const vars = phoneSignUp({ phone: ` ${phone.slice(0, 4)} ${phone.slice(4, 8)}-${phone.slice(8)} ` });
    const result = await api.gql<{
      register: { user: { id: string; email: null; loginPhone: string; secretKind: string } };
    }>(REGISTER, vars);
    expect(result.errors).toBeUndefined();
    const user = result.data!.register.user;
    expect(user.email).toBeNull();
    expect(user.loginPhone).toBe(phone);
    expect(user.secretKind).toBe('PIN');
    const stored = await api.server.orm.em.fork().findOneOrFail(User, { id: user.id });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain('480275');
  });

  test('a phone and a password work too, and so does an email with a PIN', async () => {
    const password = await api.gql(REGISTER, phoneSignUp({ pin: null, password: 'mwen-renmen-lakay' }));
    expect(password.errors).toBeUndefined();
    const email = await api.gql(
      REGISTER,
      phoneSignUp({ phone: null, email: `pin${serial}@example.org`, pin: '593017' }),
    );
    expect(email.errors).toBeUndefined();
  });

  test('needs a phone or an email, and one secret: a password or a PIN, not both', async () => {
    expect(key(await api.gql(REGISTER, phoneSignUp({ phone: null })))).toBe('auth.loginNameRequired');
    expect(key(await api.gql(REGISTER, phoneSignUp({ pin: null })))).toBe('auth.oneSecret');
    expect(key(await api.gql(REGISTER, phoneSignUp({ password: 'mwen-renmen-lakay' })))).toBe('auth.oneSecret');
  });

  test('a number without its country code, or one no country uses, is refused', async () => {
    for (const phone of ['88123456', '+0123456789', '+1234']) {
      const result = await api.gql(REGISTER, phoneSignUp({ phone }));
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    }
    // The right shape, but not a number in Guatemala's numbering plan.
    expect(key(await api.gql(REGISTER, phoneSignUp({ phone: '+50212345678' })))).toBe('auth.phoneFormat');
  });

  test('refuses PINs anyone would try first', async () => {
    for (const pin of ['000000', '111111', '123456', '654321', '890123', '121212', '123123', '112233']) {
      expect(isTrivialPin(pin)).toBe(true);
      expect(key(await api.gql(REGISTER, phoneSignUp({ pin })))).toBe('auth.pinTooEasy');
    }
    const short = await api.gql(REGISTER, phoneSignUp({ pin: '4802' }));
    expect(errorCodes(short)).toEqual(['BAD_USER_INPUT']);
    expect(isTrivialPin('480275')).toBe(false);
  });

  test('one account per login phone, however it is written', async () => {
    const phone = freshPhone();
    expect((await api.gql(REGISTER, phoneSignUp({ phone }))).errors).toBeUndefined();
    const spaced = `${phone.slice(0, 4)} ${phone.slice(4, 8)}-${phone.slice(8)}`;
    const again = await api.gql(REGISTER, phoneSignUp({ phone: spaced }));
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    expect(key(again)).toBe('auth.phoneTaken');
  });
});

describe('log-in with a phone and a PIN', () => {
  test('logs in with the number written any way, and the PIN', async () => {
    const vars = phoneSignUp();
    await api.gql(REGISTER, vars);
    const spaced = `${vars.input.phone.slice(0, 4)} ${vars.input.phone.slice(4)}`;
    const result = await api.gql<{ logIn: { token: string } }>(LOG_IN, { input: { phone: spaced, pin: '480275' } });
    expect(result.errors).toBeUndefined();
    const me = await api.gql<{ me: { displayName: string } }>(
      '{ me { displayName } }',
      {},
      {
        token: result.data!.logIn.token,
      },
    );
    expect(me.data?.me.displayName).toBe('Wideline');
  });

  test('the same answer for a wrong PIN, an unknown number, and a PIN sent as a password', async () => {
    const vars = phoneSignUp();
    await api.gql(REGISTER, vars);
    const answers = await Promise.all([
      api.gql(LOG_IN, { input: { phone: vars.input.phone, pin: '480276' } }),
      api.gql(LOG_IN, { input: { phone: freshPhone(), pin: '480275' } }),
      api.gql(LOG_IN, { input: { phone: vars.input.phone, password: '480275' } }),
    ]);
    for (const answer of answers) {
      expect(answer.errors?.[0]?.extensions).toEqual(answers[0].errors?.[0]?.extensions);
      expect(key(answer)).toBe('auth.invalidCredentials');
    }
  });

  test('after a few wrong PINs the account is locked, with the time to wait; others are not', async () => {
    const vars = phoneSignUp();
    await api.gql(REGISTER, vars);
    for (let i = 0; i < pinLogin.lockoutAfter; i += 1) {
      const wrong = await api.gql(LOG_IN, { input: { phone: vars.input.phone, pin: `9${i}7153` } });
      expect(key(wrong)).toBe('auth.invalidCredentials');
    }
    const locked = await api.gql(LOG_IN, { input: { phone: vars.input.phone, pin: '480275' } });
    expect(errorCodes(locked)).toEqual(['RATE_LIMITED']);
    expect(key(locked)).toBe('auth.pinLocked');
    const seconds = locked.errors?.[0]?.extensions?.params?.retryAfterSeconds as number;
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(60);
    // An unknown number is locked the same way, so locking tells nothing about who has an account.
    const unknown = freshPhone();
    for (let i = 0; i < pinLogin.lockoutAfter; i += 1)
      await api.gql(LOG_IN, { input: { phone: unknown, pin: '917153' } });
    expect(key(await api.gql(LOG_IN, { input: { phone: unknown, pin: '480275' } }))).toBe('auth.pinLocked');

    const other = phoneSignUp();
    await api.gql(REGISTER, other);
    expect((await api.gql(LOG_IN, { input: { phone: other.input.phone, pin: '480275' } })).errors).toBeUndefined();
  });

  test('PIN failures are capped per address too, whichever numbers they name', async () => {
    const strict = await startTestServer({ pinLogin: { ...pinLogin, addressLockoutAfter: 3 } });
    try {
      const vars = phoneSignUp();
      await strict.gql(REGISTER, vars);
      for (let i = 0; i < 3; i += 1) await strict.gql(LOG_IN, { input: { phone: freshPhone(), pin: '917153' } });
      const refused = await strict.gql(LOG_IN, { input: { phone: vars.input.phone, pin: '480275' } });
      expect(key(refused)).toBe('auth.pinLocked');
      // Passwords are not held back by failed PINs.
      const email = `address${serial}@example.org`;
      await strict.gql(REGISTER, phoneSignUp({ phone: null, pin: null, email, password: 'mwen-renmen-lakay' }));
      expect((await strict.gql(LOG_IN, { input: { email, password: 'mwen-renmen-lakay' } })).errors).toBeUndefined();
    } finally {
      await strict.close();
    }
  });

  test('names one account: a phone or an email, not both', async () => {
    const both = await api.gql(LOG_IN, { input: { phone: freshPhone(), email: 'a@example.org', pin: '480275' } });
    expect(key(both)).toBe('auth.oneLoginName');
    expect(key(await api.gql(LOG_IN, { input: { pin: '480275' } }))).toBe('auth.loginNameRequired');
  });
});

describe('the login phone is hers alone', () => {
  test('staff reading her account, and the list of people, never get it', async () => {
    const vars = phoneSignUp();
    const { data } = await api.gql<{ register: { user: { id: string } } }>(REGISTER, vars);
    const id = data!.register.user.id;
    for (const role of ['COORDINATOR', 'ADMIN'] as const) {
      const staff = await api.person([role]);
      const read = await api.gql<{ user: { loginPhone: null; secretKind: null; phone: null } }>(
        'query($id: ID!) { user(id: $id) { loginPhone secretKind phone } }',
        { id },
        staff,
      );
      expect(read.data?.user).toEqual({ loginPhone: null, secretKind: null, phone: null });
      const people = await api.gql<{ people: { id: string; loginPhone: string | null }[] }>(
        '{ people(limit: 100) { id loginPhone } }',
        {},
        staff,
      );
      expect(people.data?.people.find((p) => p.id === id)).toEqual({ id, loginPhone: null });
      expect(JSON.stringify(people.data)).not.toContain(vars.input.phone);
    }
    // The audit log of her sign-up says how she logs in, not the number.
    const admin = await api.person(['ADMIN']);
    const log = await api.gql<{ auditLog: { action: string; details: unknown }[] }>(
      'query($id: ID) { auditLog(subjectId: $id) { action details } }',
      { id },
      admin,
    );
    expect(log.data?.auditLog[0]?.details).toMatchObject({ loginNames: ['PHONE'], secretKind: 'PIN' });
    expect(JSON.stringify(log.data)).not.toContain(vars.input.phone);
  });

  test('it is not her shared contact phone: a match sees only what she chose to share', async () => {
    const vars = phoneSignUp();
    const { data } = await api.gql<{ register: { token: string; user: { id: string } } }>(REGISTER, vars);
    const me = await api.gql<{ me: { phone: string | null; loginPhone: string } }>(
      '{ me { phone loginPhone } }',
      {},
      {
        token: data!.register.token,
      },
    );
    expect(me.data?.me).toEqual({ phone: null, loginPhone: vars.input.phone });
  });

  test('her data export has it; deleting her account erases it and frees the number', async () => {
    const vars = phoneSignUp();
    const { data } = await api.gql<{ register: { token: string } }>(REGISTER, vars);
    const token = data!.register.token;
    const exported = await api.gql<{ myDataExport: { account: { loginPhone: string; email: null } } }>(
      '{ myDataExport }',
      {},
      { token },
    );
    expect(exported.data?.myDataExport.account).toMatchObject({ loginPhone: vars.input.phone, email: null });
    const deleted = await api.gql(
      'mutation($p: String!) { deleteMyAccount(password: $p) }',
      { p: '480275' },
      { token },
    );
    expect(deleted.errors).toBeUndefined();
    expect((await api.gql(REGISTER, phoneSignUp({ phone: vars.input.phone }))).errors).toBeUndefined();
  });
});
