// A coordinator acting for a woman during a call or a visit: opening her account, changing her profile,
// or giving her access back when she lost her phone. Each needs the consent she gave for it, recorded
// with who acted, when and how, in the same transaction as the change; each is audited.
import type { AssistedAction, ConsentChannel, ConsentScope, Locale } from '@aliadas/shared';
import { CONSENT_REQUIRED } from '@aliadas/shared';
import type { EntityManager } from '@mikro-orm/core';
import { isUUID } from 'class-validator';
import { NO_DOMAIN_EVENTS, type DomainEventPublisher } from '../../domain-events.js';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../../errors.js';
import { assertLoginNamesFree } from '../accounts/account.service.js';
import { normalizeEmail, normalizeLoginPhone } from '../accounts/login-identity.js';
import { Session } from '../accounts/session.entity.js';
import { issueSetupCode, type IssuedSetupCode } from '../accounts/setup-codes.js';
import { UserRole } from '../accounts/user-role.entity.js';
import { User } from '../accounts/user.entity.js';
import { AuditService } from '../audit/audit.service.js';
import type { EntrepreneurProfileInput } from '../profiles/profile.inputs.js';
import { entrepreneurProfileValues, writeEntrepreneurProfile } from '../profiles/profile.service.js';
import { AssistedConsent } from './assisted-consent.entity.js';
import { canActForEntrepreneurs, canBeHelpedBy } from './assisted.policy.js';

export interface Consent {
  scopes: ConsentScope[];
  channel: ConsentChannel;
}

export interface AssistedSignUp {
  displayName: string;
  phone?: string | null;
  email?: string | null;
  locale?: Locale | null;
  consent: Consent;
  profile?: EntrepreneurProfileInput | null;
}

export interface SetupCodeGiven extends IssuedSetupCode {
  user: User;
}

