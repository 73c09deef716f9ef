// The capacity rule, under a lock: a supporter never holds more APPROVED, ACCEPTED and ACTIVE matches
// than her capacity, even when two coordinators approve at the same moment.
import { checkPair, type ConstraintCode } from '@aliadas/shared';
import { LockMode, type EntityManager } from '@mikro-orm/core';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import { ConflictError, NotFoundError } from '../../errors.js';
import { EntrepreneurProfile } from '../profiles/entrepreneur-profile.entity.js';
import { SupporterProfile } from '../profiles/supporter-profile.entity.js';
import type { Demand } from './demand.entity.js';
import { SEAT_STATUSES } from './match-lifecycle.js';
import { Match } from './match.entity.js';
import { demandCandidate, loadPairHistory, supporterCandidate } from './matching.candidates.js';
import type { BlockSource } from './matching.hooks.js';

/**
 * Reads her profile for update. On PostgreSQL this is `SELECT … FOR UPDATE`: a second approval for the
 * same supporter waits here until the first has committed, then counts her seats again. SQLite has one
 * writer at a time (and the ORM one connection), so transactions are already serialised there.
 */
export async function lockSupporterProfile(em: EntityManager, supporterUserId: string): Promise<SupporterProfile> {
  const lockMode = em.getPlatform() instanceof PostgreSqlPlatform ? LockMode.PESSIMISTIC_WRITE : undefined;
  const profile = await em.findOne(SupporterProfile, { user: supporterUserId }, { lockMode, refresh: true });
  if (!profile) throw new NotFoundError('Supporter profile');
  return profile;
}

export async function seatsTaken(em: EntityManager, supporterUserId: string): Promise<number> {
  return em.count(Match, { supporter: supporterUserId, status: { $in: [...SEAT_STATUSES] } });
}

/**
 * Checks every hard constraint of the engine for this pair, with her seats counted now. Inside a
 * transaction, call it after lockSupporterProfile when the match is about to take a seat.
 */
export async function assertFeasible(
  em: EntityManager,
  demand: Demand,
  supporter: SupporterProfile,
  blocks: BlockSource,
  now: Date,
): Promise<void> {
  const profile = await em.findOne(EntrepreneurProfile, { user: demand.entrepreneur.id });
  if (!profile) throw new NotFoundError('Entrepreneur profile');
  const seats = await seatsTaken(em, supporter.user.id);
  const history = await loadPairHistory(em, blocks, [demand.entrepreneur.id, supporter.user.id]);
  const check = checkPair(demandCandidate(demand, profile, now), supporterCandidate(supporter, seats), history);
  if (!check.feasible) throw constraintFailed(check.failed);
}

export function constraintFailed(failed: readonly ConstraintCode[]): ConflictError {
  return new ConflictError(
    failed.includes('NO_CAPACITY') ? 'matching.noCapacity' : 'matching.constraintFailed',
    `This pair breaks a hard constraint: ${failed.join(', ')}.`,
    { failed: [...failed] },
  );
}
