// A coordinator opens, changes or resets an entrepreneur's account for her, with her consent recorded;
// she sets her own PIN or password with the one-time code.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Session } from '../accounts/session.entity.js';
import { AccountSetupCode } from '../accounts/setup-code.entity.js';
import {
  errorCodes,
  startTestServer,
  type GraphQLResult,
  type TestPerson,
  type TestServer,
} from '../../test-support/test-server.js';
import { AssistedConsent } from './assisted-consent.entity.js';

const SIGN_UP = `mutation($input: AssistedSignUpInput!) {
  assistedSignUp(input: $input) { setupCode expiresAt user { id displayName roles loginPhone email } }
}`;
const SET_UP = `mutation($input: SetUpAccountInput!) { setUpAccount(input: $input) { token user { id loginPhone secretKind } } }`;
const LOG_IN = `mutation($input: LogInInput!) { logIn(input: $input) { token } }`;
const RESET = `mutation($id: ID!, $input: ResetAccountAccessInput!) {
  resetAccountAccess(userId: $id, input: $input) { setupCode expiresAt user { id } }
}`;
const UPDATE = `mutation($id: ID!, $input: AssistedProfileUpdateInput!) {
  assistedUpdateProfile(userId: $id, input: $input) { id entrepreneurProfile { city } }
}`;

const profile = {
  countryOfResidence: 'DO',
  countryOfOrigin: 'HT',
  city: 'Santiago',
  languages: [
    { language: 'ht', level: 'NATIVE' },
    { language: 'es', level: 'BASIC' },
  ],
  businessStage: 'IDEA',
  modalities: ['CALL'],
  availability: { timeZone: 'America/Santo_Domingo', slots: [{ day: 6, startMinute: 540, endMinute: 720 }] },
};
const createConsent = { scopes: ['CREATE_ACCOUNT', 'STORE_PROFILE', 'BE_MATCHED'], channel: 'VISIT' };

let api: TestServer;
let coordinator: TestPerson;
const ttlMs = 60 * 60 * 1000;

beforeAll(async () => {
  api = await startTestServer({
    setupCodeTtlMs: ttlMs,
    pinLogin: { slowdownAfter: 2, lockoutAfter: 4, lockoutMs: 60_000, addressLockoutAfter: 1000 },
  });
  coordinator = await api.person(['COORDINATOR']);
});
afterAll(async () => api?.close());

let serial = 0;
function freshPhone(): string {
  serial += 1;
  return `+50937${String((Date.now() * 13 + serial * 7919) % 1_000_000).padStart(6, '0')}`;
}

function key(result: GraphQLResult): unknown {
  return result.errors?.[0]?.extensions?.key;
}

interface Opened {
  id: string;
  phone: string;
  code: string;
}

async function openAccount(overrides: Record<string, unknown> = {}): Promise<Opened> {
  const phone = freshPhone();
  const result = await api.gql<{ assistedSignUp: { setupCode: string; user: { id: string } } }>(
    SIGN_UP,
    { input: { displayName: 'Marie-Ange', phone, locale: 'ht', consent: createConsent, profile, ...overrides } },
    coordinator,
  );
  expect(result.errors).toBeUndefined();
  return { id: result.data!.assistedSignUp.user.id, phone, code: result.data!.assistedSignUp.setupCode };
}

