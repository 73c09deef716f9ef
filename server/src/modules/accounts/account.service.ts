import type { Locale, Role } from '@aliadas/shared';
import { LOCALES } from '@aliadas/shared';
import type { EntityManager } from '@mikro-orm/core';
import { setTimeout as sleep } from 'node:timers/promises';
import { NO_DOMAIN_EVENTS, type DomainEventPublisher } from '../../domain-events.js';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError, RateLimitedError } from '../../errors.js';
import { AuditService } from '../audit/audit.service.js';
import { canGrantRole, SELF_SERVICE_ROLES } from './accounts.policy.js';
import type { LoginThrottle } from './login-throttle.js';
import { hashPassword, verifyAgainstDecoy, verifyPassword } from './passwords.js';
import { Session } from './session.entity.js';
import { hashSessionToken, newSessionToken } from './session-tokens.js';
import { UserRole } from './user-role.entity.js';
import { User } from './user.entity.js';

export interface RegistrationInput {
  email: string;
  password: string;
  displayName: string;
  locale?: Locale;
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

export class AccountService {
  constructor(
    private readonly em: EntityManager,
    private readonly throttle: LoginThrottle,
    private readonly settings: AccountSettings,
    private readonly requestId: string | null = null,
    private readonly events: DomainEventPublisher = NO_DOMAIN_EVENTS,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async register(input: RegistrationInput): Promise<SignedIn> {
    const email = normalizeEmail(input.email);
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
    const passwordHash = await hashPassword(input.password);
    return this.em.transactional(async (em) => {
      if (await em.count(User, { email })) {
        throw new ConflictError('auth.emailTaken', 'An account with this email already exists. Try logging in.');
      }
      const user = em.create(User, {
        email,
        displayName: input.displayName.trim(),
        passwordHash,
        locale: input.locale ?? 'es',
      });
      for (const role of roles) user.roleGrants.add(em.create(UserRole, { user, role, grantedAt: this.now() }));
      new AuditService(em, this.requestId).record({
        actor: user,
        action: 'account.registered',
        subjectType: 'User',
        subjectId: user.id,
        details: { roles },
      });
      return this.openSession(em, user);
    });
  }

  async logIn(emailInput: string, password: string): Promise<SignedIn> {
    const email = normalizeEmail(emailInput);
    const throttleKey = email;
    const state = await this.throttle.check(throttleKey);
    if (state.lockedForMs > 0) {
      const seconds = Math.ceil(state.lockedForMs / 1000);
      throw new RateLimitedError(
        'auth.tooManyAttempts',
        `Too many failed attempts. Try again in ${Math.ceil(seconds / 60)} minutes.`,
        seconds,
      );
    }
    const user = await this.em.findOne(User, { email }, { populate: ['roleGrants'] });
    const valid = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDecoy(password);
    if (!user || !valid) {
      const delay = await this.throttle.recordFailure(throttleKey);
      if (delay > 0) await sleep(delay);
      // One answer whether or not the email has an account.
      throw new BadUserInputError('auth.invalidCredentials', 'The email or the password is not right.');
    }
    await this.throttle.reset(throttleKey);
    return this.em.transactional((em) => this.openSession(em, user));
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

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
