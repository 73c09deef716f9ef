// A coordinator's work: rounds over every open demand at once (dry run first), curation of the
// proposals (approve, reject, swap), matching by hand, and the list of demands still open and why.
import { checkPair, reasonsOf, recommend, scorePair, SupporterIndex } from '@aliadas/shared';
import type { CountryCode, RoundPhase, SupportKind } from '@aliadas/shared';
import type { EntityManager } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { ConflictError, ForbiddenError, NotFoundError } from '../../errors.js';
import { User } from '../accounts/user.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { Organization } from '../organizations/organization.entity.js';
import { EntrepreneurProfile } from '../profiles/entrepreneur-profile.entity.js';
import { Demand } from './demand.entity.js';
import { checkTransition, type MatchReasonCode, type MatchStatus } from './match-lifecycle.js';
import { applyTransition, createProposal, inTransaction } from './match-transitions.js';
import { Match } from './match.entity.js';
import { MatchingRound, type StoredProposal, type StoredUnmatched } from './matching-round.entity.js';
import { assertFeasible, constraintFailed, lockSupporterProfile, seatsTaken } from './matching.capacity.js';
import {
  demandCandidate,
  loadDemands,
  loadPairHistory,
  loadSupporters,
  supporterCandidate,
  loadTrackRecordOf,
} from './matching.candidates.js';
import type { MatchingDependencies, MatchingEvent } from './matching.hooks.js';
import { actingAs, isMatchingStaff } from './matching.policy.js';
import { partiesOf, toParty, toReasons } from './matching.present.js';
import type { OpenDemand, Proposal } from './matching.types.js';
import type { RoundStage } from './round-planner.js';

export interface RoundFilter {
  countries?: readonly CountryCode[] | null;
  kinds?: readonly SupportKind[] | null;
  organizationId?: string | null;
}

const ROUND_PHASE_OF_STAGE: Record<RoundStage, RoundPhase> = {
  edges: 'SCORING',
  solve: 'SOLVING',
  explain: 'EXPLAINING',
};

const MATCH_POPULATE = ['demand.request.demands', 'entrepreneur', 'supporter'] as const;

