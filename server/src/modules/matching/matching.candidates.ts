// Turns what the database holds into what the pure engine reads: demands, supporters and the history
// between people. The one place where the matching feature reads profiles.
import type {
  CountryCode,
  DemandCandidate,
  PairHistory,
  SupportKind,
  SupporterCandidate,
  SupporterTrackRecord,
} from '@aliadas/shared';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { loadTrackRecords } from '../feedback/track-records.js';
import { EntrepreneurProfile } from '../profiles/entrepreneur-profile.entity.js';
import { SupporterProfile } from '../profiles/supporter-profile.entity.js';
import { Demand } from './demand.entity.js';
import { LIVE_STATUSES, SEAT_STATUSES, type MatchStatus } from './match-lifecycle.js';
import { Match } from './match.entity.js';
import type { BlockSource } from './matching.hooks.js';

const DAY_MS = 86_400_000;

export function demandCandidate(demand: Demand, profile: EntrepreneurProfile, now: Date): DemandCandidate {
  const request = demand.request;
  return {
    id: demand.id,
    entrepreneurId: demand.entrepreneur.id,
    entrepreneurUserId: demand.entrepreneur.id,
    kind: demand.kind,
    needs: demand.needs,
    languages: request.languages,
    countryOfResidence: profile.countryOfResidence,
    city: profile.city,
    sector: profile.sector ?? null,
    businessStage: profile.businessStage,
    modality: request.modality,
    availability: profile.availability,
    urgency: request.urgency,
    waitingSince: request.createdAt.toISOString(),
    daysWaiting: Math.max(0, Math.floor((now.getTime() - request.createdAt.getTime()) / DAY_MS)),
  };
}

export function supporterCandidate(
  profile: SupporterProfile,
  activeLoad: number,
  trackRecord: SupporterTrackRecord | null = null,
): SupporterCandidate {
  return {
    id: profile.id,
    userId: profile.user.id,
    supportKinds: profile.supportKinds,
    needs: profile.needs,
    languages: profile.languages,
    jurisdictions: profile.jurisdictions,
    sectors: profile.sectors,
    businessStages: profile.businessStages,
    country: profile.country,
    city: profile.city,
    modalities: profile.modalities,
    availability: profile.availability,
    capacity: profile.capacity,
    activeLoad,
    verified: profile.verified,
    active: profile.active,
    trackRecord,
  };
}

/** One supporter's track record, as the score reads it (for a pair scored outside a round). */
export async function loadTrackRecordOf(
  em: EntityManager,
  supporterUserId: string,
): Promise<SupporterTrackRecord | null> {
  return (await loadTrackRecords(em, [supporterUserId])).get(supporterUserId) ?? null;
}

/**
 * Seats taken per supporter. `includeProposed` also counts proposals waiting for a coordinator: a round
 * or a recommendation should not offer a seat another proposal already holds, while the capacity rule
 * itself (enforced at approval) counts only APPROVED, ACCEPTED and ACTIVE.
 */
export async function loadsOf(
  em: EntityManager,
  supporterUserIds: readonly string[] | undefined,
  includeProposed: boolean,
): Promise<Map<string, number>> {
  const statuses = includeProposed ? LIVE_STATUSES : SEAT_STATUSES;
  const where: FilterQuery<Match> = { status: { $in: [...statuses] } };
  if (supporterUserIds) where.supporter = { $in: [...supporterUserIds] };
  const rows = await em.find(Match, where, { fields: ['supporter'] });
  const loads = new Map<string, number>();
  for (const row of rows) loads.set(row.supporter.id, (loads.get(row.supporter.id) ?? 0) + 1);
  return loads;
}

export interface SupporterFilter {
  userIds?: readonly string[];
  organizationId?: string | null;
  kinds?: readonly SupportKind[];
}

export async function loadSupporters(
  em: EntityManager,
  filter: SupporterFilter,
  includeProposed: boolean,
): Promise<SupporterCandidate[]> {
  const where: FilterQuery<SupporterProfile> = {};
  if (filter.userIds) where.user = { $in: [...filter.userIds] };
  if (filter.organizationId) where.organization = filter.organizationId;
  const profiles = await em.find(SupporterProfile, where, { orderBy: { id: 'asc' } });
  const kinds = filter.kinds && filter.kinds.length > 0 ? filter.kinds : null;
  const relevant = kinds ? profiles.filter((p) => p.supportKinds.some((k) => kinds.includes(k))) : profiles;
  const loads = await loadsOf(em, filter.userIds ? relevant.map((p) => p.user.id) : undefined, includeProposed);
  const records = await loadTrackRecords(
    em,
    relevant.map((p) => p.user.id),
  );
  return relevant.map((p) => supporterCandidate(p, loads.get(p.user.id) ?? 0, records.get(p.user.id) ?? null));
}

