// Reports of messages and people: filed by members of a conversation with a snapshot of what they saw,
// handled by coordinators, who read a conversation only through a report, each time on the audit log.
import {
  MESSAGE_PAGE_MAX,
  REPORT_DETAILS_MAX_LENGTH,
  REPORT_REASONS,
  messageLength,
  type ReportReason,
  type ReportStatus,
} from '@aliadas/shared';
import type { EntityManager } from '@mikro-orm/core';
import { takeWriteLock } from '../../db/write-lock.js';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../../errors.js';
import { User } from '../accounts/user.entity.js';
import { AuditService } from '../audit/audit.service.js';
import type { ChatService } from './chat.service.js';
import { isUuid, mayHandleReports, ownMembership } from './chat.policy.js';
import { ConversationMember } from './conversation-member.entity.js';
import { Conversation } from './conversation.entity.js';
import { Message } from './message.entity.js';
import { Report, type ReportSnapshotData } from './report.entity.js';

/** Messages kept on each side of a reported message. */
const AROUND = 5;
/** Messages kept when a person is reported from a conversation. */
const RECENT = 20;

export interface ReportMessageInput {
  messageId: string;
  reason: ReportReason;
  details?: string | null;
}

export interface ReportPersonInput {
  userId: string;
  /** The conversation she reports from; its recent messages go into the snapshot. */
  conversationId?: string | null;
  reason: ReportReason;
  details?: string | null;
}

export interface ReportedConversationData {
  report: Report;
  snapshot: ReportSnapshotData;
  messages: Message[];
  hasMore: boolean;
}

