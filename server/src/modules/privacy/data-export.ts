// Everything Aliadas holds about one person, as plain JSON she can download. Every relation of every
// entity to User is either listed in EXPORT_PARTS or, with its reason, in NOT_EXPORTED; a test walks
// the ORM metadata so that a new entity cannot be forgotten.
import type { EntityClass, EntityManager } from '@mikro-orm/core';
import { ReferenceKind, wrap } from '@mikro-orm/core';
import { Session } from '../accounts/session.entity.js';
import { AccountSetupCode } from '../accounts/setup-code.entity.js';
import { AssistedConsent } from '../assisted/assisted-consent.entity.js';
import { UserRole } from '../accounts/user-role.entity.js';
import { User } from '../accounts/user.entity.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { Block, ConversationMember, Message, Report, VoiceNote } from '../chat/chat.entities.js';
import { Circle, CircleRemoval } from '../circles/circle.entity.js';
import { Feedback } from '../feedback/feedback.entity.js';
import { Goal, GoalUpdate } from '../goals/goal.entity.js';
import { SessionLogEntry } from '../goals/session-log-entry.entity.js';
import { InterpreterAssignment } from '../interpreters/interpreter-assignment.entity.js';
import { Demand } from '../matching/demand.entity.js';
import { BAD_ENDING_REASONS } from '../matching/match-lifecycle.js';
import { MatchTransition } from '../matching/match-transition.entity.js';
import { Match } from '../matching/match.entity.js';
import { inLifecycleOrder } from '../matching/matches.resolver.js';
import { MatchingRound } from '../matching/matching-round.entity.js';
import { SupportRequest } from '../matching/support-request.entity.js';
import { Notification } from '../notifications/notification.entity.js';
import { notificationDeliveriesOf } from '../notifications/notification-privacy.js';
import { OrganizationJoinRequest } from '../organizations/organization-join-request.entity.js';
import { OrganizationMembership } from '../organizations/organization-membership.entity.js';
import { EntrepreneurProfile } from '../profiles/entrepreneur-profile.entity.js';
import { SupporterProfile } from '../profiles/supporter-profile.entity.js';
import { ReplyFollowUp } from '../responsiveness/reply-follow-up.entity.js';
import { Workshop, WorkshopRegistration } from '../workshops/workshop.entity.js';
import { CaseNote } from './case-note.entity.js';

export interface ExportPart {
  entity: EntityClass<object>;
  /** The property of `entity` that points at her. */
  via: string;
  section: string;
  /** Only these properties, when what the row holds is mostly about someone else. */
  pick?: readonly string[];
  omit?: readonly string[];
}

/** Safety and staff-only facts of a match; her view of how it ended comes through its history. */
const MATCH_STAFF_ONLY = ['endedBadly', 'endReason', 'outcome'];

