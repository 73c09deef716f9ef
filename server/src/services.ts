// The services of one unit of work, built per request or per socket event.
import type { EntityManager } from '@mikro-orm/core';
import type { Config } from './config.js';
import { AccountService, type PinThrottles } from './modules/accounts/account.service.js';
import type { LoginThrottle } from './modules/accounts/login-throttle.js';
import { AssistedAccountsService } from './modules/assisted/assisted.service.js';
import { AuditService } from './modules/audit/audit.service.js';
import { ChatService } from './modules/chat/chat.service.js';
import { CircleService } from './modules/circles/circles.service.js';
import { DashboardService } from './modules/dashboard/dashboard.service.js';
import { GoalsService } from './modules/goals/goals.service.js';
import { InterpretersService } from './modules/interpreters/interpreters.service.js';
import { FeedbackService } from './modules/feedback/feedback.service.js';
import type { MessageRateLimiter } from './modules/chat/message-rate-limiter.js';
import type { MessageWriter } from './modules/chat/message-writer.js';
import { ReportService } from './modules/chat/report.service.js';
import type { DomainEventPublisher } from './domain-events.js';
import { MatchService } from './modules/matching/match.service.js';
import { type MatchingDependencies, matchingDependencies } from './modules/matching/matching.hooks.js';
import { MatchingService } from './modules/matching/matching.service.js';
import { NotificationService } from './modules/notifications/notification.service.js';
import { ResponsivenessService } from './modules/responsiveness/responsiveness.service.js';
import { SupportRequestService } from './modules/matching/support-request.service.js';
import { OrganizationService } from './modules/organizations/organization.service.js';
import { PrivacyService } from './modules/privacy/privacy.service.js';
import { ProfileService } from './modules/profiles/profile.service.js';
import { ServicesDirectoryService } from './modules/services-directory/services-directory.service.js';
import { WorkshopsService } from './modules/workshops/workshops.service.js';

export interface ServiceDependencies {
  config: Config;
  loginThrottle: LoginThrottle;
  /** Failed PIN and setup-code attempts, per account and per address. */
  pinThrottles: PinThrottles;
  /** Clock, invitation time, chat hooks and event sink of the matching feature; defaults when left out. */
  matching?: MatchingDependencies;
  /** Where services announce what they did once it is committed (the real-time broadcaster listens). */
  events: DomainEventPublisher;
  messageRateLimiter: MessageRateLimiter;
  messageWriter: MessageWriter;
}

export interface Services {
  accounts: AccountService;
  assisted: AssistedAccountsService;
  profiles: ProfileService;
  organizations: OrganizationService;
  audit: AuditService;
  supportRequests: SupportRequestService;
  matching: MatchingService;
  matches: MatchService;
  chat: ChatService;
  circles: CircleService;
  reports: ReportService;
  privacy: PrivacyService;
  dashboard: DashboardService;
  goals: GoalsService;
  interpreters: InterpretersService;
  feedback: FeedbackService;
  servicesDirectory: ServicesDirectoryService;
  workshops: WorkshopsService;
  notifications: NotificationService;
  responsiveness: ResponsivenessService;
}

export function createServices(em: EntityManager, deps: ServiceDependencies, requestId: string | null): Services {
  const matching = deps.matching ?? matchingDependencies({ invitationTtlMs: deps.config.invitations.ttlMs });
  return {
    accounts: new AccountService(
      em,
      deps.loginThrottle,
      { sessionTtlMs: deps.config.sessionTtlMs },
      requestId,
      deps.events,
      undefined,
      deps.pinThrottles,
    ),
    assisted: new AssistedAccountsService(em, { setupCodeTtlMs: deps.config.setupCodeTtlMs }, requestId, deps.events),
    profiles: new ProfileService(em, requestId),
    organizations: new OrganizationService(em, requestId, deps.events, matching.clock),
    audit: new AuditService(em, requestId),
    supportRequests: new SupportRequestService(em, matching, requestId),
    matching: new MatchingService(em, matching, requestId),
    matches: new MatchService(em, matching, requestId),
    privacy: new PrivacyService(em, { matching, events: deps.events, loginThrottle: deps.loginThrottle }, requestId),
    dashboard: new DashboardService(em),
    goals: new GoalsService(em, matching.clock, requestId),
    interpreters: new InterpretersService(em, deps, requestId, matching.clock),
    feedback: new FeedbackService(em, matching.clock),
    servicesDirectory: new ServicesDirectoryService(em, requestId),
    workshops: new WorkshopsService(em, { events: deps.events, clock: matching.clock }, requestId),
    notifications: new NotificationService(em, deps.events, matching.clock),
    responsiveness: new ResponsivenessService(
      em,
      { events: deps.events, clock: matching.clock, settings: deps.config.supporterFollowUp },
      () => new MatchService(em, matching, requestId),
    ),
    ...chatServices(em, deps, requestId),
  };
}

function chatServices(em: EntityManager, deps: ServiceDependencies, requestId: string | null) {
  const chat = new ChatService(em, deps, requestId);
  return { chat, reports: new ReportService(em, chat, requestId), circles: new CircleService(em, deps, requestId) };
}
