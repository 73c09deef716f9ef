// Test data for the matching feature with meaningful defaults: a Spanish-speaking entrepreneur in
// San José, a verified mentor there with room. Tests override only what matters to them.
import type { Need, SupportKind } from '@aliadas/shared';
import type { EntityManager, MikroORM } from '@mikro-orm/core';
import type { Role } from '@aliadas/shared';
import { hashPassword } from '../accounts/passwords.js';
import { Session } from '../accounts/session.entity.js';
import { hashSessionToken, newSessionToken } from '../accounts/session-tokens.js';
import { UserRole } from '../accounts/user-role.entity.js';
import { User } from '../accounts/user.entity.js';
import { EntrepreneurProfile } from '../profiles/entrepreneur-profile.entity.js';
import { SupporterProfile } from '../profiles/supporter-profile.entity.js';
import { Demand } from './demand.entity.js';
import { splitIntoDemands } from './demand-split.js';
import type { MatchStatus } from './match-lifecycle.js';
import { Match } from './match.entity.js';
import { MatchTransition } from './match-transition.entity.js';
import { SupportRequest } from './support-request.entity.js';

let serial = 0;
let passwordHash: Promise<string> | undefined;

export interface Someone {
  id: string;
  token: string;
}

async function someone(em: EntityManager, roles: Role[], displayName: string): Promise<{ user: User; token: string }> {
  serial += 1;
  passwordHash ??= hashPassword('a-long-test-password');
  const user = em.create(User, {
    email: `matching${serial}-${Date.now()}@test.aliadas`,
    displayName,
    passwordHash: await passwordHash,
  });
  for (const role of roles) user.roleGrants.add(em.create(UserRole, { user, role }));
  const token = newSessionToken();
  em.create(Session, { user, tokenHash: hashSessionToken(token), expiresAt: new Date(Date.now() + 86_400_000) });
  return { user, token };
}

export async function makeEntrepreneur(
  orm: MikroORM,
  overrides: Partial<Omit<EntrepreneurProfile, 'user' | 'id'>> = {},
): Promise<Someone> {
  const em = orm.em.fork();
  const { user, token } = await someone(em, ['ENTREPRENEUR'], `Entrepreneur ${serial + 1}`);
  em.create(EntrepreneurProfile, {
    user,
    countryOfResidence: 'CR',
    countryOfOrigin: 'NI',
    city: 'San José',
    languages: [{ language: 'es', level: 'NATIVE' }],
    sector: 'FOOD',
    businessStage: 'STARTING',
    modalities: ['CHAT'],
    availability: { timeZone: 'America/Costa_Rica', slots: [{ day: 2, startMinute: 18 * 60, endMinute: 20 * 60 }] },
    ...overrides,
  });
  await em.flush();
  return { id: user.id, token };
}

export async function makeSupporter(
  orm: MikroORM,
  overrides: Partial<Omit<SupporterProfile, 'user' | 'id'>> = {},
  roles?: Role[],
): Promise<Someone> {
  const em = orm.em.fork();
  const kinds: SupportKind[] = overrides.supportKinds ?? ['MENTOR'];
  const defaultRoles: Role[] = kinds.includes('MENTOR') ? ['MENTOR'] : ['ADVISER'];
  const { user, token } = await someone(em, roles ?? defaultRoles, `Supporter ${serial + 1}`);
  em.create(SupporterProfile, {
    user,
    supportKinds: kinds,
    needs: ['BUSINESS_PLAN', 'MARKETING_SALES', 'SEED_CAPITAL'],
    languages: [{ language: 'es', level: 'NATIVE' }],
    jurisdictions: [],
    sectors: ['FOOD'],
    businessStages: ['STARTING', 'RUNNING'],
    capacity: 3,
    availability: { timeZone: 'America/Costa_Rica', slots: [{ day: 2, startMinute: 17 * 60, endMinute: 21 * 60 }] },
    modalities: ['CHAT', 'CALL', 'IN_PERSON'],
    country: 'CR',
    city: 'San José',
    verified: true,
    active: true,
    ...overrides,
  });
  await em.flush();
  return { id: user.id, token };
}

export async function makeStaff(orm: MikroORM, role: 'COORDINATOR' | 'ADMIN' = 'COORDINATOR'): Promise<Someone> {
  const em = orm.em.fork();
  const { user, token } = await someone(em, [role], `Coordinator ${serial + 1}`);
  await em.flush();
  return { id: user.id, token };
}

/** An open request (and its demands) written straight to the database; returns the demand ids by kind. */
export async function makeRequest(
  orm: MikroORM,
  entrepreneurId: string,
  needs: Need[] = ['BUSINESS_PLAN'],
  overrides: Partial<Pick<SupportRequest, 'urgency' | 'modality' | 'languages' | 'createdAt'>> = {},
): Promise<{ requestId: string; demands: Partial<Record<SupportKind, string>> }> {
  const em = orm.em.fork();
  const profile = await em.findOneOrFail(EntrepreneurProfile, { user: entrepreneurId });
  const request = em.create(SupportRequest, {
    entrepreneur: em.getReference(User, entrepreneurId),
    needs,
    urgency: 'NORMAL',
    languages: profile.languages,
    modality: 'CHAT',
    ...overrides,
  });
  const demands: Partial<Record<SupportKind, string>> = {};
  for (const part of splitIntoDemands(needs)) {
    const demand = em.create(Demand, {
      request,
      entrepreneur: em.getReference(User, entrepreneurId),
      kind: part.kind,
      needs: part.needs,
    });
    demands[part.kind] = demand.id;
  }
  await em.flush();
  return { requestId: request.id, demands };
}

/**
 * A match put straight into a status (with a matching history row), for tests of what may happen next.
 * The demand follows: PROPOSED, MATCHED for seat statuses, COMPLETED, or OPEN after an ending.
 */
export async function makeMatchIn(
  orm: MikroORM,
  status: MatchStatus,
  parties: { entrepreneurId: string; supporterId: string; demandId: string },
  invitationExpiresAt: Date | null = new Date(Date.now() + 3_600_000),
): Promise<string> {
  const em = orm.em.fork();
  const demand = await em.findOneOrFail(Demand, { id: parties.demandId });
  const approved = status !== 'PROPOSED' && status !== 'REJECTED';
  const match = em.create(Match, {
    demand,
    entrepreneur: em.getReference(User, parties.entrepreneurId),
    supporter: em.getReference(User, parties.supporterId),
    kind: demand.kind,
    status,
    score: 50,
    reasons: [],
    origin: 'HAND',
    approvedAt: approved ? new Date() : null,
    invitationExpiresAt: status === 'APPROVED' ? invitationExpiresAt : null,
  });
  em.create(MatchTransition, { match, toStatus: status, actorRole: 'SYSTEM', at: new Date() });
  demand.status =
    status === 'PROPOSED'
      ? 'PROPOSED'
      : ['APPROVED', 'ACCEPTED', 'ACTIVE'].includes(status)
        ? 'MATCHED'
        : status === 'COMPLETED'
          ? 'COMPLETED'
          : 'OPEN';
  await em.flush();
  return match.id;
}
