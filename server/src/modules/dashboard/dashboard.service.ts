// The coordinators' dashboard: demand against supply, why demands stay open, time to match, capacity
// used and feedback on matches that ended. Counts only (no names, no ids leave this file), computed from a fixed number of narrow queries
// whatever the size of the network.
import {
  type CountryCode,
  type Need,
  type SupportKind,
  kindsForNeed,
  SUPPORT_KINDS,
  USABLE_LANGUAGE_LEVELS,
  type LanguageSkill,
} from '@aliadas/shared';
import { raw, type EntityManager, type FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { ForbiddenError, NotFoundError } from '../../errors.js';
import type { User } from '../accounts/user.entity.js';
import { feedbackFigures } from '../feedback/feedback.figures.js';
import { Demand } from '../matching/demand.entity.js';
import { SEAT_STATUSES } from '../matching/match-lifecycle.js';
import { Match } from '../matching/match.entity.js';
import { MatchingRound } from '../matching/matching-round.entity.js';
import { SupportRequest } from '../matching/support-request.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { EntrepreneurProfile } from '../profiles/entrepreneur-profile.entity.js';
import { SupporterProfile } from '../profiles/supporter-profile.entity.js';
import type {
  CountryFigures,
  Dashboard,
  NeedLanguageFigures,
  TimeToMatchFigures,
  UnmatchedReasonFigures,
} from './dashboard.types.js';

export interface DashboardFilter {
  countries?: readonly CountryCode[] | null;
  organizationId?: string | null;
}

const HOUR_MS = 3_600_000;
/** Matches that were approved but never helped her: the demand went back to waiting. */
const NOT_HELPED = ['DECLINED', 'EXPIRED'] as const;

interface SupplySide {
  userId: string;
  country: CountryCode;
  capacity: number;
  seatsUsed: number;
  kinds: readonly SupportKind[];
  needs: readonly Need[];
  languages: readonly LanguageSkill[];
  verified: boolean;
}

export class DashboardService {
  constructor(
    private readonly em: EntityManager,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async figures(actor: User, filter: DashboardFilter): Promise<Dashboard> {
    if (!actor.hasRole('COORDINATOR', 'ADMIN')) throw new ForbiddenError();
    const scope = await this.scope(filter);
    const inScope = (country: CountryCode | undefined): country is CountryCode =>
      country !== undefined && (!scope.countries || scope.countries.has(country));

    // 1. Where each entrepreneur lives (the only thing read about her).
    const residents = await this.em.find(
      EntrepreneurProfile,
      scope.countries ? { countryOfResidence: { $in: [...scope.countries] } } : {},
      { fields: ['user', 'countryOfResidence'] },
    );
    const countryOf = new Map(residents.map((p) => [p.user.id, p.countryOfResidence]));

    // 2–3. Open demands and the languages of their requests.
    const demands = (
      await this.em.find(Demand, { status: 'OPEN' }, { fields: ['kind', 'needs', 'entrepreneur', 'request'] })
    ).filter((d) => inScope(countryOf.get(d.entrepreneur.id)));
    const requestLanguages = new Map(
      (await this.em.find(SupportRequest, { status: 'OPEN' }, { fields: ['languages'] })).map((r) => [
        r.id,
        r.languages,
      ]),
    );

    // 4–5. Supporters and the seats their matches hold. Anyone can serve by chat across borders, so the
    // need × language supply counts them all; totals and countries count those living in scope.
    const supply = await this.supply(scope.organizationId);
    const local = supply.filter((s) => !scope.countries || scope.countries.has(s.country));

    // 6. The latest round's reasons, for the demands it left open that are still open.
    const unmatched = await this.unmatchedReasons(new Set(demands.map((d) => d.id)));

    // 7. Approved matches, for the time to match.
    const organizationSupporters = scope.organizationId ? new Set(supply.map((s) => s.userId)) : null;
    const timeToMatch = await this.timeToMatch(
      (entrepreneurId) => inScope(countryOf.get(entrepreneurId)),
      organizationSupporters,
    );

    // 8–10. Feedback on matches that ended, counted by the same filters.
    const feedback = await feedbackFigures(
      this.em,
      (entrepreneurId, supporterId) =>
        inScope(countryOf.get(entrepreneurId)) && (!organizationSupporters || organizationSupporters.has(supporterId)),
    );

    return {
      generatedAt: this.now(),
      totals: {
        openDemands: demands.length,
        supporters: local.length,
        seats: sum(local.map((s) => s.capacity)),
        seatsUsed: sum(local.map((s) => s.seatsUsed)),
      },
      demandSupply: needLanguageFigures(
        demands.map((d) => ({ needs: d.needs, languages: requestLanguages.get(d.request.id) ?? [] })),
        supply,
      ),
      countries: countryFigures(
        demands.map((d) => countryOf.get(d.entrepreneur.id)!),
        local,
      ),
      unmatchedReasons: unmatched.reasons,
      unmatchedRoundAt: unmatched.at,
      timeToMatch,
      feedback,
    };
  }

  private async scope(filter: DashboardFilter): Promise<{
    countries: Set<CountryCode> | null;
    organizationId: string | null;
  }> {
    let countries = filter.countries && filter.countries.length > 0 ? [...filter.countries] : null;
    if (filter.organizationId) {
      const organization = await this.em.findOne(
        Organization,
        { id: filter.organizationId },
        { fields: ['countries'] },
      );
      if (!organization) throw new NotFoundError('Organization');
      countries = countries ? countries.filter((c) => organization.countries.includes(c)) : [...organization.countries];
    }
    return { countries: countries ? new Set(countries) : null, organizationId: filter.organizationId ?? null };
  }

  /** Active supporters with their seats used, counted in SQL per supporter. */
  private async supply(organizationId: string | null): Promise<SupplySide[]> {
    const where: FilterQuery<SupporterProfile> = { active: true };
    if (organizationId) where.organization = organizationId;
    const profiles = await this.em.find(SupporterProfile, where, {
      fields: ['user', 'country', 'capacity', 'supportKinds', 'needs', 'languages', 'verified'],
    });
    const rows = await (this.em as SqlEntityManager)
      .createQueryBuilder(Match)
      .select(['supporter', raw('count(*) as seats')])
      .where({ status: { $in: [...SEAT_STATUSES] } })
      .groupBy('supporter')
      .execute<{ supporter: string; seats: number | string }[]>('all');
    const seats = new Map(rows.map((r) => [r.supporter, Number(r.seats)]));
    return profiles.map((p) => ({
      userId: p.user.id,
      country: p.country,
      capacity: p.capacity,
      seatsUsed: seats.get(p.user.id) ?? 0,
      kinds: p.supportKinds,
      needs: p.needs,
      languages: p.languages,
      verified: p.verified,
    }));
  }

  private async unmatchedReasons(
    openDemandIds: ReadonlySet<string>,
  ): Promise<{ reasons: UnmatchedReasonFigures[]; at: Date | null }> {
    const [round] = await this.em.find(
      MatchingRound,
      {},
      { orderBy: { createdAt: 'desc', id: 'desc' }, fields: ['unmatched', 'createdAt'], limit: 1 },
    );
    if (!round) return { reasons: [], at: null };
    const counts = new Map<string, number>();
    for (const u of round.unmatched) {
      if (openDemandIds.has(u.demandId)) counts.set(u.code, (counts.get(u.code) ?? 0) + 1);
    }
    const reasons = [...counts].map(([code, count]) => ({ code, count }));
    reasons.sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
    return { reasons, at: round.createdAt };
  }

  private async timeToMatch(
    entrepreneurInScope: (userId: string) => boolean,
    supporters: ReadonlySet<string> | null,
  ): Promise<TimeToMatchFigures[]> {
    const matches = await this.em.find(
      Match,
      { approvedAt: { $ne: null }, status: { $nin: [...NOT_HELPED] } },
      { fields: ['kind', 'approvedAt', 'entrepreneur', 'supporter', 'demand.request.createdAt'] },
    );
    const waits = new Map<SupportKind | null, number[]>([[null, []]]);
    for (const m of matches) {
      if (!entrepreneurInScope(m.entrepreneur.id)) continue;
      if (supporters && !supporters.has(m.supporter.id)) continue;
      const hours = (m.approvedAt!.getTime() - m.demand.request.createdAt.getTime()) / HOUR_MS;
      waits.get(null)!.push(hours);
      if (!waits.has(m.kind)) waits.set(m.kind, []);
      waits.get(m.kind)!.push(hours);
    }
    const order = (kind: SupportKind | null) => (kind === null ? -1 : SUPPORT_KINDS.indexOf(kind));
    return [...waits]
      .sort(([a], [b]) => order(a) - order(b))
      .map(([kind, hours]) => {
        hours.sort((a, b) => a - b);
        return {
          kind,
          matched: hours.length,
          medianHours: percentile(hours, 0.5),
          p90Hours: percentile(hours, 0.9),
        };
      });
  }
}

/** Nearest-rank percentile of sorted values, in hours to one decimal; null when there are none. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const value = sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
  return Math.round(value * 10) / 10;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function usableLanguages(skills: readonly LanguageSkill[]): Set<string> {
  return new Set(skills.filter((s) => USABLE_LANGUAGE_LEVELS.includes(s.level)).map((s) => s.language));
}

/** A supporter can serve a need when she offers a kind that serves it (verified, for adviser kinds). */
function serves(s: SupplySide, need: Need): boolean {
  if (!s.needs.includes(need)) return false;
  return kindsForNeed(need).some((k) => s.kinds.includes(k) && (k === 'MENTOR' || s.verified));
}

function needLanguageFigures(
  demands: readonly { needs: readonly Need[]; languages: readonly LanguageSkill[] }[],
  supply: readonly SupplySide[],
): NeedLanguageFigures[] {
  const cells = new Map<string, NeedLanguageFigures>();
  const cell = (need: Need, language: string) => {
    const key = `${need}|${language}`;
    let found = cells.get(key);
    if (!found) cells.set(key, (found = { need, language, demand: 0, supply: 0 }));
    return found;
  };
  for (const d of demands) {
    for (const language of usableLanguages(d.languages)) for (const need of d.needs) cell(need, language).demand += 1;
  }
  for (const s of supply) {
    const free = Math.max(0, s.capacity - s.seatsUsed);
    if (free === 0) continue;
    for (const language of usableLanguages(s.languages)) {
      for (const need of s.needs) if (serves(s, need)) cell(need, language).supply += free;
    }
  }
  return [...cells.values()].sort(
    (a, b) =>
      b.demand - b.supply - (a.demand - a.supply) ||
      b.demand - a.demand ||
      a.need.localeCompare(b.need) ||
      a.language.localeCompare(b.language),
  );
}

function countryFigures(demandCountries: readonly CountryCode[], supply: readonly SupplySide[]): CountryFigures[] {
  const rows = new Map<CountryCode, CountryFigures>();
  const row = (country: CountryCode) => {
    let found = rows.get(country);
    if (!found) rows.set(country, (found = { country, openDemands: 0, supporters: 0, seats: 0, seatsUsed: 0 }));
    return found;
  };
  for (const country of demandCountries) row(country).openDemands += 1;
  for (const s of supply) {
    const r = row(s.country);
    r.supporters += 1;
    r.seats += s.capacity;
    r.seatsUsed += s.seatsUsed;
  }
  return [...rows.values()].sort(
    (a, b) => b.openDemands - a.openDemands || b.seats - a.seats || a.country.localeCompare(b.country),
  );
}
