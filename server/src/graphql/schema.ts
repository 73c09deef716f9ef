import type { GraphQLSchema } from 'graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AccountsResolver } from '../modules/accounts/accounts.resolver.js';
import { AssistedAccountsResolver } from '../modules/assisted/assisted.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { ChatResolver } from '../modules/chat/chat.resolver.js';
import { CirclesResolver, ConversationCircleResolver } from '../modules/circles/circles.resolver.js';
import { DashboardResolver } from '../modules/dashboard/dashboard.resolver.js';
import { GoalsResolver } from '../modules/goals/goals.resolver.js';
import { InterpretersResolver } from '../modules/interpreters/interpreters.resolver.js';
import { FeedbackResolver } from '../modules/feedback/feedback.resolver.js';
import { ReportsResolver } from '../modules/chat/reports.resolver.js';
import { MatchesResolver } from '../modules/matching/matches.resolver.js';
import { MatchingResolver } from '../modules/matching/matching.resolver.js';
import { NotificationsResolver } from '../modules/notifications/notifications.resolver.js';
import { ResponsivenessResolver } from '../modules/responsiveness/responsiveness.resolver.js';
import { SupportRequestsResolver } from '../modules/matching/support-requests.resolver.js';
import { MatchPartyContactResolver, PrivacyResolver } from '../modules/privacy/privacy.resolver.js';
import {
  OrganizationJoinRequestsResolver,
  OrganizationsResolver,
} from '../modules/organizations/organizations.resolver.js';
import { ProfilesResolver } from '../modules/profiles/profiles.resolver.js';
import { ServicesDirectoryResolver } from '../modules/services-directory/services-directory.resolver.js';
import { WorkshopsResolver } from '../modules/workshops/workshops.resolver.js';
import { authChecker } from './auth-checker.js';

export const resolvers = [
  AccountsResolver,
  AssistedAccountsResolver,
  ProfilesResolver,
  OrganizationsResolver,
  OrganizationJoinRequestsResolver,
  AuditResolver,
  SupportRequestsResolver,
  MatchingResolver,
  MatchesResolver,
  ChatResolver,
  ReportsResolver,
  CirclesResolver,
  ConversationCircleResolver,
  DashboardResolver,
  GoalsResolver,
  InterpretersResolver,
  FeedbackResolver,
  PrivacyResolver,
  MatchPartyContactResolver,
  ServicesDirectoryResolver,
  WorkshopsResolver,
  NotificationsResolver,
  ResponsivenessResolver,
] as const;

let built: Promise<GraphQLSchema> | undefined;

/** The code-first schema; built once per process since type-graphql's metadata is global. */
export function aliadasSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [...resolvers],
    authChecker,
    // Unknown nested values are rejected by GraphQL itself before validation runs.
    validate: { forbidUnknownValues: false, stopAtFirstError: false },
  });
  return built;
}

/** The schema as committed in server/schema.graphql. */
export async function printedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await aliadasSchema()))}\n`;
}