export class AssistedAccountsService {
  constructor(
    private readonly em: EntityManager,
    private readonly settings: { setupCodeTtlMs: number },
    private readonly requestId: string | null = null,
    private readonly events: DomainEventPublisher = NO_DOMAIN_EVENTS,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Opens an entrepreneur account with no secret yet, and returns the one-time code to give her. */
  async signUp(actor: User, input: AssistedSignUp): Promise<SetupCodeGiven> {
    requireCoordinator(actor);
    checkConsent('ACCOUNT_CREATED', input.consent);
    const email = input.email?.trim() ? normalizeEmail(input.email) : null;
    const loginPhone = input.phone?.trim() ? normalizeLoginPhone(input.phone) : null;
    if (!email && !loginPhone) {
      throw new BadUserInputError(
        'assisted.loginNameRequired',
        'Write the phone number or the email she will log in with.',
      );
    }
    const profile = input.profile ? entrepreneurProfileValues(input.profile) : null;
    return this.em.transactional(async (em) => {
      await assertLoginNamesFree(em, { email, loginPhone });
      const now = this.now();
      const user = em.create(User, {
        email,
        loginPhone,
        displayName: input.displayName.trim(),
        passwordHash: '',
        secretKind: 'NONE',
        locale: input.locale ?? 'es',
        createdAt: now,
      });
      user.roleGrants.add(em.create(UserRole, { user, role: 'ENTREPRENEUR', grantedBy: actor.id, grantedAt: now }));
      if (profile) await writeEntrepreneurProfile(em, user.id, profile);
      const consent = this.recordConsent(em, actor, user, 'ACCOUNT_CREATED', input.consent);
      const code = await issueSetupCode(em, user, 'ASSISTED_SIGN_UP', actor, now, this.settings.setupCodeTtlMs);
      new AuditService(em, this.requestId).record({
        actor,
        action: 'account.assistedSignUp',
        subjectType: 'User',
        subjectId: user.id,
        // Which ways she logs in, never the phone or email: the log is read by staff.
        details: {
          consentId: consent.id,
          scopes: consent.scopes,
          channel: consent.channel,
          loginNames: [email ? 'EMAIL' : null, loginPhone ? 'PHONE' : null].filter(Boolean),
          profile: profile !== null,
        },
      });
      return { user, ...code };
    });
  }

  /** Changes her profile for her, with the consent she gave for this change. */
  async updateProfile(actor: User, userId: string, consent: Consent, input: EntrepreneurProfileInput): Promise<User> {
    requireCoordinator(actor);
    checkConsent('PROFILE_UPDATED', consent);
    const values = entrepreneurProfileValues(input);
    return this.em.transactional(async (em) => {
      const user = await this.entrepreneur(em, actor, userId);
      await writeEntrepreneurProfile(em, user.id, values);
      const recorded = this.recordConsent(em, actor, user, 'PROFILE_UPDATED', consent);
      new AuditService(em, this.requestId).record({
        actor,
        action: 'profile.assistedUpdate',
        subjectType: 'User',
        subjectId: user.id,
        details: { consentId: recorded.id, scopes: recorded.scopes, channel: recorded.channel },
      });
      return user;
    });
  }

  /**
   * She lost her phone: whoever holds it now must not get in. Her secret stops working, every session
   * ends (open sockets are closed), and she gets a new one-time code; optionally a new login phone.
   */
  async resetAccess(actor: User, userId: string, consent: Consent, newPhone?: string | null): Promise<SetupCodeGiven> {
    requireCoordinator(actor);
    checkConsent('ACCESS_RESET', consent);
    const loginPhone = newPhone?.trim() ? normalizeLoginPhone(newPhone) : null;
    let sessionIds: string[] = [];
    const given = await this.em.transactional(async (em) => {
      const user = await this.entrepreneur(em, actor, userId);
      if (loginPhone) {
        await assertLoginNamesFree(em, { loginPhone }, user.id);
        user.loginPhone = loginPhone;
      }
      const now = this.now();
      const sessions = await em.find(Session, { user: user.id, revokedAt: null }, { fields: ['id'] });
      sessionIds = sessions.map((s) => s.id);
      await em.nativeUpdate(Session, { user: user.id, revokedAt: null }, { revokedAt: now });
      user.passwordHash = '';
      user.secretKind = 'NONE';
      const recorded = this.recordConsent(em, actor, user, 'ACCESS_RESET', consent);
      const code = await issueSetupCode(em, user, 'RECOVERY', actor, now, this.settings.setupCodeTtlMs);
      new AuditService(em, this.requestId).record({
        actor,
        action: 'account.accessReset',
        subjectType: 'User',
        subjectId: user.id,
        details: {
          consentId: recorded.id,
          scopes: recorded.scopes,
          channel: recorded.channel,
          sessionsEnded: sessionIds.length,
          newLoginPhone: loginPhone !== null,
        },
      });
      return { user, ...code };
    });
    if (sessionIds.length > 0) this.events.publish({ type: 'session.revoked', userId, sessionIds });
    return given;
  }

  /** Consents recorded for her, newest first: for her, and for the coordinators who act for her. */
  async consentsOf(actor: User, userId: string): Promise<AssistedConsent[]> {
    if (actor.id !== userId) {
      requireCoordinator(actor);
      await this.entrepreneur(this.em, actor, userId);
    }
    return this.em.find(AssistedConsent, { entrepreneur: userId }, { orderBy: { recordedAt: 'desc', id: 'asc' } });
  }

  private recordConsent(
    em: EntityManager,
    actor: User,
    user: User,
    action: AssistedAction,
    consent: Consent,
  ): AssistedConsent {
    return em.create(AssistedConsent, {
      entrepreneur: user,
      coordinator: em.getReference(User, actor.id),
      action,
      scopes: [...new Set(consent.scopes)],
      channel: consent.channel,
      recordedAt: this.now(),
    });
  }

  /** Someone a coordinator may act for: an entrepreneur, never staff, never herself. */
  private async entrepreneur(em: EntityManager, actor: User, userId: string): Promise<User> {
    if (!isUUID(userId)) throw new NotFoundError('Person');
    const user = await em.findOne(User, { id: userId, deletedAt: null }, { populate: ['roleGrants'] });
    if (!user) throw new NotFoundError('Person');
    if (!canBeHelpedBy(user, actor)) {
      throw new ForbiddenError('assisted.notAnEntrepreneur', 'Only an entrepreneur account can be changed this way.');
    }
    return user;
  }
}

function requireCoordinator(actor: User): void {
  if (!canActForEntrepreneurs(actor)) throw new ForbiddenError();
}

/** Every scope the action needs must be among those she agreed to. */
function checkConsent(action: AssistedAction, consent: Consent): void {
  const missing = CONSENT_REQUIRED[action].filter((scope) => !consent.scopes.includes(scope));
  if (missing.length > 0) {
    throw new BadUserInputError('assisted.consentMissing', 'Her consent for this is missing.', {
      missing: missing.join(', '),
    });
  }
}
