// Feedback at the end of a match: each of the two people rates it once (and may change it for a while),
// both are asked when it ends, staff read it, and the dashboard and the matching score read its sums.
import {
  FEEDBACK_LIMITS,
  FEEDBACK_RATING,
  type FeedbackSide,
  type MatchOutcome,
  type SupportKind,
} from '@aliadas/shared';
import type { EntityManager } from '@mikro-orm/core';
import type { DomainEventPublisher } from '../../domain-events.js';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../errors.js';
import type { User } from '../accounts/user.entity.js';
import { MatchTransition } from '../matching/match-transition.entity.js';
import { Match } from '../matching/match.entity.js';
import type { MatchEndings } from '../matching/matching.hooks.js';
import { NotificationService } from '../notifications/notification.service.js';
import { Feedback } from './feedback.entity.js';
import { FEEDBACK_ENDINGS, feedbackOpenUntil, isFeedbackStaff, sideOf } from './feedback.policy.js';

export interface FeedbackInput {
  rating: number;
  outcome: MatchOutcome;
  comment?: string | null;
}

/** A match of hers that ended and waits for her word. */
export interface FeedbackRequest {
  matchId: string;
  kind: SupportKind;
  side: FeedbackSide;
  partnerName: string;
  endedAt: Date;
  openUntil: Date;
  /** Her feedback, when she already gave it (she may still change it until openUntil). */
  given: Feedback | null;
}

/** The parts of an ended match the request for feedback needs. */
export interface EndedMatch {
  id: string;
  kind: SupportKind;
  entrepreneurUserId: string;
  supporterUserId: string;
}

/**
 * Asks both people of a match that has just ended for their feedback, inside the transaction that ends
 * it: the notifications go out only if the ending is committed.
 */
export async function requestFeedback(
  em: EntityManager,
  events: DomainEventPublisher,
  clock: () => Date,
  match: EndedMatch,
): Promise<void> {
  await new NotificationService(em, events, clock).notify(
    [match.entrepreneurUserId, match.supporterUserId],
    'MATCH_FEEDBACK_REQUESTED',
    { kind: match.kind },
    `/feedback/${match.id}`,
  );
}

/** The matching feature's port: when a match the two worked in ends, both are asked for feedback. */
export function feedbackOnEnd(events: DomainEventPublisher, clock: () => Date = () => new Date()): MatchEndings {
  return { matchEnded: (em, match) => requestFeedback(em, events, clock, match) };
}