describe('assisted sign-up', () => {
  test('opens an entrepreneur account and profile, records her consent, and gives the code once', async () => {
    const phone = freshPhone();
    const result = await api.gql<{
      assistedSignUp: {
        setupCode: string;
        expiresAt: string;
        user: { id: string; displayName: string; roles: string[]; loginPhone: null; email: null };
      };
    }>(SIGN_UP, { input: { displayName: 'Marie-Ange', phone, consent: createConsent, profile } }, coordinator);
    expect(result.errors).toBeUndefined();
    const given = result.data!.assistedSignUp;
    expect(given.setupCode).toMatch(/^\d{8}$/);
    const lifetime = new Date(given.expiresAt).getTime() - Date.now();
    expect(lifetime).toBeGreaterThan(ttlMs / 2);
    expect(lifetime).toBeLessThanOrEqual(ttlMs);
    // The coordinator typed the phone in, and still cannot read it back.
    expect(given.user).toMatchObject({
      displayName: 'Marie-Ange',
      roles: ['ENTREPRENEUR'],
      loginPhone: null,
      email: null,
    });

    const em = api.server.orm.em.fork();
    const consent = await em.findOneOrFail(
      AssistedConsent,
      { entrepreneur: given.user.id },
      { populate: ['coordinator'] },
    );
    expect(consent).toMatchObject({ action: 'ACCOUNT_CREATED', channel: 'VISIT', scopes: createConsent.scopes });
    expect(consent.coordinator?.id).toBe(coordinator.id);
    expect(Math.abs(consent.recordedAt.getTime() - Date.now())).toBeLessThan(60_000);
    const code = await em.findOneOrFail(AccountSetupCode, { user: given.user.id });
    expect(code.codeHash).toMatch(/^\$argon2id\$/);
    expect(code.codeHash).not.toContain(given.setupCode);

    const staffView = await api.gql<{ user: { entrepreneurProfile: { city: string } } }>(
      'query($id: ID!) { user(id: $id) { entrepreneurProfile { city } } }',
      { id: given.user.id },
      coordinator,
    );
    expect(staffView.data?.user.entrepreneurProfile.city).toBe('Santiago');

    const log = await api.gql<{ auditLog: { action: string; actorId: string; details: Record<string, unknown> }[] }>(
      'query($id: ID) { auditLog(subjectId: $id) { action actorId details } }',
      { id: given.user.id },
      await api.person(['ADMIN']),
    );
    const entry = log.data?.auditLog.find((e) => e.action === 'account.assistedSignUp');
    expect(entry).toMatchObject({ actorId: coordinator.id, details: { channel: 'VISIT', loginNames: ['PHONE'] } });
    expect(JSON.stringify(log.data)).not.toContain(phone);
    expect(JSON.stringify(log.data)).not.toContain(given.setupCode);
  });

  test('without her consent to an account and to keeping her data, nothing is written', async () => {
    const phone = freshPhone();
    const result = await api.gql(
      SIGN_UP,
      { input: { displayName: 'Nadège', phone, consent: { scopes: ['CREATE_ACCOUNT'], channel: 'CALL' } } },
      coordinator,
    );
    expect(key(result)).toBe('assisted.consentMissing');
    expect(result.errors?.[0]?.extensions?.params).toEqual({ missing: 'STORE_PROFILE' });
    const unknownScope = await api.gql(
      SIGN_UP,
      { input: { displayName: 'Nadège', phone, consent: { scopes: ['EVERYTHING'], channel: 'CALL' } } },
      coordinator,
    );
    expect(errorCodes(unknownScope)).toEqual(['BAD_USER_INPUT']);
    // The phone is still free.
    expect(
      (await api.gql(SIGN_UP, { input: { displayName: 'Nadège', phone, consent: createConsent } }, coordinator)).errors,
    ).toBeUndefined();
  });

  test('needs the phone or the email she will log in with', async () => {
    const result = await api.gql(SIGN_UP, { input: { displayName: 'Nadège', consent: createConsent } }, coordinator);
    expect(key(result)).toBe('assisted.loginNameRequired');
  });
});

