// Contact details reach the other person only while the match is active, only if she shares them,
// never staff, and each time they are shown the read is on the audit log.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { errorCodes, startTestServer, type TestServer } from '../../test-support/test-server.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { makeStaff, type Someone } from '../matching/matching.factories.js';
import { matchOf, share } from './privacy.factories.js';

const MY_MATCHES = `query { myMatches(includeEnded: true) {
  id status
  entrepreneur { userId contact { email phone } }
  supporter { userId contact { email phone } }
} }`;

interface PartyOut {
  userId: string;
  contact: { email: string | null; phone: string | null } | null;
}
interface MatchOut {
  id: string;
  status: string;
  entrepreneur: PartyOut;
  supporter: PartyOut;
}

let api: TestServer;
let coordinator: Someone;
beforeAll(async () => {
  api = await startTestServer();
  coordinator = await makeStaff(api.server.orm);
});
afterAll(async () => api?.close());

async function matchSeenBy(who: Someone, matchId: string): Promise<MatchOut> {
  const result = await api.gql<{ myMatches: MatchOut[] }>(MY_MATCHES, {}, who);
  expect(result.errors).toBeUndefined();
  const match = result.data!.myMatches.find((m) => m.id === matchId);
  expect(match).toBeDefined();
  return match!;
}

async function contactReads(ownerId: string): Promise<AuditEntry[]> {
  return api.server.orm.em.fork().find(AuditEntry, { action: 'contact.read', subjectId: ownerId });
}

describe('her contact details', () => {
  test('she keeps a phone number and the choice to share; nobody else reads either on her account', async () => {
    const { entrepreneur } = await matchOf(api, coordinator);
    const saved = await api.gql<{ updateContactDetails: { phone: string; shareContactDetails: boolean } }>(
      'mutation { updateContactDetails(input: { phone: "+505 8888-7777", shareContactDetails: true }) { phone shareContactDetails } }',
      {},
      entrepreneur,
    );
    expect(saved.data?.updateContactDetails).toEqual({ phone: '+50588887777', shareContactDetails: true });

    const seenByStaff = await api.gql<{ user: Record<string, unknown> }>(
      'query($id: ID!) { user(id: $id) { email phone shareContactDetails } }',
      { id: entrepreneur.id },
      coordinator,
    );
    expect(seenByStaff.data?.user).toEqual({ email: null, phone: null, shareContactDetails: null });
  });

  test('a phone number must carry its country code', async () => {
    const { entrepreneur } = await matchOf(api, coordinator, { accept: false });
    for (const phone of ['88887777', '+0123456789', '+1 (555) CALL-NOW', '+1234']) {
      const result = await api.gql(
        'mutation($p: String) { updateContactDetails(input: { phone: $p, shareContactDetails: true }) { id } }',
        { p: phone },
        entrepreneur,
      );
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors?.[0]?.extensions?.key).toBe('privacy.phoneFormat');
    }
  });

  test('not shared: the other person of an active match sees none of it', async () => {
    const { entrepreneur, supporter, matchId } = await matchOf(api, coordinator);
    const hers = await matchSeenBy(entrepreneur, matchId);
    expect(hers.supporter.contact).toBeNull();
    expect((await matchSeenBy(supporter, matchId)).entrepreneur.contact).toBeNull();
    expect(await contactReads(supporter.id)).toHaveLength(0);
  });

  test('shared: the other person sees it while the match is active, and each read is audited', async () => {
    const { entrepreneur, supporter, matchId } = await matchOf(api, coordinator);
    await share(api, entrepreneur, '+50688887777');

    const mentorView = await matchSeenBy(supporter, matchId);
    expect(mentorView.status).toBe('ACTIVE');
    expect(mentorView.entrepreneur.contact).toEqual({
      email: expect.stringContaining('@test.aliadas'),
      phone: '+50688887777',
    });
    // Her own side and the mentor who does not share stay empty.
    expect(mentorView.supporter.contact).toBeNull();
    const herView = await matchSeenBy(entrepreneur, matchId);
    expect(herView.entrepreneur.contact).toBeNull();
    expect(herView.supporter.contact).toBeNull();

    const reads = await contactReads(entrepreneur.id);
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ actorId: supporter.id, subjectType: 'User', details: { matchId } });

    // Once the match ends, the details are gone again.
    const ended = await api.gql(
      'mutation($id: ID!) { completeMatch(matchId: $id, outcome: GOALS_MET) { status } }',
      { id: matchId },
      supporter,
    );
    expect(ended.errors).toBeUndefined();
    expect((await matchSeenBy(supporter, matchId)).entrepreneur.contact).toBeNull();
    expect(await contactReads(entrepreneur.id)).toHaveLength(1);
  });

  test('an invitation not yet accepted shows nothing', async () => {
    const { entrepreneur, supporter, matchId } = await matchOf(api, coordinator, { accept: false });
    await share(api, entrepreneur);
    expect((await matchSeenBy(supporter, matchId)).entrepreneur.contact).toBeNull();
  });

  test('staff curating the match never see contact details', async () => {
    const { entrepreneur, supporter, matchId } = await matchOf(api, coordinator);
    await share(api, entrepreneur);
    await share(api, supporter);
    const round = await api.gql<{ openDemands: unknown[] }>('query { openDemands { demand { id } } }', {}, coordinator);
    expect(round.errors).toBeUndefined();
    // A coordinator reads a match only through curation; the withdrawal answer carries its parties.
    const withdrawn = await api.gql<{ withdrawMatch: { entrepreneur: PartyOut; supporter: PartyOut } }>(
      `mutation($id: ID!) { withdrawMatch(matchId: $id, reason: NOT_RESPONDING) {
        entrepreneur { userId contact { email } } supporter { userId contact { email } } } }`,
      { id: matchId },
      coordinator,
    );
    expect(withdrawn.errors).toBeUndefined();
    expect(withdrawn.data?.withdrawMatch.entrepreneur.contact).toBeNull();
    expect(withdrawn.data?.withdrawMatch.supporter.contact).toBeNull();
  });
});