export const EXPORT_PARTS: readonly ExportPart[] = [
  { entity: UserRole, via: 'user', section: 'roles', omit: ['user'] },
  { entity: UserRole, via: 'grantedBy', section: 'rolesSheGranted', pick: ['id', 'user', 'role', 'grantedAt'] },
  { entity: Session, via: 'user', section: 'sessions', omit: ['user', 'tokenHash'] },
  { entity: EntrepreneurProfile, via: 'user', section: 'entrepreneurProfile', omit: ['user'] },
  { entity: SupporterProfile, via: 'user', section: 'supporterProfile', omit: ['user'] },
  {
    entity: SupporterProfile,
    via: 'verifiedBy',
    section: 'supportersSheVerified',
    pick: ['id', 'user', 'verified', 'verifiedAt'],
  },
  { entity: OrganizationMembership, via: 'user', section: 'organizationMemberships', omit: ['user'] },
  {
    entity: OrganizationJoinRequest,
    via: 'user',
    section: 'organizationJoinRequests',
    omit: ['user', 'pendingKey', 'decidedBy'],
  },
  {
    entity: OrganizationJoinRequest,
    via: 'decidedBy',
    section: 'joinRequestsSheAnswered',
    pick: ['id', 'organization', 'status', 'declineReason', 'decidedAt'],
  },
  { entity: SupportRequest, via: 'entrepreneur', section: 'supportRequests', omit: ['entrepreneur'] },
  { entity: Demand, via: 'entrepreneur', section: 'demands', omit: ['entrepreneur'] },
  { entity: Match, via: 'entrepreneur', section: 'matchesAsEntrepreneur', omit: MATCH_STAFF_ONLY },
  { entity: Match, via: 'supporter', section: 'matchesAsSupporter', omit: MATCH_STAFF_ONLY },
  { entity: MatchTransition, via: 'actor', section: 'matchStepsSheTook', omit: ['actor'] },
  {
    entity: MatchingRound,
    via: 'runBy',
    section: 'matchingRoundsSheRan',
    pick: ['id', 'dryRun', 'organization', 'createdAt'],
  },
  { entity: ConversationMember, via: 'user', section: 'conversations', omit: ['user'] },
  { entity: Message, via: 'sender', section: 'messagesSent', omit: ['sender'] },
  // What she recorded and when; the recordings themselves she plays in the app, they are not copied here.
  { entity: VoiceNote, via: 'sender', section: 'voiceNotesSent', omit: ['sender', 'audio'] },
  { entity: Block, via: 'user', section: 'blocksMade', omit: ['user'] },
  {
    entity: Circle,
    via: 'moderator',
    section: 'circlesSheModerates',
    pick: ['id', 'name', 'conversation', 'createdAt'],
  },
  { entity: Circle, via: 'createdBy', section: 'circlesSheCreated', pick: ['id', 'name', 'conversation', 'createdAt'] },
  { entity: CircleRemoval, via: 'user', section: 'circlesSheWasRemovedFrom', omit: ['user'] },
  {
    entity: Report,
    via: 'reporter',
    section: 'reportsFiled',
    omit: ['reporter', 'snapshot', 'handledBy', 'resolution'],
  },
  { entity: Report, via: 'handledBy', section: 'reportsSheHandled', pick: ['id', 'status', 'handledAt', 'resolution'] },
  { entity: AuditEntry, via: 'actor', section: 'auditEntriesByHer', omit: ['actor', 'requestId'] },
  { entity: CaseNote, via: 'author', section: 'caseNotesSheWrote', omit: ['author'] },
  { entity: Goal, via: 'createdBy', section: 'goalsSheSet', omit: ['createdBy'] },
  { entity: GoalUpdate, via: 'author', section: 'goalUpdatesSheWrote', omit: ['author'] },
  { entity: SessionLogEntry, via: 'author', section: 'sessionLogSheWrote', omit: ['author'] },
  { entity: AssistedConsent, via: 'entrepreneur', section: 'consentsGiven', omit: ['entrepreneur'] },
  {
    entity: AssistedConsent,
    via: 'coordinator',
    section: 'consentsSheRecorded',
    pick: ['id', 'entrepreneur', 'action', 'channel', 'recordedAt'],
  },
  { entity: AccountSetupCode, via: 'user', section: 'setupCodes', omit: ['user', 'codeHash'] },
  {
    entity: AccountSetupCode,
    via: 'issuedBy',
    section: 'setupCodesSheGave',
    pick: ['id', 'user', 'purpose', 'createdAt'],
  },
  { entity: Notification, via: 'recipient', section: 'notifications', omit: ['recipient'] },
  { entity: Feedback, via: 'author', section: 'feedbackSheGave', omit: ['author'] },
  { entity: WorkshopRegistration, via: 'participant', section: 'workshopRegistrations', omit: ['participant'] },
  { entity: Workshop, via: 'organizer', section: 'workshopsSheGave', omit: ['organizer'] },
  {
    entity: ReplyFollowUp,
    via: 'entrepreneur',
    section: 'waitsForAnAnswer',
    pick: ['id', 'match', 'awaitingSince', 'alertedAt', 'resolvedAt'],
  },
  {
    entity: ReplyFollowUp,
    via: 'supporter',
    section: 'remindersToAnswer',
    pick: ['id', 'match', 'awaitingSince', 'remindedAt', 'resolvedAt'],
  },
  {
    entity: InterpreterAssignment,
    via: 'interpreter',
    section: 'conversationsSheInterprets',
    pick: [
      'id',
      'conversation',
      'status',
      'entrepreneurLanguage',
      'supporterLanguage',
      'joinedAt',
      'endedAt',
      'endReason',
    ],
  },
  {
    entity: InterpreterAssignment,
    via: 'proposedBy',
    section: 'interpretersSheProposed',
    pick: ['id', 'match', 'interpreter', 'status', 'createdAt'],
  },
  {
    entity: InterpreterAssignment,
    via: 'endedBy',
    section: 'interpreterPartsSheEnded',
    pick: ['id', 'conversation', 'endReason', 'endedAt'],
  },
];