describe('her first log-in', () => {
  test('with the code she sets her PIN; the code works once, and then her PIN opens the account', async () => {
    const opened = await openAccount();
    // No secret yet: nothing logs in.
    expect(key(await api.gql(LOG_IN, { input: { phone: opened.phone, pin: '000000' } }))).toBe(
      'auth.invalidCredentials',
    );
    const easy = await api.gql(SET_UP, { input: { phone: opened.phone, setupCode: opened.code, pin: '123456' } });
    expect(key(easy)).toBe('auth.pinTooEasy');

    const spaced = `${opened.code.slice(0, 4)} ${opened.code.slice(4)}`;
    const set = await api.gql<{ setUpAccount: { token: string; user: { loginPhone: string; secretKind: string } } }>(
      SET_UP,
      { input: { phone: opened.phone, setupCode: spaced, pin: '480275' } },
    );
    expect(set.errors).toBeUndefined();
    expect(set.data?.setUpAccount.user).toMatchObject({ loginPhone: opened.phone, secretKind: 'PIN' });

    const again = await api.gql(SET_UP, { input: { phone: opened.phone, setupCode: opened.code, pin: '593017' } });
    expect(key(again)).toBe('auth.invalidSetupCode');
    expect((await api.gql(LOG_IN, { input: { phone: opened.phone, pin: '480275' } })).errors).toBeUndefined();
    const consents = await api.gql<{ assistedConsents: { action: string; channel: string }[] }>(
      'query($id: ID!) { assistedConsents(userId: $id) { action channel } }',
      { id: opened.id },
      { token: set.data!.setUpAccount.token },
    );
    expect(consents.data?.assistedConsents).toEqual([{ action: 'ACCOUNT_CREATED', channel: 'VISIT' }]);
  });

  test('an expired code does not work', async () => {
    const opened = await openAccount();
    const em = api.server.orm.em.fork();
    await em.nativeUpdate(AccountSetupCode, { user: opened.id }, { expiresAt: new Date(Date.now() - 1000) });
    const result = await api.gql(SET_UP, { input: { phone: opened.phone, setupCode: opened.code, pin: '480275' } });
    expect(key(result)).toBe('auth.invalidSetupCode');
  });

  test('two forms sent at the same moment: one sets the secret, the other is refused', async () => {
    const opened = await openAccount();
    const results = await Promise.all(
      ['480275', '593017'].map((pin) =>
        api.gql(SET_UP, { input: { phone: opened.phone, setupCode: opened.code, pin } }),
      ),
    );
    expect(results.filter((r) => r.errors === undefined)).toHaveLength(1);
    expect(results.map(key).filter(Boolean)).toEqual(['auth.invalidSetupCode']);
  });

  test('wrong codes lock further tries for a while, with the time to wait', async () => {
    const opened = await openAccount();
    for (let i = 0; i < 4; i += 1) {
      const wrong = String((Number(opened.code) + 1 + i) % 100_000_000).padStart(8, '0');
      expect(key(await api.gql(SET_UP, { input: { phone: opened.phone, setupCode: wrong, pin: '480275' } }))).toBe(
        'auth.invalidSetupCode',
      );
    }
    const locked = await api.gql(SET_UP, { input: { phone: opened.phone, setupCode: opened.code, pin: '480275' } });
    expect(key(locked)).toBe('auth.pinLocked');
    expect(locked.errors?.[0]?.extensions?.params?.retryAfterSeconds).toBeGreaterThan(0);
  });
});

