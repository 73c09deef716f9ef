// Supporters who answer. The most common failure of mentoring platforms is the mentor who stops
// answering: here a supporter silent in an active match is reminded, then coordinators are alerted and
// the entrepreneur is offered a new match she takes with one tap. Coordinators see each supporter's
// response time and last activity. Time comes from the clock given, so tests can move it.
import { raw, type EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import type { DomainEventPublisher } from '../../domain-events.js';
import { ConflictError, NotFoundError } from '../../errors.js';
import type { User } from '../accounts/user.entity.js';
import { UserRole } from '../accounts/user-role.entity.js';
import { Conversation } from '../chat/conversation.entity.js';
import { Message } from '../chat/message.entity.js';
import { Match } from '../matching/match.entity.js';
import type { MatchService } from '../matching/match.service.js';
import { NotificationService } from '../notifications/notification.service.js';
import { OrganizationMembership } from '../organizations/organization-membership.entity.js';
import { SupporterProfile } from '../profiles/supporter-profile.entity.js';
import { ReplyFollowUp } from './reply-follow-up.entity.js';

export interface FollowUpSettings {
  reminderAfterMs: number;
  alertAfterMs: number;
}

export interface ResponsivenessDependencies {
  events: DomainEventPublisher;
  clock: () => Date;
  settings: FollowUpSettings;
}

export interface FollowUpSweep {
  reminded: number;
  alerted: number;
  resolved: number;
}

/** A new match offered to her because her supporter has been silent. */
export interface RematchOfferData {
  matchId: string;
  conversationId: string;
  kind: Match['kind'];
  supporterName: string;
  waitingSince: Date;
}

/** How one supporter answers, for coordinators. */
export interface SupporterActivityData {
  userId: string;
  displayName: string;
  kinds: SupporterProfile['supportKinds'];
  takingPeople: boolean;
  activeMatches: number;
  /** Median time from an entrepreneur's first unanswered message to the supporter's answer, over the window. */
  medianResponseHours: number | null;
  answeredInWindow: number;
  /** Active matches where she is silent past the reminder time now. */
  waitingNow: number;
  lastMessageAt: Date | null;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Response times are measured over this window. */
export const ACTIVITY_WINDOW_DAYS = 90;

export class ResponsivenessService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: ResponsivenessDependencies,
    private readonly matches: () => MatchService,
  ) {}

  /**
   * One look over every active match: opens a follow-up where the supporter has been silent past the
   * reminder time, reminds her, alerts coordinators and offers the entrepreneur a new match past the
   * alert time, and closes follow-ups the supporter has answered or whose match ended. Each step is
   * claimed by a conditional update, so two instances sweeping at once do it once.
   */
  async followUp(now: Date = this.deps.clock()): Promise<FollowUpSweep> {
    const result: FollowUpSweep = { reminded: 0, alerted: 0, resolved: 0 };
    const silences = await this.silences();
    const open = await this.em.find(ReplyFollowUp, { resolvedAt: null });
    for (const followUp of open) {
      const silence = silences.get(followUp.match.id);
      if (!silence || silence.awaitingSeq !== followUp.awaitingSeq) {
        result.resolved += await this.em.nativeUpdate(
          ReplyFollowUp,
          { id: followUp.id, resolvedAt: null },
          { resolvedAt: now },
        );
      }
    }

    for (const silence of silences.values()) {
      const waited = now.getTime() - silence.awaitingSince.getTime();
      if (waited < this.deps.settings.reminderAfterMs) continue;
      const followUp = await this.followUpFor(silence);
      if (!followUp.remindedAt && (await this.claim(followUp, 'remindedAt', now))) {
        await this.em.transactional(async (em) => {
          await this.notifications(em).notify(
            [silence.supporterId],
            'SUPPORTER_REPLY_REMINDER',
            { days: Math.floor(waited / DAY_MS), supportKind: silence.kind },
            `/chat/${silence.conversationId}`,
          );
        });
        result.reminded += 1;
      }
      if (waited >= this.deps.settings.alertAfterMs && !followUp.alertedAt) {
        if (await this.claim(followUp, 'alertedAt', now)) {
          const coordinators = await this.coordinatorsFor(silence.supporterId);
          const days = Math.floor(waited / DAY_MS);
          await this.em.transactional(async (em) => {
            const notifications = this.notifications(em);
            await notifications.notify(
              coordinators,
              'SUPPORTER_UNANSWERED_ALERT',
              { days, supportKind: silence.kind },
              `/supporters`,
            );
            await notifications.notify(
              [silence.entrepreneurId],
              'REMATCH_OFFERED',
              { days, supportKind: silence.kind },
              '/support',
            );
          });
          result.alerted += 1;
        }
      }
    }
    return result;
  }

  /** The new matches offered to her, one per silent match. */
  async rematchOffers(actor: User): Promise<RematchOfferData[]> {
    const followUps = await this.em.find(
      ReplyFollowUp,
      { entrepreneur: actor.id, resolvedAt: null, alertedAt: { $ne: null }, match: { status: 'ACTIVE' } },
      { populate: ['match', 'supporter'], orderBy: { awaitingSince: 'asc' } },
    );
    return followUps.map((f) => ({
      matchId: f.match.id,
      conversationId: f.conversationId,
      kind: f.match.kind,
      supporterName: f.supporter.displayName,
      waitingSince: f.awaitingSince,
    }));
  }

  /**
   * Her one tap: the silent match ends (withdrawn, NOT_RESPONDING, by her) and her demand opens again for
   * the next round; coordinators already know from the alert. Only while the offer stands.
   */
  async takeRematch(actor: User, matchId: string): Promise<Match> {
    const offer = await this.em.findOne(ReplyFollowUp, {
      match: matchId,
      entrepreneur: actor.id,
      resolvedAt: null,
      alertedAt: { $ne: null },
    });
    if (!offer) {
      const own = await this.em.count(Match, { id: matchId, entrepreneur: actor.id });
      if (own === 0) throw new NotFoundError('Match');
      throw new ConflictError('responsiveness.noOffer', 'There is no new match to take for this one.');
    }
    const match = await this.matches().withdraw(actor, matchId, 'NOT_RESPONDING', null);
    await this.em.nativeUpdate(ReplyFollowUp, { id: offer.id, resolvedAt: null }, { resolvedAt: this.deps.clock() });
    return match;
  }

  /** Every supporter's answering, for coordinators: slowest first, so the ones to call come first. */
  async supporterActivity(now: Date = this.deps.clock()): Promise<SupporterActivityData[]> {
    const profiles = await this.em.find(SupporterProfile, { user: { deletedAt: null } }, { populate: ['user'] });
    const since = new Date(now.getTime() - ACTIVITY_WINDOW_DAYS * DAY_MS);
    const matches = await this.em.find(
      Match,
      { $or: [{ status: 'ACTIVE' }, { status: { $in: ['COMPLETED', 'WITHDRAWN'] }, updatedAt: { $gte: since } }] },
      { fields: ['id', 'status', 'entrepreneur', 'supporter'] },
    );
    const conversations = await this.em.find(
      Conversation,
      { matchId: { $in: matches.map((m) => m.id) } },
      { fields: ['id', 'matchId'] },
    );
    const matchOf = new Map(matches.map((m) => [m.id, m]));
    const conversationMatch = new Map(conversations.map((c) => [c.id, matchOf.get(c.matchId!)!]));
    const messages = await this.em.find(
      Message,
      { conversation: { $in: conversations.map((c) => c.id) }, createdAt: { $gte: since } },
      { fields: ['conversation', 'sender', 'seq', 'createdAt'], orderBy: { conversation: 'asc', seq: 'asc' } },
    );
    const lastMessages = await this.lastMessageBy(profiles.map((p) => p.user.id));
    const waitingNow = await this.em.find(
      ReplyFollowUp,
      { resolvedAt: null, awaitingSince: { $lte: new Date(now.getTime() - this.deps.settings.reminderAfterMs) } },
      { fields: ['supporter'] },
    );

    // Response times: from the first of her messages after the supporter last wrote, to the supporter's answer.
    const times = new Map<string, number[]>();
    let current: string | null = null;
    let waitingFrom: Date | null = null;
    for (const message of messages) {
      if (message.conversation.id !== current) {
        current = message.conversation.id;
        waitingFrom = null;
      }
      const match = conversationMatch.get(current);
      if (!match) continue;
      if (message.sender.id === match.supporter.id) {
        if (waitingFrom) {
          const list = times.get(match.supporter.id) ?? [];
          list.push(message.createdAt.getTime() - waitingFrom.getTime());
          times.set(match.supporter.id, list);
        }
        waitingFrom = null;
      } else if (message.sender.id === match.entrepreneur.id && !waitingFrom) {
        waitingFrom = message.createdAt;
      }
    }
    const active = new Map<string, number>();
    for (const m of matches) {
      if (m.status === 'ACTIVE') active.set(m.supporter.id, (active.get(m.supporter.id) ?? 0) + 1);
    }
    const waiting = new Map<string, number>();
    for (const f of waitingNow) waiting.set(f.supporter.id, (waiting.get(f.supporter.id) ?? 0) + 1);

    const rows = profiles.map((profile) => {
      const id = profile.user.id;
      const answered = times.get(id) ?? [];
      return {
        userId: id,
        displayName: profile.user.displayName,
        kinds: profile.supportKinds,
        takingPeople: profile.active,
        activeMatches: active.get(id) ?? 0,
        medianResponseHours: answered.length > 0 ? round1(median(answered) / HOUR_MS) : null,
        answeredInWindow: answered.length,
        waitingNow: waiting.get(id) ?? 0,
        lastMessageAt: lastMessages.get(id) ?? null,
      };
    });
    return rows.sort(
      (a, b) =>
        b.waitingNow - a.waitingNow ||
        (b.medianResponseHours ?? -1) - (a.medianResponseHours ?? -1) ||
        a.displayName.localeCompare(b.displayName),
    );
  }

  /** Active matches whose entrepreneur wrote last, keyed by match, with her first unanswered message. */
  private async silences(): Promise<Map<string, Silence>> {
    const matches = await this.em.find(
      Match,
      { status: 'ACTIVE' },
      { fields: ['id', 'kind', 'entrepreneur', 'supporter'] },
    );
    if (matches.length === 0) return new Map();
    const conversations = await this.em.find(
      Conversation,
      { matchId: { $in: matches.map((m) => m.id) } },
      { fields: ['id', 'matchId', 'lastSeq'] },
    );
    const byMatch = new Map(matches.map((m) => [m.id, m]));
    const lastBy = await this.lastSeqBySender(conversations.map((c) => c.id));
    const silences = new Map<string, Silence>();
    for (const conversation of conversations) {
      const match = byMatch.get(conversation.matchId!);
      if (!match) continue;
      const hers = lastBy.get(`${conversation.id}:${match.entrepreneur.id}`) ?? 0;
      const theirs = lastBy.get(`${conversation.id}:${match.supporter.id}`) ?? 0;
      if (hers <= theirs) continue;
      const first = await this.em.findOne(
        Message,
        { conversation: conversation.id, sender: match.entrepreneur.id, seq: { $gt: theirs } },
        { orderBy: { seq: 'asc' }, fields: ['seq', 'createdAt'] },
      );
      if (!first) continue;
      silences.set(match.id, {
        matchId: match.id,
        kind: match.kind,
        conversationId: conversation.id,
        entrepreneurId: match.entrepreneur.id,
        supporterId: match.supporter.id,
        awaitingSeq: first.seq,
        awaitingSince: first.createdAt,
      });
    }
    return silences;
  }

  /** The newest seq each person wrote in each conversation, in one query. */
  private async lastSeqBySender(conversationIds: string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    if (conversationIds.length === 0) return out;
    const rows = await (this.em as SqlEntityManager)
      .createQueryBuilder(Message)
      .select(['conversation', 'sender', raw('max(seq) as last_seq')])
      .where({ conversation: { $in: conversationIds } })
      .groupBy(['conversation', 'sender'])
      .execute<{ conversation: string; sender: string; last_seq: number | string }[]>('all');
    for (const row of rows) out.set(`${row.conversation}:${row.sender}`, Number(row.last_seq));
    return out;
  }

  private async lastMessageBy(userIds: string[]): Promise<Map<string, Date>> {
    const out = new Map<string, Date>();
    if (userIds.length === 0) return out;
    const rows = await (this.em as SqlEntityManager)
      .createQueryBuilder(Message)
      .select(['sender', raw('max(created_at) as last_at')])
      .where({ sender: { $in: userIds } })
      .groupBy('sender')
      .execute<{ sender: string; last_at: string | number | Date }[]>('all');
    for (const row of rows) out.set(row.sender, dateOf(row.last_at));
    return out;
  }

  private async followUpFor(silence: Silence): Promise<ReplyFollowUp> {
    const existing = await this.em.findOne(ReplyFollowUp, { match: silence.matchId, awaitingSeq: silence.awaitingSeq });
    if (existing) return existing;
    try {
      return await this.em.transactional(async (em) =>
        em.create(ReplyFollowUp, {
          match: em.getReference(Match, silence.matchId),
          supporter: silence.supporterId,
          entrepreneur: silence.entrepreneurId,
          conversationId: silence.conversationId,
          awaitingSeq: silence.awaitingSeq,
          awaitingSince: silence.awaitingSince,
          createdAt: this.deps.clock(),
        }),
      );
    } catch {
      // Another instance opened it at the same moment (unique match + seq): use theirs.
      this.em.clear();
      return this.em.findOneOrFail(ReplyFollowUp, { match: silence.matchId, awaitingSeq: silence.awaitingSeq });
    }
  }

  private async claim(followUp: ReplyFollowUp, step: 'remindedAt' | 'alertedAt', now: Date): Promise<boolean> {
    const claimed = await this.em.nativeUpdate(ReplyFollowUp, { id: followUp.id, [step]: null }, { [step]: now });
    if (claimed === 1) followUp[step] = now;
    return claimed === 1;
  }

  /** The coordinators of her organization; the whole network's when it has none. */
  private async coordinatorsFor(supporterId: string): Promise<string[]> {
    const profile = await this.em.findOne(SupporterProfile, { user: supporterId }, { fields: ['organization'] });
    if (profile?.organization) {
      const members = await this.em.find(
        OrganizationMembership,
        { organization: profile.organization.id, role: 'COORDINATOR', user: { deletedAt: null } },
        { fields: ['user'] },
      );
      if (members.length > 0) return members.map((m) => m.user.id);
    }
    const grants = await this.em.find(
      UserRole,
      { role: 'COORDINATOR', user: { deletedAt: null } },
      { fields: ['user'], limit: 100 },
    );
    return grants.map((g) => g.user.id);
  }

  private notifications(em: EntityManager): NotificationService {
    return new NotificationService(em, this.deps.events, this.deps.clock);
  }
}

interface Silence {
  matchId: string;
  kind: Match['kind'];
  conversationId: string;
  entrepreneurId: string;
  supporterId: string;
  awaitingSeq: number;
  awaitingSince: Date;
}

/** An aggregate over a datetime column: a Date (PostgreSQL) or the stored milliseconds or text (SQLite). */
function dateOf(value: string | number | Date): Date {
  if (value instanceof Date) return value;
  return new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
