// Every coordinator action goes to the audit log, and so does every read of a woman's request or
// profile by staff. The list of coordinator mutations comes from the authorization rules, so a new one
// without a case here fails the first test.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import type { OperationRules } from '../../test-support/authorization.js';
import { accountOperations } from '../accounts/accounts.authorization.js';
import { chatOperations, reportOperations } from '../chat/chat.authorization.js';
import { matchingOperations } from '../matching/matching.authorization.js';
import {
  makeEntrepreneur,
  makeMatchIn,
  makeRequest,
  makeStaff,
  makeSupporter,
  type Someone,
} from '../matching/matching.factories.js';
import { organizationOperations } from '../organizations/organizations.authorization.js';
import { matchOf } from '../privacy/privacy.factories.js';
import { privacyOperations } from '../privacy/privacy.authorization.js';
import { profileOperations } from '../profiles/profiles.authorization.js';
import { AuditEntry } from './audit-entry.entity.js';
import { auditOperations } from './audit.authorization.js';

const RULES: OperationRules = {
  ...accountOperations,
  ...profileOperations,
  ...organizationOperations,
  ...auditOperations,
  ...chatOperations,
  ...reportOperations,
  ...matchingOperations,
  ...privacyOperations,
};

let api: TestServer;
let coordinator: Someone;
let admin: Someone;
beforeAll(async () => {
  api = await startTestServer();
  coordinator = await makeStaff(api.server.orm);
  admin = await makeStaff(api.server.orm, 'ADMIN');
});
afterAll(async () => api?.close());

