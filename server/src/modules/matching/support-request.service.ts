// An entrepreneur's requests: creating one splits it into demands; withdrawing one ends everything in
// flight for it; recommendations say who fits best, and why, or why nobody does.
import { recommend, USABLE_LANGUAGE_LEVELS } from '@aliadas/shared';
import type { LanguageSkill } from '@aliadas/shared';
import type { EntityManager } from '@mikro-orm/core';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../errors.js';
import { User } from '../accounts/user.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { EntrepreneurProfile } from '../profiles/entrepreneur-profile.entity.js';
import { Demand } from './demand.entity.js';
import { splitIntoDemands } from './demand-split.js';
import { LIVE_STATUSES } from './match-lifecycle.js';
import { applyTransition, inTransaction } from './match-transitions.js';
import { Match } from './match.entity.js';
import { demandCandidate, loadPairHistory, loadSupporters } from './matching.candidates.js';
import type { MatchingDependencies, MatchingEvent } from './matching.hooks.js';
import type { SupportRequestInput } from './matching.inputs.js';
import { isMatchingStaff } from './matching.policy.js';
import type { RecommendationResult } from './matching.types.js';
import { SupportRequest } from './support-request.entity.js';
import { partiesOf, toReasons } from './matching.present.js';

/** Enough for a mentor, a lawyer and a psychosocial adviser asked separately, not enough to flood a round. */
export const MAX_OPEN_REQUESTS = 5;

