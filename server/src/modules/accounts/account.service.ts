import type { Locale, Role } from '@aliadas/shared';
import { LOCALES, SETUP_CODE_PATTERN } from '@aliadas/shared';
import type { EntityManager } from '@mikro-orm/core';
import { setTimeout as sleep } from 'node:timers/promises';
import { NO_DOMAIN_EVENTS, type DomainEventPublisher } from '../../domain-events.js';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError, RateLimitedError } from '../../errors.js';
import { AuditService } from '../audit/audit.service.js';
import { canGrantRole, SELF_SERVICE_ROLES } from './accounts.policy.js';
import type { LoginThrottle } from './login-throttle.js';
import {
  checkNewSecret,
  identityKey,
  identityOf,
  normalizeEmail,
  normalizeLoginPhone,
  secretOf,
  type LoginName,
  type SecretInput,
} from './login-identity.js';
import { hashPassword, verifyAgainstDecoy, verifyPassword } from './passwords.js';
import { AccountSetupCode } from './setup-code.entity.js';
import { Session } from './session.entity.js';
import { hashSessionToken, newSessionToken } from './session-tokens.js';
import { UserRole } from './user-role.entity.js';
import { User } from './user.entity.js';

export interface RegistrationInput extends LoginName, SecretInput {
  displayName: string;
  locale?: Locale | null;
  roles: Role[];
}

export interface SignedIn {
  user: User;
  token: string;
  expiresAt: Date;
}

export interface AccountSettings {
  sessionTtlMs: number;
}

/** Failed PIN attempts (and setup codes), per account and per address: a PIN is quickly guessed. */
export interface PinThrottles {
  account: LoginThrottle;
  address: LoginThrottle;
}

export class AccountService {
  constructor(
    private readonly em: EntityManager,
    private readonly throttle: LoginThrottle,
    private readonly settings: AccountSettings,
    private readonly requestId: string | null = null,
    private readonly events: DomainEventPublisher = NO_DOMAIN_EVENTS,
    private readonly now: () => Date = () => new Date(),
    private readonly pinThrottles: PinThrottles | null = null,
  ) {}

  async register(input: RegistrationInput): Promise<SignedIn> {
    const email = input.email?.trim() ? normalizeEmail(input.email) : null;
    const loginPhone = input.phone?.trim() ? normalizeLoginPhone(input.phone) : null;
    if (!email && !loginPhone) {
      throw new BadUserInputError('auth.loginNameRequired', 'Write your phone number or your email.');
    }
    const secret = secretOf(input);
    checkNewSecret(secret);
    const roles = [...new Set(input.roles)];
    if (roles.length === 0) {
      throw new BadUserInputError('auth.roleRequired', 'Choose at least one way to take part.');
    }
    const trusted = roles.filter((r) => !SELF_SERVICE_ROLES.includes(r));
    if (trusted.length > 0) {
      throw new ForbiddenError('auth.roleNotSelfService', 'This role is given by a coordinator.');
    }
    if (input.locale && !LOCALES.includes(input.locale)) {
      throw new BadUserInputError('auth.unknownLocale', 'Unknown interface language.');
    }
    const passwordHash = await hashPassword(secret.value);
    return this.em.transactional(async (em) => {
      await assertLoginNamesFree(em, { email, loginPhone });
      const user = em.create(User, {
        email,
        loginPhone,
        displayName: input.displayName.trim(),
        passwordHash,
        secretKind: secret.kind,
        locale: input.locale ?? 'es',
      });
      for (const role of roles) user.roleGrants.add(em.create(UserRole, { user, role, grantedAt: this.now() }));
      new AuditService(em, this.requestId).record({
        actor: user,
        action: 'account.registered',
        subjectType: 'User',
        subjectId: user.id,
        // How she signs in, never the phone or email itself: the log is read by staff.
        details: {
          roles,
          loginNames: [email ? 'EMAIL' : null, loginPhone ? 'PHONE' : null].filter(Boolean),
          secretKind: secret.kind,
        },
      });
      return this.openSession(em, user);
    });
  }