async function call(query: string, variables: Record<string, unknown> = {}, who: Someone = coordinator) {
  const result = await api.gql<Record<string, Record<string, unknown>>>(query, variables, who);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

async function proposal(): Promise<{ matchId: string; entrepreneurId: string }> {
  const entrepreneur = await makeEntrepreneur(api.server.orm);
  const supporter = await makeSupporter(api.server.orm);
  const { demands } = await makeRequest(api.server.orm, entrepreneur.id);
  const matchId = await makeMatchIn(api.server.orm, 'PROPOSED', {
    entrepreneurId: entrepreneur.id,
    supporterId: supporter.id,
    demandId: demands.MENTOR!,
  });
  return { matchId, entrepreneurId: entrepreneur.id };
}

let organizations = 0;
async function organizationShe(coordinates: Someone): Promise<string> {
  const made = await call(
    'mutation($name: String!) { createOrganization(input: { name: $name, description: "R", countries: [CR], languages: ["es"], services: [MENTOR] }) { id } }',
    { name: `Red ${++organizations}` },
    admin,
  );
  const id = made.createOrganization!.id as string;
  await call(
    'mutation($o: ID!, $u: ID!) { addOrganizationMember(organizationId: $o, userId: $u, role: COORDINATOR) { id } }',
    { o: id, u: coordinates.id },
    admin,
  );
  return id;
}

async function joinRequestTo(organizationId: string): Promise<string> {
  const entrepreneur = await api.person(['ENTREPRENEUR']);
  const asked = await call(
    'mutation($o: ID!) { requestToJoinOrganization(input: { organizationId: $o }) { id } }',
    { o: organizationId },
    entrepreneur,
  );
  return asked.requestToJoinOrganization!.id as string;
}

/** Each coordinator mutation, done for real: returns the audit action and subject it must leave. */
const ACTIONS: Record<string, () => Promise<{ action: string; subjectId: string }>> = {
  grantRole: async () => {
    const person = await api.person(['ENTREPRENEUR']);
    await call('mutation($id: ID!) { grantRole(userId: $id, role: MENTOR) { id } }', { id: person.id });
    return { action: 'role.granted', subjectId: person.id };
  },
  revokeRole: async () => {
    const person = await api.person(['ENTREPRENEUR', 'MENTOR']);
    await call('mutation($id: ID!) { revokeRole(userId: $id, role: MENTOR) { id } }', { id: person.id });
    return { action: 'role.revoked', subjectId: person.id };
  },
  verifySupporter: async () => {
    const adviser = await makeSupporter(api.server.orm, {
      supportKinds: ['PSYCHOSOCIAL'],
      needs: ['PSYCHOSOCIAL_SUPPORT'],
    });
    await call('mutation($id: ID!) { verifySupporter(userId: $id) { id } }', { id: adviser.id });
    return { action: 'supporter.verified', subjectId: adviser.id };
  },
  updateOrganization: async () => {
    const id = await organizationShe(coordinator);
    await call(
      'mutation($id: ID!) { updateOrganization(id: $id, input: { name: "Red renombrada", description: "R", countries: [CR], languages: ["es"], services: [MENTOR] }) { id } }',
      { id },
    );
    return { action: 'organization.updated', subjectId: id };
  },
  addOrganizationMember: async () => {
    const id = await organizationShe(coordinator);
    const mentor = await makeSupporter(api.server.orm);
    await call(
      'mutation($o: ID!, $u: ID!) { addOrganizationMember(organizationId: $o, userId: $u, role: MENTOR) { id } }',
      { o: id, u: mentor.id },
    );
    return { action: 'organization.memberSet', subjectId: id };
  },
  removeOrganizationMember: async () => {
    const id = await organizationShe(coordinator);
    const mentor = await makeSupporter(api.server.orm);
    const vars = { o: id, u: mentor.id };
    await call(
      'mutation($o: ID!, $u: ID!) { addOrganizationMember(organizationId: $o, userId: $u, role: MENTOR) { id } }',
      vars,
    );
    await call('mutation($o: ID!, $u: ID!) { removeOrganizationMember(organizationId: $o, userId: $u) }', vars);
    return { action: 'organization.memberRemoved', subjectId: id };
  },
  acceptOrganizationJoinRequest: async () => {
    const id = await organizationShe(coordinator);
    const requestId = await joinRequestTo(id);
    await call('mutation($r: ID!) { acceptOrganizationJoinRequest(requestId: $r) { id } }', { r: requestId });
    return { action: 'organization.joinAccepted', subjectId: id };
  },
  declineOrganizationJoinRequest: async () => {
    const id = await organizationShe(coordinator);
    const requestId = await joinRequestTo(id);
    await call('mutation($r: ID!) { declineOrganizationJoinRequest(input: { requestId: $r }) { id } }', {
      r: requestId,
    });
    return { action: 'organization.joinDeclined', subjectId: id };
  },
  resolveReport: async () => {
    const reporter = await api.person(['ENTREPRENEUR']);
    const reported = await api.person(['MENTOR']);
    const filed = await call(
      'mutation($id: ID!) { reportPerson(input: { userId: $id, reason: SPAM }) { id } }',
      { id: reported.id },
      reporter,
    );
    const id = filed.reportPerson!.id as string;
    await call('mutation($id: ID!) { resolveReport(id: $id, resolution: "Hecho.") { id } }', { id });
    return { action: 'report.resolved', subjectId: id };
  },
  runMatchingRound: async () => {
    const made = await call('mutation { runMatchingRound(input: { dryRun: true }) { id } }');
    return { action: 'matching.roundDryRun', subjectId: made.runMatchingRound!.id as string };
  },
  approveProposal: async () => {
    const { matchId } = await proposal();
    await call('mutation($id: ID!) { approveProposal(matchId: $id) { id } }', { id: matchId });
    return { action: 'matching.proposalApproved', subjectId: matchId };
  },
  rejectProposal: async () => {
    const { matchId } = await proposal();
    await call('mutation($id: ID!) { rejectProposal(matchId: $id, reason: NOT_SUITABLE) { id } }', { id: matchId });
    return { action: 'matching.proposalRejected', subjectId: matchId };
  },
  swapProposal: async () => {
    const { matchId } = await proposal();
    const other = await makeSupporter(api.server.orm);
    await call('mutation($id: ID!, $s: ID!) { swapProposal(matchId: $id, supporterUserId: $s) { id } }', {
      id: matchId,
      s: other.id,
    });
    return { action: 'matching.proposalSwapped', subjectId: matchId };
  },
  matchByHand: async () => {
    const { matchId } = await matchOf(api, coordinator, { accept: false });
    return { action: 'matching.matchedByHand', subjectId: matchId };
  },
  // Open to everyone for her own matches; a coordinator ending someone else's is a coordinator action.
  withdrawMatch: async () => {
    const { matchId } = await matchOf(api, coordinator);
    await call('mutation($id: ID!) { withdrawMatch(matchId: $id, reason: NOT_RESPONDING) { id } }', { id: matchId });
    return { action: 'match.withdrawn', subjectId: matchId };
  },
  completeMatch: async () => {
    const { matchId } = await matchOf(api, coordinator);
    await call('mutation($id: ID!) { completeMatch(matchId: $id, outcome: PARTLY_MET) { id } }', { id: matchId });
    return { action: 'match.completed', subjectId: matchId };
  },
};

describe('coordinator actions', () => {
  test('every mutation only staff may call has a case here', () => {
    const staffMutations = Object.entries(RULES)
      .filter(([, rule]) => rule.document.trimStart().startsWith('mutation'))
      .filter(([, rule]) => Array.isArray(rule.allowed) && rule.allowed.includes('COORDINATOR'))
      .map(([name]) => name);
    expect(staffMutations.length).toBeGreaterThan(10);
    expect(staffMutations.filter((name) => !(name in ACTIONS))).toEqual([]);
  });

  test.each(Object.keys(ACTIONS))('%s goes to the audit log under the coordinator', async (name) => {
    const expected = await ACTIONS[name]!();
    const entries = await api.server.orm.em
      .fork()
      .find(AuditEntry, { action: expected.action, subjectId: expected.subjectId, actor: coordinator.id });
    expect(entries).toHaveLength(1);
  });

  test('a party ending her own match is not a coordinator action', async () => {
    const { entrepreneur, matchId } = await matchOf(api, coordinator);
    await call(
      'mutation($id: ID!) { withdrawMatch(matchId: $id, reason: PERSONAL_REASONS) { id } }',
      { id: matchId },
      entrepreneur,
    );
    expect(await api.server.orm.em.fork().count(AuditEntry, { subjectId: matchId, action: 'match.withdrawn' })).toBe(0);
  });
});

describe('staff reading a woman’s data', () => {
  async function readsOf(ownerId: string, action: string): Promise<AuditEntry[]> {
    return api.server.orm.em.fork().find(AuditEntry, { action, subjectType: 'User', subjectId: ownerId });
  }

  test('open demands, a round’s proposals and recommendations: one entry per woman read', async () => {
    const rose = await makeEntrepreneur(api.server.orm, { city: 'Heredia' });
    await makeSupporter(api.server.orm);
    const { demands } = await makeRequest(api.server.orm, rose.id);
    await call('query { openDemands(limit: 100) { demand { id } } }');
    expect((await readsOf(rose.id, 'demand.read')).map((a) => a.details)).toEqual([{ via: 'openDemands' }]);

    const round = await call('mutation { runMatchingRound(input: { dryRun: true }) { id } }');
    const roundId = round.runMatchingRound!.id as string;
    await call('query($id: ID!) { proposals(roundId: $id) { demandId } }', { id: roundId });
    expect(await readsOf(rose.id, 'demand.read')).toContainEqual(
      expect.objectContaining({ details: { via: 'proposals', roundId } }),
    );

    await call('query($d: ID!) { recommendations(demandId: $d) { feasibleCount } }', { d: demands.MENTOR });
    const reads = await readsOf(rose.id, 'demand.read');
    expect(reads).toContainEqual(
      expect.objectContaining({ details: { via: 'recommendations', demandId: demands.MENTOR } }),
    );
    expect(reads.every((a) => a.actorId === coordinator.id)).toBe(true);

    // Her own recommendations are hers: nothing to record.
    const before = reads.length;
    await call('query($d: ID!) { recommendations(demandId: $d) { feasibleCount } }', { d: demands.MENTOR }, rose);
    expect(await readsOf(rose.id, 'demand.read')).toHaveLength(before);
  });

  test('her profile read by staff', async () => {
    const rose = await makeEntrepreneur(api.server.orm);
    await call('query($id: ID!) { user(id: $id) { entrepreneurProfile { city } } }', { id: rose.id }, admin);
    const reads = await readsOf(rose.id, 'profile.read');
    expect(reads.map((a) => a.actorId)).toEqual([admin.id]);
  });
});
