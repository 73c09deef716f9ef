// Feedback as the coordinators' dashboard shows it: how many of those asked answered, the average
// rating and the outcomes on each side. Sums only, in three queries whatever the size of the network;
// a side's average and outcomes are left out while fewer than FEEDBACK_LIMITS.minRatingsShown of its
// people have answered, so that no single woman's rating can be read off.
import { FEEDBACK_LIMITS, FEEDBACK_SIDES, MATCH_OUTCOMES, type FeedbackSide, type MatchOutcome } from '@aliadas/shared';
import type { EntityManager } from '@mikro-orm/core';
import { MatchTransition } from '../matching/match-transition.entity.js';
import { Match } from '../matching/match.entity.js';
import { Feedback } from './feedback.entity.js';
import { FEEDBACK_ENDINGS } from './feedback.policy.js';

export interface FeedbackSideFiguresData {
  side: FeedbackSide;
  /** People of this side asked: one per match that ended after being active. */
  asked: number;
  given: number;
  /** Whole percent of those asked who answered; null when nobody was asked. */
  responsePercent: number | null;
  /** To one decimal; null while fewer than minRatingsShown answered. */
  averageRating: number | null;
  /** Most frequent first; empty while fewer than minRatingsShown answered. */
  outcomes: { outcome: MatchOutcome; count: number }[];
  /** True when the average and outcomes are held back for too few answers. */
  suppressed: boolean;
}

export interface FeedbackFiguresData {
  matchesEnded: number;
  responsePercent: number | null;
  minRatingsShown: number;
  sides: FeedbackSideFiguresData[];
}

/** `inScope` says whether a match, by its two people, is counted (the dashboard's filters). */
export async function feedbackFigures(
  em: EntityManager,
  inScope: (entrepreneurUserId: string, supporterUserId: string) => boolean,
): Promise<FeedbackFiguresData> {
  const ended = { status: { $in: [...FEEDBACK_ENDINGS] } };
  const matches = await em.find(Match, ended, { fields: ['entrepreneur', 'supporter'] });
  const wasActive = new Set(
    (await em.find(MatchTransition, { toStatus: 'ACTIVE', match: ended }, { fields: ['match'] })).map(
      (t) => t.match.id,
    ),
  );
  const counted = new Set(
    matches.filter((m) => wasActive.has(m.id) && inScope(m.entrepreneur.id, m.supporter.id)).map((m) => m.id),
  );
  const feedback = (
    await em.find(Feedback, { match: ended }, { fields: ['match', 'side', 'rating', 'outcome'] })
  ).filter((f) => counted.has(f.match.id));

  const sides = FEEDBACK_SIDES.map((side): FeedbackSideFiguresData => {
    const mine = feedback.filter((f) => f.side === side);
    const suppressed = mine.length < FEEDBACK_LIMITS.minRatingsShown;
    const outcomes = MATCH_OUTCOMES.map((outcome) => ({
      outcome,
      count: mine.filter((f) => f.outcome === outcome).length,
    }))
      .filter((o) => o.count > 0)
      .sort((a, b) => b.count - a.count || MATCH_OUTCOMES.indexOf(a.outcome) - MATCH_OUTCOMES.indexOf(b.outcome));
    return {
      side,
      asked: counted.size,
      given: mine.length,
      responsePercent: percent(mine.length, counted.size),
      averageRating: suppressed ? null : Math.round((sum(mine.map((f) => f.rating)) / mine.length) * 10) / 10,
      outcomes: suppressed ? [] : outcomes,
      suppressed,
    };
  });
  return {
    matchesEnded: counted.size,
    responsePercent: percent(feedback.length, counted.size * FEEDBACK_SIDES.length),
    minRatingsShown: FEEDBACK_LIMITS.minRatingsShown,
    sides,
  };
}

function percent(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 100) : null;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