  /**
   * Log-in with her email or login phone, and her password or PIN. A PIN attempt is counted apart, with
   * fewer tries per account and a cap per address, whether or not the account exists or has a PIN: the
   * answer never tells which.
   */
  async logIn(input: LoginName & SecretInput, clientAddress = 'unknown'): Promise<SignedIn> {
    const identity = identityOf(input);
    const secret = secretOf(input);
    const key = identityKey(identity);
    const pin = secret.kind === 'PIN' ? this.requirePinThrottles() : null;
    await this.refuseIfLocked(key, pin, clientAddress);

    const user = await this.em.findOne(User, { ...identity, deletedAt: null }, { populate: ['roleGrants'] });
    const valid =
      user && user.secretKind !== 'NONE'
        ? (await verifyPassword(user.passwordHash, secret.value)) && user.secretKind === secret.kind
        : await verifyAgainstDecoy(secret.value);
    if (!user || !valid) {
      await this.failed(key, pin, clientAddress);
      // One answer whether or not the account exists, and whichever secret it has.
      throw new BadUserInputError('auth.invalidCredentials', 'The phone, email, password or PIN is not right.');
    }
    await (pin ? pin.account : this.throttle).reset(key);
    return this.em.transactional((em) => this.openSession(em, user));
  }

  /**
   * Her first log-in after a coordinator opened or reset her account: the one-time code she was given,
   * and the password or PIN she chooses now. The code is spent, her secret set and a session opened in
   * one transaction. Counted like PIN attempts: the code is short.
   */
  async setUpAccount(
    input: LoginName & SecretInput & { setupCode: string },
    clientAddress = 'unknown',
  ): Promise<SignedIn> {
    const identity = identityOf(input);
    const secret = secretOf(input);
    checkNewSecret(secret);
    const code = input.setupCode.replace(/[\s-]/g, '');
    const key = `setup:${identityKey(identity)}`;
    const throttles = this.requirePinThrottles();
    await this.refuseIfLocked(key, throttles, clientAddress);

    const user = await this.em.findOne(User, { ...identity, deletedAt: null }, { populate: ['roleGrants'] });
    const live = user
      ? await this.em.findOne(AccountSetupCode, { user: user.id, usedAt: null, expiresAt: { $gt: this.now() } })
      : null;
    const valid =
      live && SETUP_CODE_PATTERN.test(code)
        ? await verifyPassword(live.codeHash, code)
        : await verifyAgainstDecoy(code);
    if (!user || !live || !valid) {
      await this.failed(key, throttles, clientAddress);
      throw new BadUserInputError(
        'auth.invalidSetupCode',
        'This code is not right or has expired. Ask your coordinator for a new one.',
      );
    }
    const passwordHash = await hashPassword(secret.value);
    const signedIn = await this.em.transactional(async (em) => {
      // Spent exactly once, even if she sends the form twice at the same moment.
      const spent = await em.nativeUpdate(AccountSetupCode, { id: live.id, usedAt: null }, { usedAt: this.now() });
      if (spent === 0) {
        throw new BadUserInputError(
          'auth.invalidSetupCode',
          'This code is not right or has expired. Ask your coordinator for a new one.',
        );
      }
      const owner = await em.findOneOrFail(User, { id: user.id }, { populate: ['roleGrants'] });
      owner.passwordHash = passwordHash;
      owner.secretKind = secret.kind;
      new AuditService(em, this.requestId).record({
        actor: owner,
        action: 'account.secretSet',
        subjectType: 'User',
        subjectId: owner.id,
        details: { secretKind: secret.kind, purpose: live.purpose },
      });
      return this.openSession(em, owner);
    });
    await throttles.account.reset(key);
    return signedIn;
  }

  private requirePinThrottles(): PinThrottles {
    if (!this.pinThrottles) throw new Error('PIN log-in needs its throttles');
    return this.pinThrottles;
  }

  private async refuseIfLocked(key: string, pin: PinThrottles | null, clientAddress: string): Promise<void> {
    const states = pin
      ? [await pin.account.check(key), await pin.address.check(`address:${clientAddress}`)]
      : [await this.throttle.check(key)];
    const lockedForMs = Math.max(...states.map((s) => s.lockedForMs));
    if (lockedForMs <= 0) return;
    const seconds = Math.ceil(lockedForMs / 1000);
    const minutes = Math.ceil(seconds / 60);
    if (pin) {
      throw new RateLimitedError(
        'auth.pinLocked',
        `Too many wrong tries. For your safety, wait ${minutes} minutes and try again.`,
        seconds,
      );
    }
    throw new RateLimitedError(
      'auth.tooManyAttempts',
      `Too many failed attempts. Try again in ${minutes} minutes.`,
      seconds,
    );
  }

  private async failed(key: string, pin: PinThrottles | null, clientAddress: string): Promise<void> {
    const delay = pin
      ? Math.max(await pin.account.recordFailure(key), await pin.address.recordFailure(`address:${clientAddress}`))
      : await this.throttle.recordFailure(key);
    if (delay > 0) await sleep(delay);
  }