describe('a coordinator acting later', () => {
  test('changes her profile only with her consent to it, and it is recorded and audited', async () => {
    const opened = await openAccount();
    const moved = { ...profile, city: 'Puerto Plata' };
    const refused = await api.gql(
      UPDATE,
      { id: opened.id, input: { consent: { scopes: ['STORE_PROFILE'], channel: 'CALL' }, profile: moved } },
      coordinator,
    );
    expect(key(refused)).toBe('assisted.consentMissing');
    const done = await api.gql<{ assistedUpdateProfile: { entrepreneurProfile: { city: string } } }>(
      UPDATE,
      { id: opened.id, input: { consent: { scopes: ['UPDATE_PROFILE'], channel: 'CALL' }, profile: moved } },
      coordinator,
    );
    expect(done.errors).toBeUndefined();
    expect(done.data?.assistedUpdateProfile.entrepreneurProfile.city).toBe('Puerto Plata');
    const consents = await api.gql<{ assistedConsents: { action: string; scopes: string[] }[] }>(
      'query($id: ID!) { assistedConsents(userId: $id) { action scopes } }',
      { id: opened.id },
      coordinator,
    );
    expect(consents.data?.assistedConsents.map((c) => c.action)).toEqual(['PROFILE_UPDATED', 'ACCOUNT_CREATED']);
    const log = await api.gql<{ auditLog: { action: string; actorId: string }[] }>(
      'query($id: ID) { auditLog(subjectId: $id) { action actorId } }',
      { id: opened.id },
      await api.person(['ADMIN']),
    );
    expect(log.data?.auditLog.map((e) => e.action)).toContain('profile.assistedUpdate');
  });

  test('recovery: her sessions end, her old PIN stops working, a new code lets her set a new one', async () => {
    const opened = await openAccount();
    const first = await api.gql<{ setUpAccount: { token: string } }>(SET_UP, {
      input: { phone: opened.phone, setupCode: opened.code, pin: '480275' },
    });
    const oldToken = first.data!.setUpAccount.token;
    const newPhone = freshPhone();
    const reset = await api.gql<{ resetAccountAccess: { setupCode: string } }>(
      RESET,
      { id: opened.id, input: { consent: { scopes: ['RESET_ACCESS'], channel: 'CALL' }, newPhone } },
      coordinator,
    );
    expect(reset.errors).toBeUndefined();
    const code = reset.data!.resetAccountAccess.setupCode;

    const me = await api.gql<{ me: null }>('{ me { id } }', {}, { token: oldToken });
    expect(me.data?.me).toBeNull();
    const open = await api.server.orm.em.fork().count(Session, { user: opened.id, revokedAt: null });
    expect(open).toBe(0);
    expect(key(await api.gql(LOG_IN, { input: { phone: opened.phone, pin: '480275' } }))).toBe(
      'auth.invalidCredentials',
    );
    expect(key(await api.gql(LOG_IN, { input: { phone: newPhone, pin: '480275' } }))).toBe('auth.invalidCredentials');

    const set = await api.gql(SET_UP, { input: { phone: newPhone, setupCode: code, pin: '593017' } });
    expect(set.errors).toBeUndefined();
    expect((await api.gql(LOG_IN, { input: { phone: newPhone, pin: '593017' } })).errors).toBeUndefined();

    const log = await api.gql<{ auditLog: { action: string; actorId: string; details: Record<string, unknown> }[] }>(
      'query($id: ID) { auditLog(subjectId: $id) { action actorId details } }',
      { id: opened.id },
      await api.person(['ADMIN']),
    );
    const entry = log.data?.auditLog.find((e) => e.action === 'account.accessReset');
    expect(entry).toMatchObject({
      actorId: coordinator.id,
      details: { sessionsEnded: 1, newLoginPhone: true, channel: 'CALL' },
    });
    expect(JSON.stringify(log.data)).not.toContain(newPhone);
  });

  test('a new code replaces the one given before', async () => {
    const opened = await openAccount();
    const reset = await api.gql<{ resetAccountAccess: { setupCode: string } }>(
      RESET,
      { id: opened.id, input: { consent: { scopes: ['RESET_ACCESS'], channel: 'VISIT' } } },
      coordinator,
    );
    expect(key(await api.gql(SET_UP, { input: { phone: opened.phone, setupCode: opened.code, pin: '480275' } }))).toBe(
      'auth.invalidSetupCode',
    );
    const set = await api.gql(SET_UP, {
      input: { phone: opened.phone, setupCode: reset.data!.resetAccountAccess.setupCode, pin: '480275' },
    });
    expect(set.errors).toBeUndefined();
  });

  test('never on staff, on supporters, or on her own account; and not without consent', async () => {
    const targets = [await api.person(['COORDINATOR']), await api.person(['ADMIN']), await api.person(['MENTOR'])];
    targets.push(await api.person(['ENTREPRENEUR', 'COORDINATOR']), coordinator);
    for (const target of targets) {
      const result = await api.gql(
        RESET,
        { id: target.id, input: { consent: { scopes: ['RESET_ACCESS'], channel: 'CALL' } } },
        coordinator,
      );
      expect(errorCodes(result)).toEqual(['FORBIDDEN']);
    }
    // The coordinator's own session is untouched.
    expect((await api.gql<{ me: { id: string } }>('{ me { id } }', {}, coordinator)).data?.me.id).toBe(coordinator.id);
    const opened = await openAccount();
    const noConsent = await api.gql(
      RESET,
      { id: opened.id, input: { consent: { scopes: ['UPDATE_PROFILE'], channel: 'CALL' } } },
      coordinator,
    );
    expect(key(noConsent)).toBe('assisted.consentMissing');
  });

  test('other entrepreneurs and supporters cannot read her consents', async () => {
    const opened = await openAccount();
    for (const role of ['ENTREPRENEUR', 'MENTOR'] as const) {
      const someone = await api.person([role]);
      const result = await api.gql(
        'query($id: ID!) { assistedConsents(userId: $id) { id } }',
        { id: opened.id },
        someone,
      );
      expect(errorCodes(result)).toEqual(['FORBIDDEN']);
    }
  });
});

describe('limits', () => {
  test('recoveries per coordinator are limited', async () => {
    const limited = await startTestServer({
      rateLimits: {
        ...Object.fromEntries(
          Object.keys(api.server.config.rateLimits).map((n) => [n, { points: 1_000_000, windowMs: 1000 }]),
        ),
        accountRecovery: { points: 1, windowMs: 60_000 },
      } as never,
    });
    try {
      const staff = await limited.person(['COORDINATOR']);
      const women = [await limited.person(['ENTREPRENEUR']), await limited.person(['ENTREPRENEUR'])];
      const input = { consent: { scopes: ['RESET_ACCESS'], channel: 'CALL' } };
      expect((await limited.gql(RESET, { id: women[0]!.id, input }, staff)).errors).toBeUndefined();
      const refused = await limited.gql(RESET, { id: women[1]!.id, input }, staff);
      expect(refused.status).toBe(429);
      expect(key(refused)).toBe('rateLimit.accountRecovery');
    } finally {
      await limited.close();
    }
  });
});
