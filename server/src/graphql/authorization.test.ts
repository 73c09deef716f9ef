// The authorization matrix: every operation of the schema, called anonymously and by each role.
// An operation added to the schema without a rule here fails the first test.
import { ROLES } from '@aliadas/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { accountOperations } from '../modules/accounts/accounts.authorization.js';
import { assistedOperations } from '../modules/assisted/assisted.authorization.js';
import { auditOperations } from '../modules/audit/audit.authorization.js';
import { chatOperations, reportOperations } from '../modules/chat/chat.authorization.js';
import { circleOperations } from '../modules/circles/circles.authorization.js';
import { dashboardOperations } from '../modules/dashboard/dashboard.authorization.js';
import { goalOperations } from '../modules/goals/goals.authorization.js';
import { interpreterOperations } from '../modules/interpreters/interpreters.authorization.js';
import { feedbackOperations } from '../modules/feedback/feedback.authorization.js';
import { matchingOperations } from '../modules/matching/matching.authorization.js';
import { notificationOperations } from '../modules/notifications/notifications.authorization.js';
import { responsivenessOperations } from '../modules/responsiveness/responsiveness.authorization.js';
import { OrganizationMembership } from '../modules/organizations/organization-membership.entity.js';
import { Organization } from '../modules/organizations/organization.entity.js';
import { organizationOperations } from '../modules/organizations/organizations.authorization.js';
import { privacyOperations } from '../modules/privacy/privacy.authorization.js';
import { profileOperations } from '../modules/profiles/profiles.authorization.js';
import { servicesDirectoryOperations } from '../modules/services-directory/services-directory.authorization.js';
import { workshopOperations } from '../modules/workshops/workshops.authorization.js';
import type { Caller, MatrixWorld, OperationRules } from '../test-support/authorization.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { aliadasSchema } from './schema.js';

const RULES: OperationRules = {
  ...accountOperations,
  ...assistedOperations,
  ...profileOperations,
  ...organizationOperations,
  ...auditOperations,
  ...chatOperations,
  ...reportOperations,
  ...circleOperations,
  ...matchingOperations,
  ...privacyOperations,
  ...dashboardOperations,
  ...goalOperations,
  ...interpreterOperations,
  ...feedbackOperations,
  ...servicesDirectoryOperations,
  ...workshopOperations,
  ...notificationOperations,
  ...responsivenessOperations,
};

const CALLERS: Caller[] = ['ANONYMOUS', ...ROLES];
const AUTH_CODES = ['UNAUTHENTICATED', 'FORBIDDEN'];

let api: TestServer;
let world: MatrixWorld;

beforeAll(async () => {
  api = await startTestServer();
  const people = {} as MatrixWorld['people'];
  const others = {} as MatrixWorld['others'];
  for (const role of ROLES) {
    people[role] = await api.person([role]);
    others[role] = await api.person([role]);
  }
  const em = api.server.orm.em.fork();
  const organization = em.create(Organization, {
    name: 'Matrix home organization',
    description: 'Coordinated by the matrix coordinator.',
    countries: ['CR'],
    languages: ['es'],
    services: ['MENTOR'],
  });
  em.create(OrganizationMembership, { organization, user: people.COORDINATOR.id, role: 'COORDINATOR' });
  await em.flush();
  world = { api, people, others, organizationId: organization.id };
});
afterAll(async () => api?.close());

function isAllowed(rule: OperationRules[string], caller: Caller): boolean {
  if (rule.allowed === 'EVERYONE') return true;
  if (caller === 'ANONYMOUS') return false;
  return rule.allowed === 'SIGNED_IN' || rule.allowed.includes(caller);
}

test('every operation in the schema has a rule, and every rule an operation', async () => {
  const schema = await aliadasSchema();
  const operations = [
    ...Object.keys(schema.getQueryType()?.getFields() ?? {}),
    ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
    ...Object.keys(schema.getSubscriptionType()?.getFields() ?? {}),
  ].sort();
  expect(Object.keys(RULES).sort()).toEqual(operations);
});

describe.each(Object.entries(RULES))('%s', (operation, rule) => {
  test.each(CALLERS)('called by %s', async (caller) => {
    // Log-out ends the session it is called with: give it a session of its own.
    const token =
      caller === 'ANONYMOUS'
        ? undefined
        : operation === 'logOut'
          ? (await api.person([caller])).token
          : world.people[caller].token;
    const variables = (await rule.variables?.(world, caller)) ?? {};
    const result = await api.gql(rule.document, variables, { token });
    const codes = (result.errors ?? []).map((e) => e.extensions?.code);
    if (isAllowed(rule, caller)) {
      expect(
        codes.filter((c) => AUTH_CODES.includes(c ?? '')),
        JSON.stringify(result.errors),
      ).toEqual([]);
      expect(result.status).toBeLessThan(500);
    } else {
      expect(codes).toEqual([caller === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN']);
      expect(result.data?.[operation] ?? null).toBeNull();
    }
  });
});
