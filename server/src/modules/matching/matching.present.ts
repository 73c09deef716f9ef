// Turns engine results and entities into the GraphQL shapes of matching.types.ts.
import type { ExplainedReason, Reason as EngineReason } from '@aliadas/shared';
import { wrap, type EntityManager } from '@mikro-orm/core';
import { User } from '../accounts/user.entity.js';
import type { MatchParty, Reason } from './matching.types.js';

export function toReasons(reasons: readonly (ExplainedReason | EngineReason)[]): Reason[] {
  return reasons.map((r) => ({
    code: r.code,
    params: { ...r.params },
    contribution: 'contribution' in r ? r.contribution : null,
  }));
}

export function toParty(user: Pick<User, 'id' | 'displayName' | 'deletedAt'>): MatchParty {
  return { userId: user.id, displayName: user.displayName, accountDeleted: user.deletedAt != null };
}

/** Display names of these people, in one query. */
export async function partiesOf(em: EntityManager, userIds: readonly string[]): Promise<Map<string, MatchParty>> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return new Map();
  const users = await em.find(User, { id: { $in: unique } }, { fields: ['id', 'displayName', 'deletedAt'] });
  return new Map(users.map((u) => [u.id, toParty(u)]));
}

/** The entity itself when loaded, otherwise read once (a reference made inside a transaction). */
export async function loaded<T extends object>(entity: T): Promise<T> {
  if (wrap(entity).isInitialized()) return entity;
  const found = await wrap(entity).init();
  if (!found) throw new Error('A referenced record disappeared');
  return found;
}
