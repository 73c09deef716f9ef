// Workshops in her data export and in the deletion of her account.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TEST_PASSWORD, type TestPerson, type TestServer } from '../../test-support/test-server.js';
import { Notification } from '../notifications/notification.entity.js';
import { sampleWorkshopInput } from './workshops.authorization.js';
import { Workshop, WorkshopRegistration } from './workshop.entity.js';

const PUBLISH = 'mutation($input: WorkshopInput!) { publishWorkshop(input: $input) { id } }';
const SIGN_UP = 'mutation($id: ID!) { signUpForWorkshop(id: $id) { id } }';
const DELETE = 'mutation($p: String!) { deleteMyAccount(password: $p) }';

let api: TestServer;

beforeAll(async () => {
  api = await startTestServer();
});

afterAll(async () => {
  await api?.close();
});

async function publish(by: TestPerson, seats: number): Promise<string> {
  const result = await api.gql<{ publishWorkshop: { id: string } }>(
    PUBLISH,
    { input: { ...sampleWorkshopInput(), seats } },
    by,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.publishWorkshop.id;
}

async function signUp(id: string, by: TestPerson): Promise<void> {
  const result = await api.gql(SIGN_UP, { id }, by);
  expect(result.errors).toBeUndefined();
}

describe('workshops and her personal data', () => {
  it('her export lists her registrations, and the organizer’s lists the workshops she gives', async () => {
    const mentor = await api.person(['MENTOR']);
    const her = await api.person(['ENTREPRENEUR']);
    const id = await publish(mentor, 5);
    await signUp(id, her);
    const exported = await api.gql<{ myDataExport: Record<string, Record<string, unknown>[]> }>(
      'query { myDataExport }',
      {},
      her,
    );
    expect(exported.data!.myDataExport.workshopRegistrations).toEqual([
      expect.objectContaining({ workshop: id, status: 'CONFIRMED', attendance: 'UNKNOWN' }),
    ]);
    expect(exported.data!.myDataExport.workshopRegistrations![0]).not.toHaveProperty('participant');
    const given = await api.gql<{ myDataExport: Record<string, Record<string, unknown>[]> }>(
      'query { myDataExport }',
      {},
      mentor,
    );
    expect(given.data!.myDataExport.workshopsSheGave).toEqual([
      expect.objectContaining({ id, title: 'Cuentas claras', seats: 5 }),
    ]);
  });

  it('deleting her account gives her seat to the first woman waiting, who is told', async () => {
    const mentor = await api.person(['MENTOR']);
    const [her, next] = [await api.person(['ENTREPRENEUR']), await api.person(['ENTREPRENEUR'])];
    const id = await publish(mentor, 1);
    await signUp(id, her);
    await signUp(id, next);
    const deleted = await api.gql(DELETE, { p: TEST_PASSWORD }, her);
    expect(deleted.errors).toBeUndefined();
    const em = api.server.orm.em.fork();
    expect(await em.findOneOrFail(WorkshopRegistration, { workshop: id, participant: her.id })).toMatchObject({
      status: 'CANCELLED',
    });
    expect(await em.findOneOrFail(WorkshopRegistration, { workshop: id, participant: next.id })).toMatchObject({
      status: 'CONFIRMED',
    });
    expect(await em.findOneOrFail(Workshop, { id })).toMatchObject({ confirmedCount: 1, waitingCount: 0 });
    expect(await em.count(Notification, { recipient: next.id, kind: 'WORKSHOP_SEAT_CONFIRMED' })).toBe(1);
  });

  it('deleting the organizer’s account cancels the workshops she was to give, and tells those signed up', async () => {
    const mentor = await api.person(['MENTOR']);
    const her = await api.person(['ENTREPRENEUR']);
    const id = await publish(mentor, 3);
    await signUp(id, her);
    const deleted = await api.gql(DELETE, { p: TEST_PASSWORD }, mentor);
    expect(deleted.errors).toBeUndefined();
    const em = api.server.orm.em.fork();
    expect(await em.findOneOrFail(Workshop, { id })).toMatchObject({ status: 'CANCELLED' });
    expect(
      await em.count(Notification, { recipient: her.id, kind: 'WORKSHOP_CANCELLED', link: `/workshops/${id}` }),
    ).toBe(1);
  });
});
