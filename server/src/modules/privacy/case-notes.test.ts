// A psychosocial adviser's case notes are hers alone: not the entrepreneur's, not a coordinator's, not
// an admin's, not another adviser's, and never part of anyone else's data.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { errorCodes, startTestServer, type TestServer } from '../../test-support/test-server.js';
import { makeStaff, makeSupporter, type Someone } from '../matching/matching.factories.js';
import { matchOf } from './privacy.factories.js';

const ADD =
  'mutation($id: ID!, $body: String!) { addCaseNote(matchId: $id, input: { body: $body }) { id body matchId } }';
const LIST = 'query($id: ID!) { caseNotes(matchId: $id) { id body } }';

let api: TestServer;
let coordinator: Someone;
beforeAll(async () => {
  api = await startTestServer();
  coordinator = await makeStaff(api.server.orm);
});
afterAll(async () => api?.close());

describe('case notes', () => {
  test('the adviser writes and reads her notes on her active psychosocial case', async () => {
    const { supporter, matchId } = await matchOf(api, coordinator, { kind: 'PSYCHOSOCIAL' });
    const first = await api.gql<{ addCaseNote: { id: string; body: string; matchId: string } }>(
      ADD,
      { id: matchId, body: '  First session: she is safe now.  ' },
      supporter,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data?.addCaseNote).toMatchObject({ body: 'First session: she is safe now.', matchId });
    await api.gql(ADD, { id: matchId, body: 'Second session.' }, supporter);
    const notes = await api.gql<{ caseNotes: { body: string }[] }>(LIST, { id: matchId }, supporter);
    expect(notes.data?.caseNotes.map((n) => n.body)).toEqual(['First session: she is safe now.', 'Second session.']);
  });

  test('nobody else reads them: the entrepreneur, staff, another adviser get an error, never the notes', async () => {
    const { entrepreneur, supporter, matchId } = await matchOf(api, coordinator, { kind: 'PSYCHOSOCIAL' });
    await api.gql(ADD, { id: matchId, body: 'Private.' }, supporter);
    const admin = await makeStaff(api.server.orm, 'ADMIN');
    const otherAdviser = await makeSupporter(api.server.orm, {
      supportKinds: ['PSYCHOSOCIAL'],
      needs: ['PSYCHOSOCIAL_SUPPORT'],
    });
    for (const [who, code] of [
      [entrepreneur, 'FORBIDDEN'],
      [coordinator, 'FORBIDDEN'],
      [admin, 'FORBIDDEN'],
      [otherAdviser, 'NOT_FOUND'],
    ] as const) {
      const read = await api.gql(LIST, { id: matchId }, who);
      expect(errorCodes(read)).toEqual([code]);
      expect(read.data?.caseNotes ?? null).toBeNull();
      expect(errorCodes(await api.gql(ADD, { id: matchId, body: 'Mine too.' }, who))).toEqual([code]);
    }
    // Nor through her data export: they are the adviser's working notes.
    const exported = await api.gql<{ myDataExport: unknown }>('query { myDataExport }', {}, entrepreneur);
    expect(JSON.stringify(exported.data?.myDataExport)).not.toContain('Private.');
  });

  test('an id that names no match is simply not found', async () => {
    const { supporter } = await matchOf(api, coordinator, { kind: 'PSYCHOSOCIAL' });
    for (const id of ['deep', '00000000-0000-4000-8000-000000000000']) {
      expect(errorCodes(await api.gql(LIST, { id }, supporter))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await api.gql(ADD, { id, body: 'x' }, supporter))).toEqual(['NOT_FOUND']);
    }
  });

  test('only on psychosocial cases, and only while the case is active', async () => {
    const mentor = await matchOf(api, coordinator, { kind: 'MENTOR' });
    expect(errorCodes(await api.gql(ADD, { id: mentor.matchId, body: 'x' }, mentor.supporter))).toEqual(['FORBIDDEN']);

    const invited = await matchOf(api, coordinator, { kind: 'PSYCHOSOCIAL', accept: false });
    const early = await api.gql(ADD, { id: invited.matchId, body: 'Too early.' }, invited.supporter);
    expect(errorCodes(early)).toEqual(['CONFLICT']);
    expect(early.errors?.[0]?.extensions?.key).toBe('caseNote.caseNotActive');

    const { supporter, matchId } = await matchOf(api, coordinator, { kind: 'PSYCHOSOCIAL' });
    const empty = await api.gql(ADD, { id: matchId, body: '   ' }, supporter);
    expect(empty.errors?.[0]?.extensions?.key).toBe('caseNote.empty');
    const long = await api.gql(ADD, { id: matchId, body: 'x'.repeat(5001) }, supporter);
    expect(long.errors?.[0]?.extensions?.key).toBe('caseNote.tooLong');
  });
});
