// Moving a match through its lifecycle inside a transaction: checks the table in match-lifecycle.ts,
// writes the history row, keeps the demand and the request in step, and returns the event to publish
// once the transaction has committed.
import type { ExplainedReason } from '@aliadas/shared';
import { OptimisticLockError, type EntityManager } from '@mikro-orm/core';
import { ConflictError, ForbiddenError } from '../../errors.js';
import type { User } from '../accounts/user.entity.js';
import type { Demand } from './demand.entity.js';
import {
  checkTransition,
  demandStatusAfter,
  endsBadly,
  FINAL_STATUSES,
  type MatchActor,
  type MatchOrigin,
  type MatchOutcome,
  type MatchReasonCode,
  type MatchStatus,
} from './match-lifecycle.js';
import { MatchTransition } from './match-transition.entity.js';
import { Match } from './match.entity.js';
import type { MatchingRound } from './matching-round.entity.js';
import type { MatchingEvent } from './matching.hooks.js';

export interface TransitionInput {
  to: MatchStatus;
  as: MatchActor;
  actor: User | null;
  at: Date;
  reason?: MatchReasonCode | null;
  outcome?: MatchOutcome | null;
  note?: string | null;
}

function refuse(from: MatchStatus | null, to: MatchStatus, why: 'WRONG_STATE' | 'NOT_YOURS'): never {
  if (why === 'WRONG_STATE') {
    throw new ConflictError('match.wrongState', `A match that is ${from ?? 'new'} cannot become ${to}.`, {
      from: from ?? 'NONE',
      to,
    });
  }
  throw new ForbiddenError('match.notYourMove', 'You cannot make this change to this match.');
}

/** Moves an existing match; the demand (populated with its request) follows. */
export function applyTransition(em: EntityManager, match: Match, input: TransitionInput): MatchingEvent {
  const from = match.status;
  const check = checkTransition(from, input.to, input.as);
  if (!check.allowed) refuse(from, input.to, check.why);
  match.status = input.to;
  if (FINAL_STATUSES.includes(input.to)) {
    match.endReason = input.reason ?? null;
    match.outcome = input.outcome ?? null;
    match.endedBadly = endsBadly(input.reason, input.outcome);
    match.invitationExpiresAt = null;
  }
  setDemandStatus(match.demand, demandStatusAfter(check.rule, input.as, input.reason));
  record(em, match, from, input);
  return changed(match, from);
}

export interface NewProposal {
  demand: Demand;
  supporter: User;
  score: number;
  reasons: ExplainedReason[];
  origin: MatchOrigin;
  round?: MatchingRound | null;
}

/** A new match, born PROPOSED; the demand becomes PROPOSED (its version guards against a double take). */
export function createProposal(
  em: EntityManager,
  proposal: NewProposal,
  by: Omit<TransitionInput, 'to'>,
): { match: Match; event: MatchingEvent } {
  const check = checkTransition(null, 'PROPOSED', by.as);
  if (!check.allowed) refuse(null, 'PROPOSED', check.why);
  const match = em.create(Match, {
    demand: proposal.demand,
    entrepreneur: proposal.demand.entrepreneur,
    supporter: proposal.supporter,
    kind: proposal.demand.kind,
    status: 'PROPOSED',
    score: proposal.score,
    reasons: proposal.reasons,
    origin: proposal.origin,
    round: proposal.round ?? null,
    createdAt: by.at,
    updatedAt: by.at,
  });
  setDemandStatus(proposal.demand, demandStatusAfter(check.rule, by.as, by.reason));
  record(em, match, null, { ...by, to: 'PROPOSED' });
  return { match, event: changed(match, null) };
}

function record(em: EntityManager, match: Match, from: MatchStatus | null, input: TransitionInput): void {
  em.create(MatchTransition, {
    match,
    fromStatus: from,
    toStatus: input.to,
    actor: input.actor,
    actorRole: input.as,
    reason: input.reason ?? null,
    outcome: input.outcome ?? null,
    note: input.note ?? null,
    at: input.at,
  });
}

function setDemandStatus(demand: Demand, status: Demand['status']): void {
  demand.status = status;
  const request = demand.request;
  if (request.status !== 'OPEN' || (status !== 'COMPLETED' && status !== 'WITHDRAWN')) return;
  // The request is over once every one of its demands is.
  const items = request.demands.isInitialized() ? request.demands.getItems() : [demand];
  if (items.every((d) => d.status === 'COMPLETED' || d.status === 'WITHDRAWN')) request.status = 'CLOSED';
}

function changed(match: Match, from: MatchStatus | null): MatchingEvent {
  return {
    type: 'match.changed',
    matchId: match.id,
    from,
    to: match.status,
    entrepreneurUserId: match.entrepreneur.id,
    supporterUserId: match.supporter.id,
  };
}

/** Runs `work` in a transaction; a lost race on a versioned row becomes a CONFLICT the client can show. */
export async function inTransaction<T>(em: EntityManager, work: (em: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await em.transactional(work);
  } catch (error) {
    if (error instanceof OptimisticLockError) {
      throw new ConflictError('match.changedMeanwhile', 'Someone else changed this at the same moment. Please reload.');
    }
    throw error;
  }
}
