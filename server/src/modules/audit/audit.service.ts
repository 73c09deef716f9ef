import type { EntityManager } from '@mikro-orm/core';
import { User } from '../accounts/user.entity.js';
import { AuditEntry } from './audit-entry.entity.js';

export interface AuditRecord {
  actor: User | null;
  action: string;
  subjectType: string;
  subjectId?: string | null;
  details?: Record<string, unknown>;
}

export class AuditService {
  constructor(
    private readonly em: EntityManager,
    private readonly requestId: string | null = null,
  ) {}

  /** Adds an entry to the unit of work: it is written with the change it describes, in one transaction. */
  record(entry: AuditRecord): AuditEntry {
    const audit = this.em.create(AuditEntry, {
      actor: entry.actor,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId ?? null,
      details: entry.details ?? {},
      requestId: this.requestId,
      createdAt: new Date(),
    });
    this.em.persist(audit);
    return audit;
  }

  /**
   * Someone read other people's sensitive data (a profile, a request): one entry per person read, so
   * each person finds it among the entries about her. Written at once in a unit of work of its own,
   * since a read has no transaction to ride on.
   */
  async recordReads(
    actor: User,
    action: string,
    ownerIds: readonly string[],
    details: Record<string, unknown> = {},
  ): Promise<void> {
    const others = [...new Set(ownerIds)].filter((id) => id !== actor.id);
    if (others.length === 0) return;
    const em = this.em.fork();
    const audit = new AuditService(em, this.requestId);
    for (const ownerId of others) {
      audit.record({
        actor: em.getReference(User, actor.id),
        action,
        subjectType: 'User',
        subjectId: ownerId,
        details,
      });
    }
    await em.flush();
  }

  async list(filter: { action?: string; subjectId?: string }, limit: number, offset: number): Promise<AuditEntry[]> {
    return this.em.find(
      AuditEntry,
      {
        ...(filter.action ? { action: filter.action } : {}),
        ...(filter.subjectId ? { subjectId: filter.subjectId } : {}),
      },
      { orderBy: { createdAt: 'desc', id: 'asc' }, limit, offset },
    );
  }
}
