// Deleting an account: in one transaction her personal data is erased, her messages are redacted for
// the other person, every match in flight is withdrawn (freeing the supporter's seat), her sessions are
// revoked; the audit log keeps the action under her id, which no longer leads to anyone.
import type { EntityManager } from '@mikro-orm/core';
import { takeWriteLock } from '../../db/write-lock.js';
import type { DomainEventPublisher } from '../../domain-events.js';
import { BadUserInputError, NotFoundError, RateLimitedError } from '../../errors.js';
import type { LoginThrottle } from '../accounts/login-throttle.js';
import { verifyPassword } from '../accounts/passwords.js';
import { Session } from '../accounts/session.entity.js';
import { AccountSetupCode } from '../accounts/setup-code.entity.js';
import { UserRole } from '../accounts/user-role.entity.js';
import { User } from '../accounts/user.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { Block, Message, Report, VoiceNote } from '../chat/chat.entities.js';
import { leaveAllCircles } from '../circles/circle-membership.js';
import { leaveAllInterpreting } from '../interpreters/interpreter-departure.js';
import { Feedback } from '../feedback/feedback.entity.js';
import { Goal, GoalUpdate } from '../goals/goal.entity.js';
import { SessionLogEntry } from '../goals/session-log-entry.entity.js';
import { Demand } from '../matching/demand.entity.js';
import { LIVE_STATUSES } from '../matching/match-lifecycle.js';
import { applyTransition, inTransaction } from '../matching/match-transitions.js';
import { MatchTransition } from '../matching/match-transition.entity.js';
import { Match } from '../matching/match.entity.js';
import type { MatchingDependencies, MatchingEvent } from '../matching/matching.hooks.js';
import { SupportRequest } from '../matching/support-request.entity.js';
import { deleteNotificationsOf } from '../notifications/notification-privacy.js';
import { OrganizationJoinRequest } from '../organizations/organization-join-request.entity.js';
import { OrganizationMembership } from '../organizations/organization-membership.entity.js';
import { EntrepreneurProfile } from '../profiles/entrepreneur-profile.entity.js';
import { SupporterProfile } from '../profiles/supporter-profile.entity.js';
import { CaseNote } from './case-note.entity.js';
import { WorkshopsService } from '../workshops/workshops.service.js';

/** Never the output of argon2: no password can match it. */
const NO_PASSWORD = '!deleted';
const PASSWORD_MAX_LENGTH = 128;

export interface DeletionSummary {
  matchesClosed: number;
  messagesRedacted: number;
}

