// Contact details (her choice to share them, and who sees them) and a psychosocial adviser's case notes.
import type { EntityManager } from '@mikro-orm/core';
import { isUUID } from 'class-validator';
import type { DomainEventPublisher } from '../../domain-events.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../../errors.js';
import type { LoginThrottle } from '../accounts/login-throttle.js';
import { User } from '../accounts/user.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { Match } from '../matching/match.entity.js';
import type { MatchingDependencies } from '../matching/matching.hooks.js';
import { deleteAccount, type DeletionSummary } from './account-deletion.js';
import { CaseNote } from './case-note.entity.js';
import { exportPersonalData, type DataExport } from './data-export.js';
import { canSeeContactDetails, isCaseAdviser } from './privacy.policy.js';

/** E.164: a plus, a country code that does not start with 0, at most 15 digits in all. */
export const E164 = /^\+[1-9]\d{6,14}$/;
export const CASE_NOTE_MAX_LENGTH = 5000;

export interface ContactDetailsData {
  email: string | null;
  phone: string | null;
}

export interface PrivacyDependencies {
  matching: MatchingDependencies;
  events: DomainEventPublisher;
  loginThrottle: LoginThrottle;
}

export class PrivacyService {
  private readonly contactReads: { viewerId: string; ownerId: string; matchId: string }[] = [];
  private contactReadsWritten: Promise<void> | null = null;

  constructor(
    private readonly em: EntityManager,
    private readonly deps: PrivacyDependencies,
    private readonly requestId: string | null = null,
  ) {}

  private now(): Date {
    return this.deps.matching.clock();
  }

  /** Everything held about her, as JSON to download. */
  exportMyData(actor: User): Promise<DataExport> {
    return exportPersonalData(this.em, actor.id, this.now());
  }

  /** She deletes her account, after typing her password again. */
  deleteMyAccount(actor: User, password: string): Promise<DeletionSummary> {
    return deleteAccount(this.em, actor, password, { ...this.deps, requestId: this.requestId });
  }

  async updateContactDetails(
    actor: User,
    input: { phone?: string | null; shareContactDetails: boolean },
  ): Promise<User> {
    const phone = input.phone === undefined ? undefined : normalizePhone(input.phone);
    return this.em.transactional(async (em) => {
      const user = await em.findOneOrFail(User, { id: actor.id }, { populate: ['roleGrants'] });
      if (phone !== undefined) user.phone = phone;
      user.shareContactDetails = input.shareContactDetails;
      return user;
    });
  }

  /**
   * The owner's email and phone as `viewer` may see them in this match, or null. Each time they are
   * shown to the other person, the read goes to the audit log.
   */
  async contactDetailsIn(viewer: User, match: Match, owner: User): Promise<ContactDetailsData | null> {
    if (!canSeeContactDetails(viewer, match, owner)) return null;
    await this.auditContactRead(viewer.id, owner.id, match.id);
    return { email: owner.email ?? null, phone: owner.phone ?? null };
  }

  /**
   * The contact reads of one response are written together: a list's field resolvers start side by
   * side, so waiting for the current turn of the event loop to end gathers them into one insert.
   */
  private auditContactRead(viewerId: string, ownerId: string, matchId: string): Promise<void> {
    this.contactReads.push({ viewerId, ownerId, matchId });
    this.contactReadsWritten ??= new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
      const reads = this.contactReads.splice(0);
      this.contactReadsWritten = null;
      // A separate unit of work: a query's field resolvers run side by side and must not share a flush.
      const em = this.em.fork();
      const audit = new AuditService(em, this.requestId);
      for (const read of reads) {
        audit.record({
          actor: em.getReference(User, read.viewerId),
          action: 'contact.read',
          subjectType: 'User',
          subjectId: read.ownerId,
          details: { matchId: read.matchId },
        });
      }
      await em.flush();
    });
    return this.contactReadsWritten;
  }

  /** Her own notes on one of her psychosocial cases, oldest first. Nobody else reads them. */
  async caseNotes(actor: User, matchId: string): Promise<CaseNote[]> {
    await this.caseOf(actor, matchId);
    return this.em.find(CaseNote, { match: matchId, author: actor.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  async addCaseNote(actor: User, matchId: string, body: string): Promise<CaseNote> {
    const text = body.trim();
    if (!text) throw new BadUserInputError('caseNote.empty', 'Write something before saving the note.');
    if ([...text].length > CASE_NOTE_MAX_LENGTH) {
      throw new BadUserInputError('caseNote.tooLong', 'This note is too long.', { max: CASE_NOTE_MAX_LENGTH });
    }
    const match = await this.caseOf(actor, matchId);
    if (match.status !== 'ACTIVE') {
      throw new ConflictError('caseNote.caseNotActive', 'Notes are written while the case is active.', {
        status: match.status,
      });
    }
    return this.em.transactional(async (em) => {
      return em.create(CaseNote, {
        match: em.getReference(Match, match.id),
        author: em.getReference(User, actor.id),
        body: text,
        createdAt: this.now(),
      });
    });
  }

  /** Not her case (or no such match): the same answer, so a note's existence is never revealed. */
  private async caseOf(actor: User, matchId: string): Promise<Match> {
    // An id that cannot be a match's is no match: PostgreSQL would refuse it as a uuid.
    if (!isUUID(matchId)) throw new NotFoundError('Case');
    const match = await this.em.findOne(Match, { id: matchId });
    if (!match || !isCaseAdviser(actor, match)) throw new NotFoundError('Case');
    return match;
  }
}

export function normalizePhone(phone: string | null): string | null {
  if (phone === null) return null;
  const compact = phone.replace(/[\s().-]/g, '');
  if (compact === '') return null;
  if (!E164.test(compact)) {
    throw new BadUserInputError(
      'privacy.phoneFormat',
      'Write the phone number with its country code, for example +50688887777.',
    );
  }
  return compact;
}