export const NOT_EXPORTED: readonly { entity: EntityClass<object>; via: string; why: string }[] = [
  {
    entity: Block,
    via: 'blockedUser',
    why: 'Who blocked her is kept from her: telling would put that person at risk.',
  },
  {
    entity: Report,
    via: 'reportedUser',
    why: 'Reports about her are kept from her: they would name who reported her.',
  },
  {
    entity: Feedback,
    via: 'about',
    why: 'Feedback about her is kept from her: the other person of the match must be able to rate honestly.',
  },
];

/** Audit actions about her whose author stays hidden from her, for the author's safety. */
const HIDDEN_ACTOR_ACTIONS = ['person.blocked', 'person.unblocked'];

export type DataExport = Record<string, unknown>;

export async function exportPersonalData(em: EntityManager, userId: string, now: Date): Promise<DataExport> {
  const user = await em.findOneOrFail(User, { id: userId }, { populate: ['roleGrants'] });
  const data: DataExport = {
    exportedAt: now.toISOString(),
    account: {
      id: user.id,
      email: user.email ?? null,
      phone: user.phone ?? null,
      loginPhone: user.loginPhone ?? null,
      secretKind: user.secretKind,
      shareContactDetails: user.shareContactDetails,
      displayName: user.displayName,
      locale: user.locale,
      roles: user.roles,
      createdAt: user.createdAt,
      updatedAt: user.updatedAt,
      deletedAt: user.deletedAt ?? null,
    },
  };
  for (const part of EXPORT_PARTS) {
    const rows = await em.find(part.entity, { [part.via]: userId }, { orderBy: { id: 'asc' } as never });
    data[part.section] = rows.map((row) => plain(em, part, row));
  }
  await addMatchHistories(em, userId, data);
  data.notificationDeliveries = await notificationDeliveriesOf(em, userId);
  const aboutHer = await em.find(
    AuditEntry,
    { subjectType: 'User', subjectId: userId, actor: { $ne: userId } },
    { orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  data.auditEntriesAboutHer = aboutHer.map((a) => ({
    id: a.id,
    action: a.action,
    actor: HIDDEN_ACTOR_ACTIONS.includes(a.action) ? null : (a.actor?.id ?? null),
    details: HIDDEN_ACTOR_ACTIONS.includes(a.action) ? {} : a.details,
    createdAt: a.createdAt,
  }));
  return data;
}

/** Each match's steps, with reasons and notes shown by the same rules as on the match page. */
async function addMatchHistories(em: EntityManager, userId: string, data: DataExport): Promise<void> {
  const sections = ['matchesAsEntrepreneur', 'matchesAsSupporter'];
  const matches = sections.flatMap((s) => data[s] as Record<string, unknown>[]);
  if (matches.length === 0) return;
  const steps = await em.find(
    MatchTransition,
    { match: { $in: matches.map((m) => m.id as string) } },
    { orderBy: { at: 'asc', id: 'asc' } },
  );
  for (const match of matches) {
    match.history = inLifecycleOrder(steps.filter((t) => t.match.id === match.id)).map((t) => {
      const hers = t.actor?.id === userId;
      return {
        from: t.fromStatus ?? null,
        to: t.toStatus,
        actorRole: t.actorRole,
        actor: t.actor?.id ?? null,
        reason: t.reason && (hers || !BAD_ENDING_REASONS.includes(t.reason)) ? t.reason : null,
        outcome: t.outcome && (hers || t.outcome !== 'CONDUCT_PROBLEM') ? t.outcome : null,
        note: hers ? (t.note ?? null) : null,
        at: t.at,
      };
    });
  }
}

/** Stored columns only: relations as the id they point at (never the related record), secrets left out. */
function plain(em: EntityManager, part: ExportPart, row: object): Record<string, unknown> {
  const meta = em.getMetadata().get(part.entity.name);
  const out: Record<string, unknown> = {};
  for (const prop of meta.props) {
    if (prop.hidden || prop.persist === false || prop.version) continue;
    if (part.pick ? !part.pick.includes(prop.name) : part.omit?.includes(prop.name)) continue;
    const value = (row as Record<string, unknown>)[prop.name];
    if (prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.EMBEDDED) {
      out[prop.name] = value ?? null;
    } else if (prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)) {
      out[prop.name] = value ? wrap(value, true).getPrimaryKey() : null;
    }
  }
  return out;
}