export async function deleteAccount(
  em: EntityManager,
  actor: User,
  password: string,
  deps: {
    matching: MatchingDependencies;
    events: DomainEventPublisher;
    loginThrottle: LoginThrottle;
    requestId: string | null;
  },
): Promise<DeletionSummary> {
  // As at log-in: no password is longer, and hashing a huge one would only cost the server.
  if (password.length > PASSWORD_MAX_LENGTH) {
    throw new BadUserInputError('privacy.wrongPassword', 'The password is not right.');
  }
  const stored = await em.findOne(User, { id: actor.id, deletedAt: null }, { refresh: true });
  if (!stored) throw new NotFoundError('Person');
  // The same limit as logging in: an open session is not a way to guess her password.
  const throttleKey = `delete-account:${stored.id}`;
  const state = await deps.loginThrottle.check(throttleKey);
  if (state.lockedForMs > 0) {
    const seconds = Math.ceil(state.lockedForMs / 1000);
    throw new RateLimitedError('auth.tooManyAttempts', 'Too many failed attempts. Try again later.', seconds);
  }
  if (!(await verifyPassword(stored.passwordHash, password))) {
    await deps.loginThrottle.recordFailure(throttleKey);
    throw new BadUserInputError('privacy.wrongPassword', 'The password is not right.');
  }
  await deps.loginThrottle.reset(throttleKey);
  const now = deps.matching.clock();
  const matchEvents: MatchingEvent[] = [];
  let sessionIds: string[] = [];

  const summary = await inTransaction(em, async (em) => {
    await takeWriteLock(em);
    const user = await em.findOneOrFail(User, { id: actor.id }, { populate: ['roleGrants'], refresh: true });
    const userId = user.id;

    // Matches in flight end through the lifecycle, in her capacity: her seat or her demand is freed.
    const live = await em.find(
      Match,
      { $or: [{ entrepreneur: userId }, { supporter: userId }], status: { $in: [...LIVE_STATUSES] } },
      { populate: ['demand.request.demands', 'entrepreneur', 'supporter'], refresh: true },
    );
    for (const match of live) {
      const wasActive = match.status === 'ACTIVE';
      const as = match.entrepreneur.id === userId ? 'ENTREPRENEUR' : 'SUPPORTER';
      matchEvents.push(
        applyTransition(em, match, { to: 'WITHDRAWN', as, actor: user, at: now, reason: 'ACCOUNT_DELETED' }),
      );
      if (wasActive) await deps.matching.conversations.closeConversationForMatch(em, match.id);
    }
    // Her own needs go with her; a supporter's withdrawal above re-opened the other woman's demand.
    await em.flush();
    await em.nativeUpdate(
      Demand,
      { entrepreneur: userId, status: { $nin: ['COMPLETED', 'WITHDRAWN'] } },
      { status: 'WITHDRAWN' },
    );
    await em.nativeUpdate(
      SupportRequest,
      { entrepreneur: userId, status: 'OPEN' },
      { status: 'WITHDRAWN', withdrawnAt: now },
    );
    await em.nativeUpdate(SupportRequest, { entrepreneur: userId }, { description: null });

    const messagesRedacted = await em.nativeUpdate(
      Message,
      { sender: userId, redactedAt: null },
      { body: '', redactedAt: now },
    );
    // Her voice, recorded, goes with her words.
    await em.nativeDelete(VoiceNote, { sender: userId });
    await em.nativeUpdate(MatchTransition, { actor: userId, note: { $ne: null } }, { note: null });
    await em.nativeUpdate(Report, { reporter: userId }, { details: null });
    // Her words in the goals of a mentorship: the other person keeps the goals and their steps, not
    // what she wrote.
    await em.nativeUpdate(Goal, { createdBy: userId }, { title: '', description: null });
    await em.nativeUpdate(GoalUpdate, { author: userId }, { body: '' });
    await em.nativeUpdate(SessionLogEntry, { author: userId }, { notes: '' });
    // Her comments on matches go; her ratings stay, as sums that no longer point at anyone.
    await em.nativeUpdate(Feedback, { author: userId }, { comment: null });
    // Notes she wrote as an adviser, and notes written about her as an entrepreneur.
    await em.nativeDelete(CaseNote, { author: userId });
    const hersAsEntrepreneur = await em.find(Match, { entrepreneur: userId }, { fields: ['id'] });
    if (hersAsEntrepreneur.length > 0) {
      await em.nativeDelete(CaseNote, { match: { $in: hersAsEntrepreneur.map((m) => m.id) } });
    }
    await em.nativeDelete(EntrepreneurProfile, { user: userId });
    await em.nativeDelete(SupporterProfile, { user: userId });
    await em.nativeDelete(OrganizationMembership, { user: userId });
    // Her requests to join, with what she wrote in them; coordinators no longer see them.
    await em.nativeDelete(OrganizationJoinRequest, { user: userId });
    await em.nativeDelete(Block, { user: userId });
    // Her seats in workshops to come go to the next women waiting; workshops she was to give are cancelled.
    await new WorkshopsService(em, { events: deps.events, clock: deps.matching.clock }).withdrawPerson(em, userId);
    // Her notifications name matches, organizations and workshops of hers: they go, with their outbox rows.
    await deleteNotificationsOf(em, userId);
    // Out of every circle: her redacted messages stay in place, her name leaves the member lists.
    await leaveAllCircles(em, userId);
    await leaveAllInterpreting(em, userId, now);

    const sessions = await em.find(Session, { user: userId, revokedAt: null }, { fields: ['id'] });
    sessionIds = sessions.map((s) => s.id);
    await em.nativeUpdate(Session, { user: userId, revokedAt: null }, { revokedAt: now });

    const roles = user.roles;
    // Straight to the database: through the collection the ORM would try to unlink the rows instead.
    await em.nativeDelete(UserRole, { user: userId });
    user.email = null;
    user.phone = null;
    user.loginPhone = null;
    await em.nativeDelete(AccountSetupCode, { user: userId });
    user.displayName = '';
    user.shareContactDetails = false;
    user.passwordHash = NO_PASSWORD;
    user.deletedAt = now;
    const summary = { matchesClosed: live.length, messagesRedacted };
    new AuditService(em, deps.requestId).record({
      actor: user,
      action: 'account.deleted',
      subjectType: 'User',
      subjectId: userId,
      details: { ...summary, roles },
    });
    return summary;
  });

  matchEvents.forEach((e) => deps.matching.publish(e));
  if (sessionIds.length > 0) deps.events.publish({ type: 'session.revoked', userId: actor.id, sessionIds });
  return summary;
}
