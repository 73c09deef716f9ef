// Her data export: every relation to a person in the data model is covered (or left out for a stated
// reason), and a person who did a bit of everything finds each piece of it, without secrets.
import { ReferenceKind } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { User } from '../accounts/user.entity.js';
import { makeStaff, makeSupporter, type Someone } from '../matching/matching.factories.js';
import { EXPORT_PARTS, NOT_EXPORTED } from './data-export.js';
import { conversationIdOf, matchOf, say, share } from './privacy.factories.js';

let api: TestServer;
let coordinator: Someone;
beforeAll(async () => {
  api = await startTestServer();
  coordinator = await makeStaff(api.server.orm);
});
afterAll(async () => api?.close());

type Export = Record<string, unknown> & { account: Record<string, unknown> };

async function exportOf(who: Someone): Promise<Export> {
  const result = await api.gql<{ myDataExport: Export }>('query { myDataExport }', {}, who);
  expect(result.errors).toBeUndefined();
  return result.data!.myDataExport;
}

function rows(data: Export, section: string): Record<string, unknown>[] {
  return data[section] as Record<string, unknown>[];
}

describe('what the export covers', () => {
  test('every relation of every entity to a person is exported or left out with a reason', () => {
    const covered = new Set([...EXPORT_PARTS, ...NOT_EXPORTED].map((p) => `${p.entity.name}.${p.via}`));
    const toUser: string[] = [];
    for (const meta of Object.values(api.server.orm.getMetadata().getAll())) {
      for (const prop of meta.props) {
        const pointsAtUser = prop.type === User.name || prop.targetMeta?.className === User.name;
        const owning =
          prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner);
        if (pointsAtUser && owning) toUser.push(`${meta.className}.${prop.name}`);
      }
    }
    expect(toUser.length).toBeGreaterThan(15);
    expect(toUser.filter((r) => !covered.has(r))).toEqual([]);
    // And nothing listed that the model does not have (a renamed property would export nothing).
    expect([...covered].filter((r) => !toUser.includes(r))).toEqual([]);
  });
});

