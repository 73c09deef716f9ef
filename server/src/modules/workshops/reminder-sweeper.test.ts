import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainEvents, type DomainEvent } from '../../domain-events.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { Notification } from '../notifications/notification.entity.js';
import { startWorkshopReminderSweeper } from './reminder-sweeper.js';
import { sampleWorkshopInput } from './workshops.authorization.js';

let api: TestServer;

beforeAll(async () => {
  api = await startTestServer();
});

afterAll(async () => {
  await api?.close();
});

describe('the workshop reminder sweeper', () => {
  it('reminds on its timer by the clock it is given, once, and announces the notification after commit', async () => {
    const mentor = await api.person(['MENTOR']);
    const her = await api.person(['ENTREPRENEUR']);
    const published = await api.gql<{ publishWorkshop: { id: string; startsAt: string } }>(
      'mutation($input: WorkshopInput!) { publishWorkshop(input: $input) { id startsAt } }',
      { input: sampleWorkshopInput(5) },
      mentor,
    );
    const workshop = published.data!.publishWorkshop;
    await api.gql('mutation($id: ID!) { signUpForWorkshop(id: $id) { id } }', { id: workshop.id }, her);

    // The clock starts two days before the session, outside a 24-hour window.
    const startsAt = new Date(workshop.startsAt).getTime();
    let now = new Date(startsAt - 48 * 3_600_000);
    const events = new DomainEvents();
    const announced: DomainEvent[] = [];
    events.subscribe((event) => announced.push(event));
    const reminders = () =>
      api.server.orm.em.fork().count(Notification, { recipient: her.id, kind: 'WORKSHOP_REMINDER' });
    const sweeper = startWorkshopReminderSweeper(
      api.server.orm,
      { events, clock: () => now },
      { reminderLeadMs: 24 * 3_600_000, reminderSweepIntervalMs: 20 },
      pino({ level: 'silent' }),
    );
    try {
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await reminders()).toBe(0);
      now = new Date(startsAt - 23 * 3_600_000);
      await expect.poll(reminders, { timeout: 10_000 }).toBe(1);
      // Many more sweeps later, still one.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await reminders()).toBe(1);
      expect(announced.filter((e) => e.type === 'notification.created')).toHaveLength(1);
    } finally {
      await sweeper.stop();
    }
  });
});
