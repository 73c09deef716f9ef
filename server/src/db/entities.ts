// Every entity of the data model, listed once for the ORM (no folder scanning: it works the same
// from TypeScript sources in tests and from the compiled build).
import { Session } from '../modules/accounts/session.entity.js';
import { AccountSetupCode } from '../modules/accounts/setup-code.entity.js';
import { AssistedConsent } from '../modules/assisted/assisted-consent.entity.js';
import { UserRole } from '../modules/accounts/user-role.entity.js';
import { User } from '../modules/accounts/user.entity.js';
import { AuditEntry } from '../modules/audit/audit-entry.entity.js';
import { Block, Conversation, ConversationMember, Message, Report, VoiceNote } from '../modules/chat/chat.entities.js';
import { Circle, CircleRemoval } from '../modules/circles/circle.entity.js';
import { Demand } from '../modules/matching/demand.entity.js';
import { MatchTransition } from '../modules/matching/match-transition.entity.js';
import { Match } from '../modules/matching/match.entity.js';
import { MatchingRound } from '../modules/matching/matching-round.entity.js';
import { SupportRequest } from '../modules/matching/support-request.entity.js';
import { OrganizationJoinRequest } from '../modules/organizations/organization-join-request.entity.js';
import { OrganizationMembership } from '../modules/organizations/organization-membership.entity.js';
import { Organization } from '../modules/organizations/organization.entity.js';
import { EntrepreneurProfile } from '../modules/profiles/entrepreneur-profile.entity.js';
import { SupporterProfile } from '../modules/profiles/supporter-profile.entity.js';
import { CaseNote } from '../modules/privacy/case-note.entity.js';
import { Notification, NotificationOutboxEntry } from '../modules/notifications/notification.entity.js';
import { ReplyFollowUp } from '../modules/responsiveness/reply-follow-up.entity.js';
import { Goal, GoalMilestone, GoalUpdate } from '../modules/goals/goal.entity.js';
import { InterpreterAssignment } from '../modules/interpreters/interpreter-assignment.entity.js';
import { SessionLogEntry } from '../modules/goals/session-log-entry.entity.js';
import { Feedback } from '../modules/feedback/feedback.entity.js';
import { ServiceEntry } from '../modules/services-directory/service-entry.entity.js';
import { Workshop, WorkshopRegistration } from '../modules/workshops/workshop.entity.js';

export const entities = [
  User,
  UserRole,
  Session,
  EntrepreneurProfile,
  SupporterProfile,
  Organization,
  OrganizationMembership,
  OrganizationJoinRequest,
  AuditEntry,
  SupportRequest,
  Demand,
  Match,
  MatchTransition,
  MatchingRound,
  ...[Conversation, ConversationMember, Message, Block, Report, VoiceNote],
  ...[Circle, CircleRemoval],
  CaseNote,
  ...[Goal, GoalMilestone, GoalUpdate, SessionLogEntry],
  InterpreterAssignment,
  Feedback,
  ServiceEntry,
  ...[Workshop, WorkshopRegistration],
  ...[AccountSetupCode, AssistedConsent],
  ...[Notification, NotificationOutboxEntry],
  ReplyFollowUp,
];