describe('her export', () => {
  test('an entrepreneur finds her account, profile, requests, matches with their steps, messages, blocks and reports', async () => {
    const { entrepreneur, supporter, matchId, requestId, demandId } = await matchOf(api, coordinator);
    await share(api, entrepreneur, '+50688887777');
    const conversationId = await conversationIdOf(api, entrepreneur, matchId);
    await say(api, entrepreneur, conversationId, 'Buenas tardes, gracias por aceptar.');
    await say(api, supporter, conversationId, 'Con mucho gusto.');
    const stranger = await makeSupporter(api.server.orm);
    await api.gql('mutation($id: ID!) { blockUser(userId: $id) { userId } }', { id: stranger.id }, entrepreneur);
    await api.gql(
      'mutation($id: ID!) { reportPerson(input: { userId: $id, reason: HARASSMENT, details: "Me escribe de noche." }) { id } }',
      { id: stranger.id },
      entrepreneur,
    );
    // Someone reporting and blocking her stays hidden from her.
    await api.gql(
      'mutation($id: ID!) { reportPerson(input: { userId: $id, reason: SPAM, details: "Secreto del denunciante." }) { id } }',
      { id: entrepreneur.id },
      stranger,
    );
    await api.gql('mutation($id: ID!) { blockUser(userId: $id) { userId } }', { id: entrepreneur.id }, stranger);

    const data = await exportOf(entrepreneur);
    expect(data.account).toMatchObject({ id: entrepreneur.id, phone: '+50688887777', roles: ['ENTREPRENEUR'] });
    expect(data.account.email).toEqual(expect.stringContaining('@test.aliadas'));
    expect(rows(data, 'entrepreneurProfile')).toEqual([expect.objectContaining({ city: 'San José' })]);
    expect(rows(data, 'supportRequests').map((r) => r.id)).toEqual([requestId]);
    expect(rows(data, 'demands').map((d) => d.id)).toEqual([demandId]);
    const [match] = rows(data, 'matchesAsEntrepreneur');
    expect(match).toMatchObject({ id: matchId, status: 'ACTIVE', supporter: supporter.id });
    expect(match).not.toHaveProperty('endedBadly');
    expect((match!.history as { to: string }[]).map((h) => h.to)).toEqual([
      'PROPOSED',
      'APPROVED',
      'ACCEPTED',
      'ACTIVE',
    ]);
    expect(rows(data, 'conversations').map((c) => c.conversation)).toEqual([conversationId]);
    expect(rows(data, 'messagesSent').map((m) => m.body)).toEqual(['Buenas tardes, gracias por aceptar.']);
    expect(rows(data, 'blocksMade').map((b) => b.blockedUser)).toEqual([stranger.id]);
    expect(rows(data, 'reportsFiled')).toEqual([
      expect.objectContaining({ reportedUser: stranger.id, details: 'Me escribe de noche.' }),
    ]);
    expect(rows(data, 'sessions')).toHaveLength(1);
    expect(rows(data, 'auditEntriesByHer').map((a) => a.action)).toEqual(
      expect.arrayContaining(['person.blocked', 'report.filed']),
    );
    const aboutHer = data.auditEntriesAboutHer as { action: string; actor: string | null }[];
    expect(aboutHer.find((a) => a.action === 'person.blocked')?.actor).toBeNull();

    const text = JSON.stringify(data);
    expect(text).not.toContain('Con mucho gusto.');
    expect(text).not.toContain('Secreto del denunciante.');
    expect(text).not.toMatch(/tokenHash|passwordHash|\$argon2/);
  });

  test('staff and supporters find what they did: roles granted, verifications, rounds, reports handled, notes', async () => {
    const admin = await makeStaff(api.server.orm, 'ADMIN');
    const { supporter: adviser, matchId } = await matchOf(api, coordinator, { kind: 'PSYCHOSOCIAL' });
    await api.gql(
      'mutation($id: ID!) { addCaseNote(matchId: $id, input: { body: "Nota." }) { id } }',
      { id: matchId },
      adviser,
    );
    const person = await api.person(['ENTREPRENEUR']);
    await api.gql('mutation($id: ID!) { grantRole(userId: $id, role: MENTOR) { id } }', { id: person.id }, admin);
    await api.gql('mutation($id: ID!) { verifySupporter(userId: $id) { id } }', { id: adviser.id }, admin);
    await api.gql('mutation { runMatchingRound(input: { dryRun: true }) { id } }', {}, admin);
    const filed = await api.gql<{ reportPerson: { id: string } }>(
      'mutation($id: ID!) { reportPerson(input: { userId: $id, reason: SPAM }) { id } }',
      { id: adviser.id },
      person,
    );
    await api.gql(
      'mutation($id: ID!) { resolveReport(id: $id, resolution: "Hablé con ella.") { id } }',
      { id: filed.data!.reportPerson.id },
      admin,
    );
    await api.gql(
      'mutation($o: ID!, $u: ID!) { addOrganizationMember(organizationId: $o, userId: $u, role: ADVISER) { id } }',
      { o: await organization(admin), u: adviser.id },
      admin,
    );

    const staff = await exportOf(admin);
    expect(rows(staff, 'rolesSheGranted')).toEqual([expect.objectContaining({ user: person.id, role: 'MENTOR' })]);
    expect(rows(staff, 'supportersSheVerified')).toEqual([expect.objectContaining({ user: adviser.id })]);
    expect(rows(staff, 'matchingRoundsSheRan')).toHaveLength(1);
    expect(rows(staff, 'reportsSheHandled')).toEqual([expect.objectContaining({ resolution: 'Hablé con ella.' })]);
    expect(rows(staff, 'matchStepsSheTook')).toEqual([]);

    const hers = await exportOf(adviser);
    expect(rows(hers, 'supporterProfile')).toHaveLength(1);
    expect(rows(hers, 'matchesAsSupporter').map((m) => m.id)).toEqual([matchId]);
    expect(rows(hers, 'matchStepsSheTook').map((s) => s.toStatus)).toEqual(['ACCEPTED']);
    expect(rows(hers, 'caseNotesSheWrote').map((n) => n.body)).toEqual(['Nota.']);
    expect(rows(hers, 'organizationMemberships')).toHaveLength(1);
    const aboutHer = hers.auditEntriesAboutHer as { action: string; actor: string | null }[];
    expect(aboutHer.find((a) => a.action === 'supporter.verified')?.actor).toBe(admin.id);
    // A coordinator's curation steps on her match are hers to see, without the coordinator's notes.
    const [match] = rows(hers, 'matchesAsSupporter');
    expect((match!.history as { actorRole: string }[])[0]?.actorRole).toBe('COORDINATOR');
  });
});

async function organization(admin: Someone): Promise<string> {
  const created = await api.gql<{ createOrganization: { id: string } }>(
    `mutation($name: String!) { createOrganization(input: { name: $name, description: "Red", countries: [CR], languages: ["es"], services: [PSYCHOSOCIAL] }) { id } }`,
    { name: `Red ${randomUUID().slice(0, 8)}` },
    admin,
  );
  expect(created.errors).toBeUndefined();
  return created.data!.createOrganization.id;
}