export class FeedbackService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * Her rating and outcome of one of her matches that ended. Once per side: giving it again while the
   * window is open changes it; a CONDUCT_PROBLEM keeps the two apart from then on, like an ending for
   * misconduct.
   */
  async give(actor: User, matchId: string, input: FeedbackInput): Promise<Feedback> {
    const rating = input.rating;
    if (!Number.isInteger(rating) || rating < FEEDBACK_RATING.min || rating > FEEDBACK_RATING.max) {
      throw new BadUserInputError('feedback.ratingOutOfRange', 'Choose a rating from 1 to 5.', { ...FEEDBACK_RATING });
    }
    const comment = input.comment?.trim() ? input.comment.trim() : null;
    if (comment && [...comment].length > FEEDBACK_LIMITS.comment) {
      throw new BadUserInputError('feedback.commentTooLong', 'The comment is too long.', {
        max: FEEDBACK_LIMITS.comment,
      });
    }
    const now = this.clock();
    return this.em.transactional(async (em) => {
      const { match, side } = await partyOf(em, actor, matchId);
      const endedAt = await endOf(em, match);
      if (!endedAt) {
        throw new ConflictError('feedback.matchNotEnded', 'Feedback can be given once the match has ended.');
      }
      if (now > feedbackOpenUntil(endedAt)) {
        throw new ConflictError('feedback.windowClosed', 'The time to give feedback on this match has passed.');
      }
      let feedback = await em.findOne(Feedback, { match: match.id, side });
      if (feedback) {
        feedback.rating = rating;
        feedback.outcome = input.outcome;
        feedback.comment = comment;
        feedback.updatedAt = now;
      } else {
        feedback = em.create(Feedback, {
          match,
          author: actor,
          about: side === 'ENTREPRENEUR' ? match.supporter : match.entrepreneur,
          side,
          rating,
          outcome: input.outcome,
          comment,
          createdAt: now,
          updatedAt: now,
        });
      }
      if (input.outcome === 'CONDUCT_PROBLEM') match.endedBadly = true;
      await em.flush();
      return feedback;
    });
  }

  /** Her own feedback on one of her matches, or null; never the other person's. */
  async mine(actor: User, matchId: string): Promise<Feedback | null> {
    const { match, side } = await partyOf(this.em, actor, matchId);
    return this.em.findOne(Feedback, { match: match.id, side });
  }

  /** Her matches that ended in the last FEEDBACK_LIMITS.windowDays days, newest end first, in three queries. */
  async requests(actor: User): Promise<FeedbackRequest[]> {
    const now = this.clock();
    const matches = await this.em.find(
      Match,
      { $or: [{ entrepreneur: actor.id }, { supporter: actor.id }], status: { $in: [...FEEDBACK_ENDINGS] } },
      { populate: ['entrepreneur', 'supporter'] },
    );
    if (matches.length === 0) return [];
    const ids = matches.map((m) => m.id);
    const ends = await endsOf(this.em, ids);
    const given = new Map(
      (await this.em.find(Feedback, { match: { $in: ids }, author: actor.id })).map((f) => [f.match.id, f]),
    );
    const requests: FeedbackRequest[] = [];
    for (const match of matches) {
      const endedAt = ends.get(match.id);
      const side = sideOf(match, actor.id);
      if (!endedAt || !side) continue;
      const openUntil = feedbackOpenUntil(endedAt);
      if (now > openUntil) continue;
      const partner = side === 'ENTREPRENEUR' ? match.supporter : match.entrepreneur;
      requests.push({
        matchId: match.id,
        kind: match.kind,
        side,
        partnerName: partner.displayName,
        endedAt,
        openUntil,
        given: given.get(match.id) ?? null,
      });
    }
    return requests.sort((a, b) => b.endedAt.getTime() - a.endedAt.getTime() || a.matchId.localeCompare(b.matchId));
  }

  /** Both sides' feedback on one match, comments included: network staff only. */
  async ofMatch(actor: User, matchId: string): Promise<Feedback[]> {
    if (!isFeedbackStaff(actor)) throw new ForbiddenError();
    const match = await this.em.findOne(Match, { id: matchId }, { fields: ['id'] });
    if (!match) throw new NotFoundError('Match');
    return this.em.find(Feedback, { match: match.id }, { orderBy: { side: 'asc' } });
  }
}

/** The match and her side in it; anyone else, staff included, is told it does not exist. */
async function partyOf(em: EntityManager, actor: User, matchId: string): Promise<{ match: Match; side: FeedbackSide }> {
  const match = await em.findOne(Match, { id: matchId }, { populate: ['entrepreneur', 'supporter'] });
  const side = match ? sideOf(match, actor.id) : null;
  if (!match || !side) throw new NotFoundError('Match');
  return { match, side };
}

/** When the match ended, if it ended after being ACTIVE; null otherwise. */
async function endOf(em: EntityManager, match: Match): Promise<Date | null> {
  if (!FEEDBACK_ENDINGS.includes(match.status)) return null;
  return (await endsOf(em, [match.id])).get(match.id) ?? null;
}

/** For each match that was ACTIVE and then ended, when it ended; one query for any number of matches. */
async function endsOf(em: EntityManager, matchIds: readonly string[]): Promise<Map<string, Date>> {
  const steps = await em.find(
    MatchTransition,
    { match: { $in: [...matchIds] }, toStatus: { $in: ['ACTIVE', ...FEEDBACK_ENDINGS] } },
    { fields: ['match', 'toStatus', 'at'] },
  );
  const active = new Set(steps.filter((s) => s.toStatus === 'ACTIVE').map((s) => s.match.id));
  const ends = new Map<string, Date>();
  for (const step of steps) {
    if (step.toStatus !== 'ACTIVE' && active.has(step.match.id)) ends.set(step.match.id, step.at);
  }
  return ends;
}
