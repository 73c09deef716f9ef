import type { EntityManager } from '@mikro-orm/core';
import type { User } from '../accounts/user.entity.js';
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