export interface DemandFilter {
  /** Countries of residence; undefined for all. */
  countries?: readonly CountryCode[];
  kinds?: readonly SupportKind[];
  demandIds?: readonly string[];
  /** Only demands in these statuses; OPEN unless told. */
  statuses?: readonly Demand['status'][];
}

export interface LoadedDemand {
  demand: Demand;
  profile: EntrepreneurProfile;
  candidate: DemandCandidate;
}

/** Open demands of open requests, oldest request first, with what the engine needs to know of her. */
export async function loadDemands(em: EntityManager, filter: DemandFilter, now: Date): Promise<LoadedDemand[]> {
  const where: FilterQuery<Demand> = {
    status: { $in: [...(filter.statuses ?? ['OPEN'])] },
    request: { status: 'OPEN' },
  };
  if (filter.kinds && filter.kinds.length > 0) where.kind = { $in: [...filter.kinds] };
  if (filter.demandIds) where.id = { $in: [...filter.demandIds] };
  const demands = await em.find(Demand, where, {
    populate: ['request', 'entrepreneur'],
    orderBy: { request: { createdAt: 'asc' }, kind: 'asc', id: 'asc' },
  });
  const userIds = [...new Set(demands.map((d) => d.entrepreneur.id))];
  const profiles = await em.find(EntrepreneurProfile, { user: { $in: userIds } });
  const byUser = new Map(profiles.map((p) => [p.user.id, p]));
  // Undefined means every country; an empty list (an organization outside the countries asked for) none.
  const countries = filter.countries ?? null;
  const loaded: LoadedDemand[] = [];
  for (const demand of demands) {
    const profile = byUser.get(demand.entrepreneur.id);
    if (!profile) continue;
    if (countries && !countries.includes(profile.countryOfResidence)) continue;
    loaded.push({ demand, profile, candidate: demandCandidate(demand, profile, now) });
  }
  return loaded;
}

/**
 * A match in one of these statuses did not go ahead for its demand: that supporter is not put to that
 * demand again. She declined it; a coordinator rejected it (a swap included); the invitation expired
 * unanswered (a silent match is re-routed, not retried); or it was withdrawn and the demand re-opened.
 */
export const TURNED_DOWN_STATUSES: readonly MatchStatus[] = ['DECLINED', 'REJECTED', 'EXPIRED', 'WITHDRAWN'];

/**
 * Blocks (from the chat feature), pairs that ended badly (both ways, every demand) and supporters
 * turned down for a demand still waiting. `among` limits the lists to pairs that involve these users;
 * undefined reads them all (a round).
 */
export async function loadPairHistory(
  em: EntityManager,
  blocks: BlockSource,
  among?: readonly string[],
): Promise<PairHistory> {
  const badWhere: FilterQuery<Match> = { endedBadly: true };
  // Only demands that can still be matched matter (open, or proposed and being curated).
  const turnedDownWhere: FilterQuery<Match> = {
    status: { $in: [...TURNED_DOWN_STATUSES] },
    demand: { status: { $in: ['OPEN', 'PROPOSED'] } },
  };
  if (among) {
    const involving = [{ entrepreneur: { $in: [...among] } }, { supporter: { $in: [...among] } }];
    badWhere.$or = involving;
    turnedDownWhere.$or = involving;
  }
  const bad = await em.find(Match, badWhere, { fields: ['entrepreneur', 'supporter'] });
  const turnedDown = await em.find(Match, turnedDownWhere, { fields: ['demand', 'supporter'] });
  return {
    blocks: await blocks(em, among),
    badEndings: bad.map((m) => ({ entrepreneurUserId: m.entrepreneur.id, supporterUserId: m.supporter.id })),
    turnedDown: turnedDown.map((m) => ({ demandId: m.demand.id, supporterUserId: m.supporter.id })),
  };
}
