// Supporters' track records for the matching score, read as sums in three grouped queries whatever the
// number of supporters (no query per supporter): entrepreneurs' ratings, matches seen through or left to
// expire, and matches she walked away from after accepting. Only sums leave this file.
import { networkPrior, trackRecordOf, type SupporterHistory, type SupporterTrackRecord } from '@aliadas/shared';
import { raw, type EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { MatchTransition } from '../matching/match-transition.entity.js';
import { Match } from '../matching/match.entity.js';
import { Feedback } from './feedback.entity.js';

type Row = Record<string, string | number | null>;
const n = (value: string | number | null | undefined): number => Number(value ?? 0);

/** What the network's sums say about each supporter who has any record, keyed by her user id. */
export async function loadSupporterHistories(em: EntityManager): Promise<Map<string, SupporterHistory>> {
  const sql = em as SqlEntityManager;
  const histories = new Map<string, SupporterHistory>();
  const of = (userId: string): SupporterHistory => {
    let h = histories.get(userId);
    if (!h) histories.set(userId, (h = { ratingSum: 0, ratingCount: 0, completed: 0, dropped: 0 }));
    return h;
  };

  // Entrepreneurs' ratings of her; a conduct problem she caused counts as a match she let drop.
  const ratings = await sql
    .createQueryBuilder(Feedback)
    .select([
      'about',
      raw('sum(rating) as rating_sum'),
      raw('count(*) as rating_count'),
      raw(`sum(case when outcome = 'CONDUCT_PROBLEM' then 1 else 0 end) as conduct`),
    ])
    .where({ side: 'ENTREPRENEUR' })
    .groupBy('about')
    .execute<Row[]>('all');
  for (const r of ratings) {
    const h = of(String(r.about));
    h.ratingSum += n(r.rating_sum);
    h.ratingCount += n(r.rating_count);
    h.dropped += n(r.conduct);
  }

  // Matches seen through, and invitations left to expire unanswered.
  const endings = await sql
    .createQueryBuilder(Match)
    .select(['supporter', 'status', raw('count(*) as matches')])
    .where({ status: { $in: ['COMPLETED', 'EXPIRED'] } })
    .groupBy(['supporter', 'status'])
    .execute<Row[]>('all');
  for (const r of endings) {
    const h = of(String(r.supporter));
    if (r.status === 'COMPLETED') h.completed += n(r.matches);
    else h.dropped += n(r.matches);
  }

  // Matches she left after saying yes (not by deleting her account).
  const walkedAway = await sql
    .createQueryBuilder(MatchTransition)
    .select(['actor', raw('count(*) as matches')])
    .where({
      toStatus: 'WITHDRAWN',
      actorRole: 'SUPPORTER',
      fromStatus: { $in: ['ACCEPTED', 'ACTIVE'] },
      $or: [{ reason: null }, { reason: { $ne: 'ACCOUNT_DELETED' } }],
    })
    .groupBy('actor')
    .execute<Row[]>('all');
  for (const r of walkedAway) if (r.actor != null) of(String(r.actor)).dropped += n(r.matches);

  return histories;
}

/**
 * Track records of these supporters (every supporter with a record when left out), pulled toward the
 * network's mean: someone with no record gets exactly the mean.
 */
export async function loadTrackRecords(
  em: EntityManager,
  supporterUserIds?: readonly string[],
): Promise<Map<string, SupporterTrackRecord>> {
  const histories = await loadSupporterHistories(em);
  const prior = networkPrior(histories.values());
  const records = new Map<string, SupporterTrackRecord>();
  const none: SupporterHistory = { ratingSum: 0, ratingCount: 0, completed: 0, dropped: 0 };
  for (const userId of supporterUserIds ?? histories.keys()) {
    records.set(userId, trackRecordOf(histories.get(userId) ?? none, prior));
  }
  return records;
}
