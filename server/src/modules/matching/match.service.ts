// The people in a match: a supporter answers her invitations; either party completes or withdraws;
// everyone lists her matches. Unanswered invitations expire (expireInvitations, driven by a timer).
import type { EntityManager } from '@mikro-orm/core';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../errors.js';
import type { User } from '../accounts/user.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { type MatchOutcome, type MatchReasonCode, SEAT_STATUSES, type MatchStatus } from './match-lifecycle.js';
import { applyTransition, inTransaction } from './match-transitions.js';
import { Match } from './match.entity.js';
import type { MatchingDependencies, MatchingEvent } from './matching.hooks.js';
import { actingAs, canSeeMatch } from './matching.policy.js';

const POPULATE = ['demand.request.demands', 'entrepreneur', 'supporter'] as const;
const ENDED_STATUSES: readonly MatchStatus[] = ['COMPLETED', 'WITHDRAWN', 'DECLINED', 'EXPIRED'];
/** Expired invitations handled per sweep; the next sweep takes the rest. */
const EXPIRY_BATCH = 200;

export class MatchService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: MatchingDependencies,
    private readonly requestId: string | null = null,
  ) {}

  /**
   * Her support team (as an entrepreneur) and her mentees and cases (as a supporter): matches from
   * the invitation on. Ended ones only when asked.
   */
  async mine(actor: User, includeEnded: boolean): Promise<Match[]> {
    const statuses = includeEnded ? [...SEAT_STATUSES, ...ENDED_STATUSES] : [...SEAT_STATUSES];
    return this.em.find(
      Match,
      {
        $or: [{ entrepreneur: actor.id }, { supporter: actor.id }],
        status: { $in: statuses },
        approvedAt: { $ne: null },
      },
      { populate: ['entrepreneur', 'supporter', 'demand'], orderBy: { createdAt: 'desc', id: 'asc' } },
    );
  }

  async invitations(actor: User): Promise<Match[]> {
    return this.em.find(
      Match,
      { supporter: actor.id, status: 'APPROVED' },
      { populate: ['entrepreneur', 'supporter', 'demand'], orderBy: { invitationExpiresAt: 'asc', id: 'asc' } },
    );
  }

  async get(actor: User, matchId: string): Promise<Match> {
    const match = await this.em.findOne(Match, { id: matchId }, { populate: ['entrepreneur', 'supporter', 'demand'] });
    if (!match || !canSeeMatch(actor, match)) throw new NotFoundError('Match');
    return match;
  }

  /**
   * APPROVED → ACCEPTED → ACTIVE in one transaction: the conversation opens with the acceptance, so
   * there is no step between them that anyone must take (both are recorded).
   */
  async accept(actor: User, matchId: string): Promise<Match> {
    return this.move(actor, matchId, 'SUPPORTER_ONLY', async (em, match, now) => {
      if (match.status === 'APPROVED' && match.invitationExpiresAt && match.invitationExpiresAt <= now) {
        throw new ConflictError('match.invitationExpired', 'This invitation has expired.');
      }
      const events = [applyTransition(em, match, { to: 'ACCEPTED', as: 'SUPPORTER', actor, at: now })];
      events.push(applyTransition(em, match, { to: 'ACTIVE', as: 'SYSTEM', actor: null, at: now }));
      await this.deps.conversations.openConversationForMatch(em, match.id, [match.entrepreneur.id, match.supporter.id]);
      await this.deps.notices.started(em, {
        id: match.id,
        kind: match.kind,
        entrepreneurUserId: match.entrepreneur.id,
        supporterUserId: match.supporter.id,
      });
      return events;
    });
  }

  /** APPROVED → DECLINED with her reason; the demand opens again. */
  async decline(actor: User, matchId: string, reason: MatchReasonCode, note: string | null): Promise<Match> {
    refuseReservedReason(reason);
    return this.move(actor, matchId, 'SUPPORTER_ONLY', async (em, match, now) => [
      applyTransition(em, match, { to: 'DECLINED', as: 'SUPPORTER', actor, at: now, reason, note }),
    ]);
  }

  /** ACTIVE → COMPLETED by either party (or staff); the conversation becomes read-only. */
  async complete(actor: User, matchId: string, outcome: MatchOutcome, note: string | null): Promise<Match> {
    return this.move(actor, matchId, 'ANY_PARTY', async (em, match, now, as) => {
      const event = applyTransition(em, match, { to: 'COMPLETED', as, actor, at: now, outcome, note });
      await this.deps.conversations.closeConversationForMatch(em, match.id);
      await this.deps.endings.matchEnded(em, ended(match));
      if (as === 'COORDINATOR') this.audit(em, actor, 'match.completed', match.id, { outcome });
      return [event];
    });
  }

  /** Ends a match in flight; the demand opens again unless she says she no longer needs it. */
  async withdraw(actor: User, matchId: string, reason: MatchReasonCode, note: string | null): Promise<Match> {
    refuseReservedReason(reason);
    return this.move(actor, matchId, 'ANY_PARTY', async (em, match, now, as) => {
      const wasActive = match.status === 'ACTIVE';
      const event = applyTransition(em, match, { to: 'WITHDRAWN', as, actor, at: now, reason, note });
      if (wasActive) {
        await this.deps.conversations.closeConversationForMatch(em, match.id);
        await this.deps.endings.matchEnded(em, ended(match));
      }
      if (as === 'COORDINATOR') this.audit(em, actor, 'match.withdrawn', match.id, { reason });
      return [event];
    });
  }

  /**
   * APPROVED invitations whose time is up become EXPIRED and their demands open again. One transaction
   * per match, so an answer arriving at the same moment wins cleanly over the expiry (or loses cleanly).
   */
  async expireInvitations(now: Date): Promise<number> {
    const due = await this.em.find(
      Match,
      { status: 'APPROVED', invitationExpiresAt: { $lte: now } },
      { fields: ['id'], limit: EXPIRY_BATCH, orderBy: { invitationExpiresAt: 'asc', id: 'asc' } },
    );
    let expired = 0;
    for (const { id } of due) {
      try {
        const event = await inTransaction(this.em, async (em) => {
          const match = await em.findOne(Match, { id }, { populate: [...POPULATE], refresh: true });
          if (!match || match.status !== 'APPROVED' || !match.invitationExpiresAt || match.invitationExpiresAt > now) {
            return null;
          }
          return applyTransition(em, match, { to: 'EXPIRED', as: 'SYSTEM', actor: null, at: now });
        });
        if (event) {
          expired += 1;
          this.deps.publish(event);
        }
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
      }
    }
    return expired;
  }

  /** Staff ending someone's match is a coordinator action: it goes to the audit log with the change. */
  private audit(em: EntityManager, actor: User, action: string, matchId: string, details: Record<string, unknown>) {
    new AuditService(em, this.requestId).record({ actor, action, subjectType: 'Match', subjectId: matchId, details });
  }

  private async move(
    actor: User,
    matchId: string,
    who: 'SUPPORTER_ONLY' | 'ANY_PARTY',
    work: (
      em: EntityManager,
      match: Match,
      now: Date,
      as: 'ENTREPRENEUR' | 'SUPPORTER' | 'COORDINATOR',
    ) => Promise<MatchingEvent[]>,
  ): Promise<Match> {
    const now = this.deps.clock();
    let events: MatchingEvent[] = [];
    const match = await inTransaction(this.em, async (em) => {
      const match = await em.findOne(
        Match,
        { id: matchId },
        {
          populate: [...POPULATE],
          refresh: true,
        },
      );
      if (!match || !canSeeMatch(actor, match)) throw new NotFoundError('Match');
      const as = actingAs(actor, match);
      if (as === null || as === 'SYSTEM' || (who === 'SUPPORTER_ONLY' && as !== 'SUPPORTER')) {
        throw new ForbiddenError('match.notYourMove', 'You cannot make this change to this match.');
      }
      events = await work(em, match, now, as);
      return match;
    });
    events.forEach((e) => this.deps.publish(e));
    return match;
  }
}

function ended(match: Match) {
  return {
    id: match.id,
    kind: match.kind,
    entrepreneurUserId: match.entrepreneur.id,
    supporterUserId: match.supporter.id,
  };
}

/** ACCOUNT_DELETED is written only by the deletion of an account, never chosen by a person. */
function refuseReservedReason(reason: MatchReasonCode): void {
  if (reason === 'ACCOUNT_DELETED') {
    throw new BadUserInputError('match.reasonReserved', 'Choose another reason.');
  }
}