export class MatchingService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: MatchingDependencies,
    private readonly requestId: string | null = null,
  ) {}

  /**
   * Every open demand (within the filters) against every supporter at once, solved for the most women
   * served and then the highest total score. A dry run stores the result and proposes nobody; a real
   * run creates PROPOSED matches for coordinators to curate.
   */
  async runRound(actor: User, input: RoundFilter & { dryRun: boolean }): Promise<MatchingRound> {
    this.requireStaff(actor);
    const now = this.deps.clock();
    const scope = await this.scope(input);
    // The id is chosen now so that the live progress and the stored round carry the same one.
    const roundId = randomUUID();
    const progress = (phase: RoundPhase, fraction: number): void =>
      this.deps.publish({ type: 'round.progress', roundId, runByUserId: actor.id, phase, fraction });
    progress('LOADING', 0);
    const demands = await loadDemands(this.em, { countries: scope.countries, kinds: scope.kinds }, now);
    const supporters = await loadSupporters(
      this.em,
      { organizationId: scope.organizationId, kinds: scope.kinds },
      true,
    );
    const history = await loadPairHistory(this.em, this.deps.blocks);
    progress('LOADING', 1);
    const started = performance.now();
    // In a worker thread: the event loop keeps serving chat and GraphQL meanwhile.
    const plan = await this.deps.planRound(
      { demands: demands.map((d) => d.candidate), supporters, history, coverageFirst: true },
      ({ stage, done, total }) => progress(ROUND_PHASE_OF_STAGE[stage], total > 0 ? done / total : 1),
    );
    const durationMs = Math.round(performance.now() - started);
    progress('STORING', 0);

    const unmatched: StoredUnmatched[] = plan.unmatched.map((u) => ({
      demandId: u.demandId,
      entrepreneurUserId: u.entrepreneurId,
      kind: u.kind,
      code: u.reason,
      params: u.params,
      feasibleCount: u.feasibleCount,
      failedCounts: { ...u.failedCounts },
    }));
    const planned: StoredProposal[] = plan.proposals.map((p) => ({
      demandId: p.demandId,
      entrepreneurUserId: p.entrepreneurId,
      supporterUserId: p.supporterUserId,
      kind: p.kind,
      score: p.score,
      reasons: p.reasons,
    }));

    const events: MatchingEvent[] = [];
    const round = await inTransaction(this.em, async (em) => {
      const round = em.create(MatchingRound, {
        id: roundId,
        runBy: em.getReference(User, actor.id),
        dryRun: input.dryRun,
        countries: [...(input.countries ?? [])],
        kinds: [...(input.kinds ?? [])],
        organization: scope.organizationId ? em.getReference(Organization, scope.organizationId) : null,
        objective: plan.stats.totalScore,
        demandCount: plan.stats.demands,
        supporterCount: plan.stats.supporters,
        feasiblePairs: plan.stats.feasiblePairs,
        matchedCount: plan.stats.matched,
        unmatchedCount: plan.unmatched.length,
        unmatchedCounts: { ...plan.unmatchedCounts },
        unmatched,
        plannedProposals: input.dryRun ? planned : null,
        durationMs,
        createdAt: now,
      });
      if (!input.dryRun) {
        // Read the demands again inside the transaction: one taken meanwhile is left out, not taken twice.
        const fresh = await em.find(
          Demand,
          { id: { $in: planned.map((p) => p.demandId) }, status: 'OPEN', request: { status: 'OPEN' } },
          { populate: ['request.demands', 'entrepreneur'], refresh: true },
        );
        const byId = new Map(fresh.map((d) => [d.id, d]));
        let created = 0;
        let objective = 0;
        for (const p of planned) {
          const demand = byId.get(p.demandId);
          if (!demand) continue;
          const { event } = createProposal(
            em,
            {
              demand,
              supporter: em.getReference(User, p.supporterUserId),
              score: p.score,
              reasons: p.reasons,
              origin: 'ROUND',
              round,
            },
            { as: 'COORDINATOR', actor: em.getReference(User, actor.id), at: now },
          );
          events.push(event);
          created += 1;
          objective += p.score;
        }
        round.matchedCount = created;
        round.objective = objective;
      }
      new AuditService(em, this.requestId).record({
        actor,
        action: input.dryRun ? 'matching.roundDryRun' : 'matching.roundRun',
        subjectType: 'MatchingRound',
        subjectId: round.id,
        details: { matched: round.matchedCount, unmatched: round.unmatchedCount },
      });
      return round;
    });
    events.forEach((e) => this.deps.publish(e));
    this.deps.publish({ type: 'round.completed', roundId: round.id, dryRun: round.dryRun, runByUserId: actor.id });
    return round;
  }

  async rounds(actor: User, limit: number, offset: number): Promise<MatchingRound[]> {
    this.requireStaff(actor);
    return this.em.find(
      MatchingRound,
      {},
      { orderBy: { createdAt: 'desc', id: 'asc' }, limit, offset, populate: ['runBy'] },
    );
  }

  async round(actor: User, id: string): Promise<MatchingRound> {
    this.requireStaff(actor);
    const round = await this.em.findOne(MatchingRound, { id }, { populate: ['runBy'] });
    if (!round) throw new NotFoundError('Matching round');
    return round;
  }

  /** A round's proposals with their reasons: planned pairs for a dry run, its matches (now) otherwise. */
  async proposals(actor: User, roundId: string): Promise<Proposal[]> {
    const round = await this.round(actor, roundId);
    if (round.dryRun) {
      const planned = round.plannedProposals ?? [];
      await this.auditReads(
        actor,
        round.id,
        planned.map((p) => p.entrepreneurUserId),
      );
      const parties = await partiesOf(
        this.em,
        planned.flatMap((p) => [p.entrepreneurUserId, p.supporterUserId]),
      );
      return planned.map((p) => ({
        matchId: null,
        status: null,
        demandId: p.demandId,
        kind: p.kind,
        entrepreneur: parties.get(p.entrepreneurUserId)!,
        supporter: parties.get(p.supporterUserId)!,
        score: p.score,
        reasons: toReasons(p.reasons),
      }));
    }
    const matches = await this.em.find(
      Match,
      { round: round.id },
      { populate: ['entrepreneur', 'supporter', 'demand'], orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    await this.auditReads(
      actor,
      round.id,
      matches.map((m) => m.entrepreneur.id),
    );
    return matches.map((m) => ({
      matchId: m.id,
      status: m.status,
      demandId: m.demand.id,
      kind: m.kind,
      entrepreneur: toParty(m.entrepreneur),
      supporter: toParty(m.supporter),
      score: m.score,
      reasons: toReasons(m.reasons),
    }));
  }

  /** PROPOSED → APPROVED: the supporter is invited. Takes a seat, so capacity is checked under a lock. */
  async approve(actor: User, matchId: string): Promise<Match> {
    this.requireStaff(actor);
    const now = this.deps.clock();
    const events: MatchingEvent[] = [];
    const match = await inTransaction(this.em, async (em) => {
      const match = await this.curated(em, actor, matchId, 'APPROVED');
      const supporter = await lockSupporterProfile(em, match.supporter.id);
      await assertFeasible(em, match.demand, supporter, this.deps.blocks, now);
      events.push(applyTransition(em, match, { to: 'APPROVED', as: 'COORDINATOR', actor, at: now }));
      this.invite(match, now);
      await this.deps.notices.invited(em, invitation(match));
      this.audit(em, actor, 'matching.proposalApproved', match.id);
      return match;
    });
    events.forEach((e) => this.deps.publish(e));
    return match;
  }

  /** PROPOSED → REJECTED with a reason; the demand opens again for the next round. */
  async reject(actor: User, matchId: string, reason: MatchReasonCode, note: string | null): Promise<Match> {
    this.requireStaff(actor);
    const now = this.deps.clock();
    const events: MatchingEvent[] = [];
    const match = await inTransaction(this.em, async (em) => {
      const match = await this.curated(em, actor, matchId, 'REJECTED');
      events.push(applyTransition(em, match, { to: 'REJECTED', as: 'COORDINATOR', actor, at: now, reason, note }));
      this.audit(em, actor, 'matching.proposalRejected', match.id, { reason });
      return match;
    });
    events.forEach((e) => this.deps.publish(e));
    return match;
  }

  /**
   * Puts another supporter on a proposal: the old proposal is REJECTED (SWAPPED) and a new one PROPOSED
   * for the same demand and round, after checking every hard constraint for the new pair.
   */
  async swap(actor: User, matchId: string, supporterUserId: string, note: string | null): Promise<Match> {
    this.requireStaff(actor);
    const now = this.deps.clock();
    const events: MatchingEvent[] = [];
    const created = await inTransaction(this.em, async (em) => {
      const match = await this.curated(em, actor, matchId, 'REJECTED');
      if (match.supporter.id === supporterUserId) {
        throw new ConflictError('matching.sameSupporter', 'This supporter is already on the proposal.');
      }
      const supporter = await lockSupporterProfile(em, supporterUserId);
      const profile = await em.findOne(EntrepreneurProfile, { user: match.entrepreneur.id });
      if (!profile) throw new NotFoundError('Entrepreneur profile');
      const demand = demandCandidate(match.demand, profile, now);
      const candidate = supporterCandidate(
        supporter,
        await seatsTaken(em, supporterUserId),
        await loadTrackRecordOf(em, supporterUserId),
      );
      const history = await loadPairHistory(em, this.deps.blocks, [match.entrepreneur.id, supporterUserId]);
      const check = checkPair(demand, candidate, history);
      if (!check.feasible) throw constraintFailed(check.failed);
      events.push(
        applyTransition(em, match, { to: 'REJECTED', as: 'COORDINATOR', actor, at: now, reason: 'SWAPPED', note }),
      );
      const { match: next, event } = createProposal(
        em,
        {
          demand: match.demand,
          supporter: em.getReference(User, supporterUserId),
          score: scorePair(demand, candidate).score,
          reasons: reasonsOf(scorePair(demand, candidate)),
          origin: 'SWAP',
          round: match.round ?? null,
        },
        { as: 'COORDINATOR', actor, at: now, note },
      );
      events.push(event);
      this.audit(em, actor, 'matching.proposalSwapped', match.id, { newMatchId: next.id, supporterUserId });
      return next;
    });
    events.forEach((e) => this.deps.publish(e));
    return this.reload(created.id);
  }

  /**
   * A coordinator's own choice for an open demand, outside a round. The hard constraints still hold;
   * the match is proposed and approved at once (both steps recorded) and the supporter is invited.
   */
  async matchByHand(actor: User, demandId: string, supporterUserId: string, reason: string): Promise<Match> {
    this.requireStaff(actor);
    const now = this.deps.clock();
    const events: MatchingEvent[] = [];
    const created = await inTransaction(this.em, async (em) => {
      const demand = await em.findOne(
        Demand,
        { id: demandId },
        { populate: ['request.demands', 'entrepreneur'], refresh: true },
      );
      if (!demand) throw new NotFoundError('Demand');
      if (demand.status !== 'OPEN' || demand.request.status !== 'OPEN') {
        throw new ConflictError('matching.demandNotOpen', 'This demand is not waiting for a match.', {
          status: demand.status,
        });
      }
      if (demand.entrepreneur.id === actor.id || supporterUserId === actor.id) {
        throw new ForbiddenError('matching.ownMatch', 'Another coordinator must curate a match you are part of.');
      }
      const supporter = await lockSupporterProfile(em, supporterUserId);
      await assertFeasible(em, demand, supporter, this.deps.blocks, now);
      const profile = (await em.findOne(EntrepreneurProfile, { user: demand.entrepreneur.id }))!;
      const candidateDemand = demandCandidate(demand, profile, now);
      const candidate = supporterCandidate(
        supporter,
        await seatsTaken(em, supporterUserId),
        await loadTrackRecordOf(em, supporterUserId),
      );
      const pairScore = scorePair(candidateDemand, candidate);
      const by = { as: 'COORDINATOR' as const, actor, at: now, note: reason };
      const { match, event } = createProposal(
        em,
        {
          demand,
          supporter: em.getReference(User, supporterUserId),
          score: pairScore.score,
          reasons: reasonsOf(pairScore),
          origin: 'HAND',
        },
        by,
      );
      events.push(event);
      events.push(applyTransition(em, match, { ...by, to: 'APPROVED' }));
      this.invite(match, now);
      await this.deps.notices.invited(em, invitation(match));
      this.audit(em, actor, 'matching.matchedByHand', match.id, { demandId, supporterUserId });
      return match;
    });
    events.forEach((e) => this.deps.publish(e));
    return this.reload(created.id);
  }

  /** Open demands, longest waiting first, each with why it is still open (the recruiting view). */
  async openDemands(actor: User, filter: RoundFilter, limit: number, offset: number): Promise<OpenDemand[]> {
    this.requireStaff(actor);
    const now = this.deps.clock();
    const scope = await this.scope(filter);
    const demands = await loadDemands(this.em, { countries: scope.countries, kinds: scope.kinds }, now);
    const page = demands.slice(offset, offset + limit);
    if (page.length === 0) return [];
    await new AuditService(this.em, this.requestId).recordReads(
      actor,
      'demand.read',
      page.map((d) => d.demand.entrepreneur.id),
      { via: 'openDemands' },
    );
    const supporters = await loadSupporters(
      this.em,
      { organizationId: scope.organizationId, kinds: scope.kinds },
      true,
    );
    const index = new SupporterIndex(supporters);
    const history = await loadPairHistory(
      this.em,
      this.deps.blocks,
      page.map((d) => d.demand.entrepreneur.id),
    );
    return page.map(({ demand, profile, candidate }) => {
      const result = recommend(candidate, index, history, { limit: 0 });
      return {
        demand,
        entrepreneur: toParty(demand.entrepreneur),
        countryOfResidence: profile.countryOfResidence,
        city: profile.city,
        urgency: demand.request.urgency,
        daysWaiting: candidate.daysWaiting,
        feasibleCount: result.feasibleCount,
        why: result.blockedBy
          ? { code: result.blockedBy.code, params: result.blockedBy.params, failedCounts: result.blockedBy.counts }
          : { code: 'AWAITING_ROUND', params: { feasible: result.feasibleCount }, failedCounts: {} },
      };
    });
  }

  private requireStaff(actor: User): void {
    if (!isMatchingStaff(actor)) throw new ForbiddenError();
  }

  /** The organization filter: its supporters, for women living in the countries it serves. */
  private async scope(filter: RoundFilter): Promise<{
    countries: CountryCode[] | undefined;
    kinds: SupportKind[] | undefined;
    organizationId: string | null;
  }> {
    let countries = filter.countries && filter.countries.length > 0 ? [...filter.countries] : undefined;
    if (filter.organizationId) {
      const organization = await this.em.findOne(Organization, { id: filter.organizationId });
      if (!organization) throw new NotFoundError('Organization');
      countries = countries ? countries.filter((c) => organization.countries.includes(c)) : [...organization.countries];
    }
    return {
      countries,
      kinds: filter.kinds && filter.kinds.length > 0 ? [...filter.kinds] : undefined,
      organizationId: filter.organizationId ?? null,
    };
  }

  /** A proposal a coordinator is about to move: hers to curate, and in a state that allows it. */
  private async curated(em: EntityManager, actor: User, matchId: string, to: MatchStatus): Promise<Match> {
    const match = await em.findOne(Match, { id: matchId }, { populate: [...MATCH_POPULATE], refresh: true });
    if (!match) throw new NotFoundError('Match');
    if (actingAs(actor, match) !== 'COORDINATOR') {
      throw new ForbiddenError('matching.ownMatch', 'Another coordinator must curate a match you are part of.');
    }
    const check = checkTransition(match.status, to, 'COORDINATOR');
    if (!check.allowed) {
      throw new ConflictError('match.wrongState', `A match that is ${match.status} cannot become ${to}.`, {
        from: match.status,
        to,
      });
    }
    return match;
  }

  /** Staff reading the women's demands in a round's proposals: one audit entry per woman. */
  private auditReads(actor: User, roundId: string, entrepreneurIds: string[]): Promise<void> {
    return new AuditService(this.em, this.requestId).recordReads(actor, 'demand.read', entrepreneurIds, {
      via: 'proposals',
      roundId,
    });
  }

  /** Curation is a trusted action: it goes to the audit log with the change, in the same transaction. */
  private audit(
    em: EntityManager,
    actor: User,
    action: string,
    matchId: string,
    details: Record<string, unknown> = {},
  ): void {
    new AuditService(em, this.requestId).record({ actor, action, subjectType: 'Match', subjectId: matchId, details });
  }

  private invite(match: Match, now: Date): void {
    match.approvedAt = now;
    match.invitationExpiresAt = new Date(now.getTime() + this.deps.invitationTtlMs);
  }

  private async reload(id: string): Promise<Match> {
    return this.em.findOneOrFail(Match, { id }, { populate: ['entrepreneur', 'supporter', 'demand'] });
  }
}

function invitation(match: Match): { id: string; kind: string; supporterUserId: string } {
  return { id: match.id, kind: match.kind, supporterUserId: match.supporter.id };
}
