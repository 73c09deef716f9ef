import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { DEMO_WORKSHOPS, seedDemoWorkshops } from './workshops.seed.js';
import { Workshop } from './workshop.entity.js';

let api: TestServer;

beforeAll(async () => {
  api = await startTestServer();
  for (const email of new Set(DEMO_WORKSHOPS.map((w) => w.organizer))) {
    await api.person(['MENTOR', 'COORDINATOR'], { email });
  }
});

afterAll(async () => {
  await api?.close();
});

describe('demo workshops', () => {
  it('are upcoming, in several languages and both modalities, at the announced local time', async () => {
    const now = new Date('2026-11-29T12:00:00Z');
    expect(await seedDemoWorkshops(api.server.orm.em.fork(), now)).toBe(DEMO_WORKSHOPS.length);
    const workshops = await api.server.orm.em.fork().find(Workshop, {}, { orderBy: { startsAt: 'asc' } });
    expect(workshops).toHaveLength(DEMO_WORKSHOPS.length);
    expect(new Set(workshops.map((w) => w.language)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(workshops.map((w) => w.modality))).toEqual(new Set(['ONLINE', 'IN_PERSON']));
    for (const w of workshops) {
      expect(w.startsAt.getTime()).toBeGreaterThan(now.getTime());
      expect(w.endsAt.getTime() - w.startsAt.getTime()).toBe(w.durationMinutes * 60_000);
      if (w.modality === 'ONLINE') expect(w.meetingLink).toMatch(/^https:\/\/meet\.example\.org\//);
      else expect(w.city && w.country).toBeTruthy();
    }
    // The first is announced for 18:00 in Guatemala (UTC-6), three days on.
    expect(workshops[0]!.startsAt.toISOString()).toBe('2026-12-03T00:00:00.000Z');
  });
});