export class ReportService {
  constructor(
    private readonly em: EntityManager,
    private readonly chat: ChatService,
    private readonly requestId: string | null = null,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async reportMessage(reporterId: string, input: ReportMessageInput): Promise<Report> {
    const details = checkReport(input.reason, input.details);
    const message = isUuid(input.messageId)
      ? await this.em.findOne(Message, { id: input.messageId }, { populate: ['conversation'] })
      : null;
    if (!message) throw new NotFoundError('Message');
    const members = await this.membersOf(message.conversationId);
    const me = ownMembership(members, reporterId);
    // In a circle she reports only what she could read: what came after she joined.
    if (!me || message.seq <= me.joinedSeq) throw new NotFoundError('Message');
    if (message.senderId === reporterId) {
      throw new BadUserInputError('report.ownMessage', 'You cannot report your own message.');
    }
    const around = await this.em.find(
      Message,
      { conversation: message.conversationId, seq: { $gte: message.seq - AROUND, $lte: message.seq + AROUND } },
      { orderBy: { seq: 'asc' } },
    );
    return this.file(reporterId, {
      reportedUserId: message.senderId,
      messageId: message.id,
      conversationId: message.conversationId,
      reason: input.reason,
      details,
      snapshot: this.snapshot(message.conversationId, message.id, members, around),
    });
  }

  async reportPerson(reporterId: string, input: ReportPersonInput): Promise<Report> {
    const details = checkReport(input.reason, input.details);
    if (input.userId === reporterId) throw new BadUserInputError('report.self', 'You cannot report yourself.');
    const person = isUuid(input.userId) ? await this.em.findOne(User, { id: input.userId }) : null;
    if (!person) throw new NotFoundError('Person');
    if (!input.conversationId) {
      return this.file(reporterId, {
        reportedUserId: person.id,
        messageId: null,
        conversationId: null,
        reason: input.reason,
        details,
        snapshot: {
          capturedAt: this.now().toISOString(),
          conversationId: null,
          reportedMessageId: null,
          participants: [{ userId: person.id, displayName: person.displayName }],
          messages: [],
        },
      });
    }
    const conversationId = input.conversationId;
    const members = isUuid(conversationId) ? await this.membersOf(conversationId) : [];
    if (!ownMembership(members, reporterId) || !ownMembership(members, person.id)) {
      throw new NotFoundError('Conversation');
    }
    const recent = await this.em.find(
      Message,
      { conversation: conversationId },
      { orderBy: { seq: 'desc' }, limit: RECENT },
    );
    return this.file(reporterId, {
      reportedUserId: person.id,
      messageId: null,
      conversationId,
      reason: input.reason,
      details,
      snapshot: this.snapshot(conversationId, null, members, recent.reverse()),
    });
  }

  /** The coordinators' queue, oldest first so that nobody waits longest. */
  async list(actor: User, status: ReportStatus | null, limit: number, offset: number): Promise<Report[]> {
    assertHandler(actor);
    return this.em.find(Report, status ? { status } : {}, {
      populate: ['reporter', 'reportedUser', 'handledBy'],
      orderBy: { createdAt: 'asc', id: 'asc' },
      limit,
      offset,
    });
  }

  async resolve(actor: User, reportId: string, resolution?: string | null): Promise<Report> {
    assertHandler(actor);
    const note = resolution?.trim() || null;
    if (note && messageLength(note) > REPORT_DETAILS_MAX_LENGTH) {
      throw new BadUserInputError('report.resolutionTooLong', 'The note is too long.', {
        max: REPORT_DETAILS_MAX_LENGTH,
      });
    }
    return this.em.transactional(async (em) => {
      await takeWriteLock(em);
      const report = await this.find(em, reportId);
      if (report.status === 'RESOLVED') return report;
      report.status = 'RESOLVED';
      report.handledBy = em.getReference(User, actor.id);
      report.handledAt = this.now();
      report.resolution = note;
      new AuditService(em, this.requestId).record({
        actor: em.getReference(User, actor.id),
        action: 'report.resolved',
        subjectType: 'Report',
        subjectId: report.id,
        details: { reportedUserId: report.reportedUser.id },
      });
      await em.flush();
      await em.populate(report, ['handledBy']);
      return report;
    });
  }

  /**
   * The reported conversation, paged like the history, with the snapshot taken at report time. The
   * only way a coordinator reads a conversation; every read is written to the audit log.
   */
  async readReportedConversation(
    actor: User,
    reportId: string,
    page: { before?: number | null; limit?: number },
  ): Promise<ReportedConversationData> {
    assertHandler(actor);
    return this.em.transactional(async (em) => {
      await takeWriteLock(em);
      const report = await this.find(em, reportId);
      const conversationId = report.conversation?.id ?? null;
      const limit = Math.min(Math.max(page.limit ?? 50, 1), MESSAGE_PAGE_MAX);
      const result = conversationId
        ? await this.chat.page(em, conversationId, { before: page.before, limit })
        : { messages: [], hasMore: false };
      new AuditService(em, this.requestId).record({
        actor: em.getReference(User, actor.id),
        action: 'report.conversationRead',
        subjectType: 'Conversation',
        subjectId: conversationId ?? report.id,
        details: {
          reportId: report.id,
          before: page.before ?? null,
          limit,
          seqs: result.messages.map((m) => m.seq),
        },
      });
      await em.flush();
      return { report, snapshot: report.snapshot, messages: result.messages, hasMore: result.hasMore };
    });
  }

  private async file(
    reporterId: string,
    data: {
      reportedUserId: string;
      messageId: string | null;
      conversationId: string | null;
      reason: ReportReason;
      details: string | null;
      snapshot: ReportSnapshotData;
    },
  ): Promise<Report> {
    return this.em.transactional(async (em) => {
      const report = em.create(Report, {
        reporter: em.getReference(User, reporterId),
        reportedUser: em.getReference(User, data.reportedUserId),
        message: data.messageId ? em.getReference(Message, data.messageId) : null,
        conversation: data.conversationId ? em.getReference(Conversation, data.conversationId) : null,
        reason: data.reason,
        details: data.details,
        snapshot: data.snapshot,
        createdAt: this.now(),
      });
      new AuditService(em, this.requestId).record({
        actor: em.getReference(User, reporterId),
        action: 'report.filed',
        subjectType: 'Report',
        subjectId: report.id,
        details: { reason: data.reason, reportedUserId: data.reportedUserId, messageId: data.messageId },
      });
      await em.flush();
      return report;
    });
  }

  private snapshot(
    conversationId: string,
    reportedMessageId: string | null,
    members: ConversationMember[],
    messages: Message[],
  ): ReportSnapshotData {
    return {
      capturedAt: this.now().toISOString(),
      conversationId,
      reportedMessageId,
      participants: members.map((m) => ({ userId: m.user.id, displayName: m.user.displayName })),
      messages: messages.map((m) => ({
        id: m.id,
        seq: m.seq,
        senderId: m.senderId,
        body: m.body,
        createdAt: m.createdAt.toISOString(),
      })),
    };
  }

  private membersOf(conversationId: string): Promise<ConversationMember[]> {
    return this.em.find(ConversationMember, { conversation: conversationId }, { populate: ['user'] });
  }

  private async find(em: EntityManager, reportId: string): Promise<Report> {
    const report = isUuid(reportId)
      ? await em.findOne(Report, { id: reportId }, { populate: ['reporter', 'reportedUser', 'handledBy'] })
      : null;
    if (!report) throw new NotFoundError('Report');
    return report;
  }
}

function assertHandler(actor: User): void {
  if (!mayHandleReports(actor)) throw new ForbiddenError();
}

function checkReport(reason: ReportReason, details: string | null | undefined): string | null {
  if (!REPORT_REASONS.includes(reason)) throw new BadUserInputError('report.unknownReason', 'Choose a reason.');
  const text = details?.trim() || null;
  if (text && messageLength(text) > REPORT_DETAILS_MAX_LENGTH) {
    throw new BadUserInputError(
      'report.detailsTooLong',
      `Please describe it in at most ${REPORT_DETAILS_MAX_LENGTH} characters.`,
      { max: REPORT_DETAILS_MAX_LENGTH },
    );
  }
  return text;
}