export class SupportRequestService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: MatchingDependencies,
    private readonly requestId: string | null = null,
  ) {}

  async create(actor: User, input: SupportRequestInput): Promise<SupportRequest> {
    if (!actor.hasRole('ENTREPRENEUR')) throw new ForbiddenError();
    const profile = await this.em.findOne(EntrepreneurProfile, { user: actor.id });
    if (!profile) {
      throw new BadUserInputError(
        'matching.profileRequired',
        'Tell us about yourself and your business first, so that we can find the right people.',
      );
    }
    const languages = checkLanguages(input.languages ?? profile.languages);
    const parts = splitIntoDemands(input.needs);
    if (parts.length === 0) throw new BadUserInputError('matching.needsRequired', 'Choose at least one need.');
    const now = this.deps.clock();

    return inTransaction(this.em, async (em) => {
      const open = await em.count(SupportRequest, { entrepreneur: actor.id, status: 'OPEN' });
      if (open >= MAX_OPEN_REQUESTS) {
        throw new ConflictError('matching.tooManyOpenRequests', 'You already have several open requests.', {
          max: MAX_OPEN_REQUESTS,
        });
      }
      // One supporter per kind at a time: a second request for the same kind would compete with the first.
      const live = await em.find(Demand, {
        entrepreneur: actor.id,
        status: { $in: ['OPEN', 'PROPOSED', 'MATCHED'] },
        kind: { $in: parts.map((p) => p.kind) },
      });
      if (live.length > 0) {
        throw new ConflictError('matching.kindAlreadyRequested', 'You already asked for this kind of support.', {
          kinds: [...new Set(live.map((d) => d.kind))],
        });
      }
      const request = em.create(SupportRequest, {
        entrepreneur: em.getReference(User, actor.id),
        needs: [...new Set(input.needs)],
        urgency: input.urgency,
        languages,
        modality: input.modality,
        description: input.description?.trim() || null,
        createdAt: now,
        updatedAt: now,
      });
      for (const part of parts) {
        request.demands.add(
          em.create(Demand, {
            request,
            entrepreneur: em.getReference(User, actor.id),
            kind: part.kind,
            needs: part.needs,
            createdAt: now,
            updatedAt: now,
          }),
        );
      }
      return request;
    });
  }

  async mine(actor: User): Promise<SupportRequest[]> {
    return this.em.find(
      SupportRequest,
      { entrepreneur: actor.id },
      { populate: ['demands'], orderBy: { createdAt: 'desc', id: 'asc' } },
    );
  }

  /** Ends the request: its demands close and every match in flight is withdrawn, conversations included. */
  async withdraw(actor: User, requestId: string): Promise<SupportRequest> {
    const events: MatchingEvent[] = [];
    const request = await inTransaction(this.em, async (em) => {
      const request = await em.findOne(SupportRequest, { id: requestId }, { populate: ['demands'] });
      if (!request) throw new NotFoundError('Support request');
      if (request.entrepreneur.id !== actor.id) throw new ForbiddenError('matching.notYourRequest');
      if (request.status !== 'OPEN') {
        throw new ConflictError('matching.requestNotOpen', 'This request is already closed.', {
          status: request.status,
        });
      }
      const now = this.deps.clock();
      const matches = await em.find(
        Match,
        { demand: { request: request.id }, status: { $in: [...LIVE_STATUSES] } },
        { populate: ['demand', 'entrepreneur', 'supporter'] },
      );
      for (const match of matches) {
        const wasActive = match.status === 'ACTIVE';
        events.push(
          applyTransition(em, match, {
            to: 'WITHDRAWN',
            as: 'ENTREPRENEUR',
            actor,
            at: now,
            reason: 'NO_LONGER_NEEDED',
          }),
        );
        if (wasActive) {
          await this.deps.conversations.closeConversationForMatch(em, match.id);
          await this.deps.endings.matchEnded(em, {
            id: match.id,
            kind: match.kind,
            entrepreneurUserId: match.entrepreneur.id,
            supporterUserId: match.supporter.id,
          });
        }
      }
      for (const demand of request.demands) {
        if (demand.status !== 'COMPLETED') demand.status = 'WITHDRAWN';
      }
      request.status = 'WITHDRAWN';
      request.withdrawnAt = now;
      return request;
    });
    events.forEach((e) => this.deps.publish(e));
    return request;
  }

  /** The best supporters for one of her demands (staff may look at anyone's), or why nobody fits. */
  async recommendations(actor: User, demandId: string, limit: number): Promise<RecommendationResult> {
    const demand = await this.em.findOne(Demand, { id: demandId }, { populate: ['request', 'entrepreneur'] });
    if (!demand) throw new NotFoundError('Demand');
    if (demand.entrepreneur.id !== actor.id && !isMatchingStaff(actor)) {
      throw new ForbiddenError('matching.notYourRequest');
    }
    await new AuditService(this.em, this.requestId).recordReads(actor, 'demand.read', [demand.entrepreneur.id], {
      via: 'recommendations',
      demandId: demand.id,
    });
    const profile = await this.em.findOne(EntrepreneurProfile, { user: demand.entrepreneur.id });
    if (!profile) throw new NotFoundError('Entrepreneur profile');
    const candidate = demandCandidate(demand, profile, this.deps.clock());
    const supporters = await loadSupporters(this.em, { kinds: [demand.kind] }, true);
    const history = await loadPairHistory(this.em, this.deps.blocks, [demand.entrepreneur.id]);
    const result = recommend(candidate, supporters, history, { limit });
    const parties = await partiesOf(
      this.em,
      result.recommendations.map((r) => r.supporterUserId),
    );
    return {
      demandId: demand.id,
      feasibleCount: result.feasibleCount,
      recommendations: result.recommendations.map((r) => ({
        supporter: parties.get(r.supporterUserId)!,
        score: r.score,
        reasons: toReasons(r.reasons),
      })),
      blockedBy: result.blockedBy
        ? { code: result.blockedBy.code, params: result.blockedBy.params, failedCounts: result.blockedBy.counts }
        : null,
    };
  }
}

function checkLanguages(languages: readonly LanguageSkill[]): LanguageSkill[] {
  const codes = languages.map((l) => l.language);
  if (new Set(codes).size !== codes.length) {
    throw new BadUserInputError('profile.languageRepeated', 'Each language once, please.');
  }
  if (!languages.some((l) => USABLE_LANGUAGE_LEVELS.includes(l.level))) {
    throw new BadUserInputError(
      'matching.noUsableLanguage',
      'Choose at least one language you can hold a conversation in.',
      { levels: [...USABLE_LANGUAGE_LEVELS] },
    );
  }
  return languages.map((l) => ({ language: l.language, level: l.level }));
}
