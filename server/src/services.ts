// The services of one unit of work, built per request or per socket event.
import type { EntityManager } from '@mikro-orm/core';
import type { Config } from './config.js';
import { AccountService } from './modules/accounts/account.service.js';
import type { LoginThrottle } from './modules/accounts/login-throttle.js';
import { AuditService } from './modules/audit/audit.service.js';
import { OrganizationService } from './modules/organizations/organization.service.js';
import { ProfileService } from './modules/profiles/profile.service.js';

export interface ServiceDependencies {
  config: Config;
  loginThrottle: LoginThrottle;
}

export interface Services {
  accounts: AccountService;
  profiles: ProfileService;
  organizations: OrganizationService;
  audit: AuditService;
}

export function createServices(em: EntityManager, deps: ServiceDependencies, requestId: string | null): Services {
  return {
    accounts: new AccountService(em, deps.loginThrottle, { sessionTtlMs: deps.config.sessionTtlMs }, requestId),
    profiles: new ProfileService(em, requestId),
    organizations: new OrganizationService(em, requestId),
    audit: new AuditService(em, requestId),
  };
}