  async logOut(token: string): Promise<void> {
    const session = await this.em.findOne(Session, { tokenHash: hashSessionToken(token), revokedAt: null });
    if (!session) return;
    const revoked = await this.em.nativeUpdate(Session, { id: session.id, revokedAt: null }, { revokedAt: this.now() });
    // Open sockets of this session are disconnected by whoever listens (the real-time broadcaster).
    if (revoked > 0) {
      this.events.publish({ type: 'session.revoked', userId: session.user.id, sessionIds: [session.id] });
    }
  }

  /** The signed-in person for a token, or null if the token is unknown, expired or revoked. */
  async authenticate(token: string): Promise<{ user: User; session: Session } | null> {
    const session = await this.em.findOne(
      Session,
      { tokenHash: hashSessionToken(token), revokedAt: null, expiresAt: { $gt: this.now() } },
      { populate: ['user', 'user.roleGrants'] },
    );
    return session && !session.user.deletedAt ? { user: session.user, session } : null;
  }

  async findUser(id: string): Promise<User> {
    const user = await this.em.findOne(User, { id }, { populate: ['roleGrants'] });
    if (!user) throw new NotFoundError('Person');
    return user;
  }

  listPeople(filter: { role?: Role }, limit: number, offset: number): Promise<User[]> {
    return this.em.find(
      User,
      { deletedAt: null, ...(filter.role ? { roleGrants: { role: filter.role } } : {}) },
      {
        populate: ['roleGrants'],
        orderBy: { createdAt: 'desc', id: 'asc' },
        limit,
        offset,
      },
    );
  }

  async updateMe(actor: User, changes: { displayName?: string | null; locale?: Locale | null }): Promise<User> {
    // Both are optional in the schema: null, like leaving one out, keeps what she has.
    if (changes.displayName != null) actor.displayName = changes.displayName.trim();
    if (changes.locale != null) actor.locale = changes.locale;
    await this.em.flush();
    return actor;
  }

  async grantRole(actor: User, userId: string, role: Role): Promise<User> {
    if (!canGrantRole(actor, role)) throw new ForbiddenError('auth.cannotGrantRole', 'You cannot give this role.');
    return this.em.transactional(async (em) => {
      const user = await em.findOne(User, { id: userId }, { populate: ['roleGrants'] });
      if (!user) throw new NotFoundError('Person');
      if (!user.hasRole(role)) {
        user.roleGrants.add(em.create(UserRole, { user, role, grantedBy: actor, grantedAt: this.now() }));
        new AuditService(em, this.requestId).record({
          actor,
          action: 'role.granted',
          subjectType: 'User',
          subjectId: user.id,
          details: { role },
        });
      }
      return user;
    });
  }

  async revokeRole(actor: User, userId: string, role: Role): Promise<User> {
    if (!canGrantRole(actor, role)) throw new ForbiddenError('auth.cannotGrantRole', 'You cannot take away this role.');
    return this.em.transactional(async (em) => {
      const user = await em.findOne(User, { id: userId }, { populate: ['roleGrants'] });
      if (!user) throw new NotFoundError('Person');
      const grant = user.roleGrants.getItems().find((g) => g.role === role);
      if (grant) {
        user.roleGrants.remove(grant);
        new AuditService(em, this.requestId).record({
          actor,
          action: 'role.revoked',
          subjectType: 'User',
          subjectId: user.id,
          details: { role },
        });
      }
      return user;
    });
  }

  private openSession(em: EntityManager, user: User): SignedIn {
    const token = newSessionToken();
    const expiresAt = new Date(this.now().getTime() + this.settings.sessionTtlMs);
    em.persist(em.create(Session, { user, tokenHash: hashSessionToken(token), createdAt: this.now(), expiresAt }));
    return { user, token, expiresAt };
  }
}

export { normalizeEmail };

/** An email or a login phone names one account only. */
export async function assertLoginNamesFree(
  em: EntityManager,
  names: { email?: string | null; loginPhone?: string | null },
  exceptUserId?: string,
): Promise<void> {
  const notHer = exceptUserId ? { id: { $ne: exceptUserId } } : {};
  if (names.email && (await em.count(User, { email: names.email, ...notHer }))) {
    throw new ConflictError('auth.emailTaken', 'An account with this email already exists. Try logging in.');
  }
  if (names.loginPhone && (await em.count(User, { loginPhone: names.loginPhone, ...notHer }))) {
    throw new ConflictError('auth.phoneTaken', 'An account with this phone number already exists. Try logging in.');
  }
}
