// Notifications: stored with their outbox rows in the caller's transaction, pushed live once committed,
// kept for whoever was offline, read and marked only by their recipient; the relay retries a channel
// that failed and never hands a row out twice.
import type { LiveNotification, NotificationUnread } from '@aliadas/shared';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { DomainEvents, NO_DOMAIN_EVENTS } from '../../domain-events.js';
import { closeSockets, collect, connectAs, nextEvent, sleep, type ClientSocket } from '../../test-support/chat.js';
import { errorCodes, startTestServer, TEST_PASSWORD, type TestServer } from '../../test-support/test-server.js';
import { makeStaff, makeSupporter, type Someone } from '../matching/matching.factories.js';
import { matchOf } from '../privacy/privacy.factories.js';
import { Notification, NotificationOutboxEntry } from './notification.entity.js';
import { NotificationOutbox, startNotificationRelay, type NotificationChannel } from './notification-outbox.js';
import { NotificationService } from './notification.service.js';

const LIST = `query($first: Int, $after: String) {
  myNotifications(first: $first, after: $after) { nodes { id kind link read readAt createdAt params { name text number } } nextCursor }
}`;
const UNREAD = 'query { unreadNotificationCount }';
const MARK = 'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }';
const MARK_ALL = 'mutation { markAllNotificationsRead }';

interface Listed {
  id: string;
  kind: string;
  link: string | null;
  read: boolean;
  readAt: string | null;
  createdAt: string;
  params: { name: string; text: string | null; number: number | null }[];
}

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterEach(() => closeSockets());
afterAll(async () => api?.close());

function service(em = api.server.orm.em.fork(), clock?: () => Date): NotificationService {
  return new NotificationService(em, api.server.deps.events, clock);
}

async function list(who: { token: string }, variables: Record<string, unknown> = {}) {
  const result = await api.gql<{ myNotifications: { nodes: Listed[]; nextCursor: string | null } }>(
    LIST,
    variables,
    who,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.myNotifications;
}

async function unread(who: { token: string }): Promise<number> {
  const result = await api.gql<{ unreadNotificationCount: number }>(UNREAD, {}, who);
  expect(result.errors).toBeUndefined();
  return result.data!.unreadNotificationCount;
}

async function outboxOf(notificationIds: string[]): Promise<NotificationOutboxEntry[]> {
  return api.server.orm.em.fork().find(NotificationOutboxEntry, { notification: { $in: notificationIds } });
}

/** The next notification:new on this socket, with the unread count it came with. */
function nextNotification(socket: ClientSocket): Promise<[LiveNotification, NotificationUnread]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no notification:new in time')), 10_000);
    socket.once('notification:new', (notification, count) => {
      clearTimeout(timer);
      resolve([notification, count]);
    });
  });
}

describe('storing a notification', () => {
  test('the notification and its outbox row are written with the caller’s transaction, or not at all', async () => {
    const her = await api.person(['ENTREPRENEUR']);
    const socket = await connectAs(api, her.token);
    const live = collect(socket, 'notification:new');

    await expect(
      api.server.orm.em.fork().transactional(async (em) => {
        await service(em).notify([her.id], 'CIRCLE_ADDED', { circleId: 'c-1' }, '/circles/c-1');
        throw new Error('the caller changes her mind');
      }),
    ).rejects.toThrow('the caller changes her mind');
    const em = api.server.orm.em.fork();
    expect(await em.count(Notification, { recipient: her.id })).toBe(0);
    expect(await em.count(NotificationOutboxEntry, { notification: { recipient: her.id } })).toBe(0);

    const arrived = nextNotification(socket);
    await api.server.orm.em.fork().transactional(async (em) => {
      await service(em).notify([her.id], 'CIRCLE_ADDED', { circleId: 'c-2' }, '/circles/c-2');
      // Nothing goes out before the commit.
      await sleep(50);
      expect(live).toHaveLength(0);
    });
    const [notification, count] = await arrived;
    expect(notification).toMatchObject({ kind: 'CIRCLE_ADDED', params: { circleId: 'c-2' }, link: '/circles/c-2' });
    expect(count).toEqual({ unreadCount: 1 });
    const stored = await em.fork().find(Notification, { recipient: her.id });
    expect(stored.map((n) => n.id)).toEqual([notification.id]);
    // The rolled-back one never went out.
    expect(live.map((n) => n.id)).toEqual([notification.id]);
    const outbox = await outboxOf([notification.id]);
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ channel: 'IN_APP', status: 'DISPATCHED', attempts: 1 });
  });

  test('one per recipient, none twice for a repeated id, none for a deleted account', async () => {
    const [a, b, gone] = await Promise.all([
      api.person(['MENTOR']),
      api.person(['ADVISER']),
      api.person(['ENTREPRENEUR']),
    ]);
    const deleted = await api.gql(
      'mutation($p: String!) { deleteMyAccount(password: $p) }',
      { p: TEST_PASSWORD },
      gone,
    );
    expect(deleted.errors).toBeUndefined();
    await service().notify([a.id, b.id, a.id, gone.id], 'WORKSHOP_CANCELLED', { workshopId: 'w-1', title: 'Taxes' });
    const em = api.server.orm.em.fork();
    expect(await em.count(Notification, { recipient: a.id })).toBe(1);
    expect(await em.count(Notification, { recipient: b.id })).toBe(1);
    expect(await em.count(Notification, { recipient: gone.id })).toBe(0);
  });

  test('kinds, parameters and links are checked before anything is stored', async () => {
    const her = await api.person(['ENTREPRENEUR']);
    const attempts: [string, () => Promise<void>][] = [
      ['notification.unknownKind', () => service().notify([her.id], 'NOT_A_KIND' as never, {})],
      ['notification.invalidParams', () => service().notify([her.id], 'CIRCLE_ADDED', { note: 'x'.repeat(201) })],
      ['notification.invalidParams', () => service().notify([her.id], 'CIRCLE_ADDED', { nested: { a: 1 } as never })],
      ['notification.invalidParams', () => service().notify([her.id], 'CIRCLE_ADDED', { 'bad name': 'x' })],
      ['notification.invalidParams', () => service().notify([her.id], 'CIRCLE_ADDED', { count: Number.NaN })],
      ['notification.invalidLink', () => service().notify([her.id], 'CIRCLE_ADDED', {}, 'https://example.org/')],
      ['notification.invalidLink', () => service().notify([her.id], 'CIRCLE_ADDED', {}, '//example.org')],
      ['notification.invalidLink', () => service().notify([her.id], 'CIRCLE_ADDED', {}, '/circles/../admin')],
      ['notification.invalidLink', () => service().notify([her.id], 'CIRCLE_ADDED', {}, '/circles?x=1')],
    ];
    for (const [key, attempt] of attempts) {
      await expect(attempt(), key).rejects.toMatchObject({ key });
    }
    expect(await api.server.orm.em.fork().count(Notification, { recipient: her.id })).toBe(0);
  });
});

describe('reading notifications', () => {
  test('none is missed while she is offline: she finds them, newest first, page by page', async () => {
    const her = await api.person(['ENTREPRENEUR']);
    let at = Date.parse('2026-03-01T10:00:00Z');
    const clock = () => new Date((at += 60_000));
    for (let i = 1; i <= 5; i += 1) {
      await service(undefined, clock).notify([her.id], 'WORKSHOP_REMINDER', { workshopId: `w-${i}`, hours: i });
    }
    expect(await unread(her)).toBe(5);
    const first = await list(her, { first: 2 });
    expect(first.nodes.map((n) => n.params.find((p) => p.name === 'workshopId')?.text)).toEqual(['w-5', 'w-4']);
    expect(first.nodes[0]!.params).toContainEqual({ name: 'hours', text: null, number: 5 });
    expect(first.nextCursor).not.toBeNull();
    const second = await list(her, { first: 2, after: first.nextCursor });
    expect(second.nodes.map((n) => n.params.find((p) => p.name === 'workshopId')?.text)).toEqual(['w-3', 'w-2']);
    const third = await list(her, { first: 2, after: second.nextCursor });
    expect(third.nodes.map((n) => n.params.find((p) => p.name === 'workshopId')?.text)).toEqual(['w-1']);
    expect(third.nextCursor).toBeNull();
    expect(third.nodes[0]).toMatchObject({ kind: 'WORKSHOP_REMINDER', read: false, readAt: null, link: null });
  });

  test('pages are bounded and cursors must be real', async () => {
    const her = await api.person(['ENTREPRENEUR']);
    expect(errorCodes(await api.gql(LIST, { first: 51 }, her))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await api.gql(LIST, { first: 0 }, her))).toEqual(['BAD_USER_INPUT']);
    const bad = await api.gql(LIST, { first: 5, after: 'bm90LWEtY3Vyc29y' }, her);
    expect(bad.errors?.[0]?.extensions?.key).toBe('notification.invalidCursor');
  });

  test('she marks some or all read; her other devices get the new count; nobody else’s change', async () => {
    const [her, other] = await Promise.all([api.person(['MENTOR']), api.person(['MENTOR'])]);
    await service().notify([her.id, other.id], 'SUPPORTER_REPLY_REMINDER', { matchId: 'm-1' });
    await service().notify([her.id, other.id], 'SUPPORTER_REPLY_REMINDER', { matchId: 'm-2' });
    await service().notify([her.id], 'SUPPORTER_REPLY_REMINDER', { matchId: 'm-3' });
    const hers = (await list(her)).nodes;
    const others = (await list(other)).nodes;
    expect(hers).toHaveLength(3);
    expect(others).toHaveLength(2);
    // Each sees only her own.
    expect(hers.map((n) => n.id)).not.toContain(others[0]!.id);

    const phone = await connectAs(api, her.token);
    const laptop = await connectAs(api, her.token);
    const onLaptop = nextEvent(laptop, 'notification:unread');
    const onPhone = nextEvent(phone, 'notification:unread');
    // Her own id and someone else's: only hers changes.
    const marked = await api.gql<{ markNotificationsRead: number }>(MARK, { ids: [hers[0]!.id, others[0]!.id] }, her);
    expect(marked.errors).toBeUndefined();
    expect(marked.data!.markNotificationsRead).toBe(2);
    expect(await onLaptop).toEqual({ unreadCount: 2 });
    expect(await onPhone).toEqual({ unreadCount: 2 });
    expect(await unread(other)).toBe(2);
    expect((await list(other)).nodes.every((n) => !n.read)).toBe(true);
    expect((await list(her)).nodes.find((n) => n.id === hers[0]!.id)).toMatchObject({ read: true });

    const all = await api.gql<{ markAllNotificationsRead: number }>(MARK_ALL, {}, her);
    expect(all.data!.markAllNotificationsRead).toBe(0);
    expect(await unread(her)).toBe(0);
    expect(await unread(other)).toBe(2);
  });

  test('the other person cannot mark hers read, and marking many at once is bounded', async () => {
    const [her, other] = await Promise.all([api.person(['ENTREPRENEUR']), api.person(['ENTREPRENEUR'])]);
    await service().notify([her.id], 'CIRCLE_ADDED', { circleId: 'c-9' });
    const [notification] = (await list(her)).nodes;
    const tried = await api.gql<{ markNotificationsRead: number }>(MARK, { ids: [notification!.id] }, other);
    expect(tried.data?.markNotificationsRead).toBe(0);
    expect(await unread(her)).toBe(1);
    const many = Array.from({ length: 101 }, () => notification!.id);
    expect(errorCodes(await api.gql(MARK, { ids: many }, her))).toEqual(['BAD_USER_INPUT']);
  });

  test('nobody signed out reads or marks notifications', async () => {
    expect(errorCodes(await api.gql(UNREAD))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await api.gql(MARK_ALL))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('matches', () => {
  let coordinator: Someone;
  beforeAll(async () => {
    coordinator = await makeStaff(api.server.orm);
  });

  test('the supporter hears of her invitation, and both hear the match began; no names in them', async () => {
    const { entrepreneur, supporter, matchId } = await matchOf(api, coordinator, { kind: 'MENTOR' });
    const supporterKinds = (await list(supporter)).nodes.map((n) => n.kind);
    expect(supporterKinds).toEqual(['MATCH_STARTED', 'MATCH_INVITATION']);
    const [started] = (await list(entrepreneur)).nodes;
    expect((await list(entrepreneur)).nodes).toHaveLength(1);
    expect(started).toMatchObject({ kind: 'MATCH_STARTED', link: '/chat' });
    expect(started!.params).toEqual([
      { name: 'matchId', text: matchId, number: null },
      { name: 'supportKind', text: 'MENTOR', number: null },
    ]);
    // The coordinator who curated it gets nothing.
    expect(await unread(coordinator)).toBe(0);
  });

  test('a supporter who is online hears of her invitation at once; one who is not finds it later', async () => {
    const online = await makeSupporter(api.server.orm, { capacity: 3 });
    const socket = await connectAs(api, online.token);
    const arrived = nextNotification(socket);
    const { matchId } = await matchOf(api, coordinator, { kind: 'MENTOR', accept: false, supporter: online });
    const [notification, count] = await arrived;
    expect(notification).toMatchObject({ kind: 'MATCH_INVITATION', link: '/invitations', params: { matchId } });
    expect(count).toEqual({ unreadCount: 1 });

    const { supporter: offline } = await matchOf(api, coordinator, { kind: 'MENTOR', accept: false });
    expect((await list(offline)).nodes.map((n) => n.kind)).toEqual(['MATCH_INVITATION']);
    expect(await unread(offline)).toBe(1);
  });
});

describe('privacy', () => {
  test('her notifications and their deliveries are in her data export, and go with her account', async () => {
    const her = await api.person(['ENTREPRENEUR']);
    await service().notify([her.id], 'CIRCLE_ADDED', { circleId: 'c-7' }, '/circles/c-7');
    const [stored] = (await list(her)).nodes;
    const exported = await api.gql<{ myDataExport: Record<string, unknown[]> }>('query { myDataExport }', {}, her);
    expect(exported.errors).toBeUndefined();
    expect(exported.data!.myDataExport.notifications).toEqual([
      expect.objectContaining({ id: stored!.id, kind: 'CIRCLE_ADDED', params: { circleId: 'c-7' } }),
    ]);
    expect(exported.data!.myDataExport.notificationDeliveries).toEqual([
      expect.objectContaining({ notification: stored!.id, channel: 'IN_APP' }),
    ]);

    const deleted = await api.gql('mutation($p: String!) { deleteMyAccount(password: $p) }', { p: TEST_PASSWORD }, her);
    expect(deleted.errors).toBeUndefined();
    const em = api.server.orm.em.fork();
    expect(await em.count(Notification, { recipient: her.id })).toBe(0);
    expect(await em.count(NotificationOutboxEntry, { notification: stored!.id })).toBe(0);
  });
});

describe('the outbox relay', () => {
  /** A channel the app does not run, so that only the relays of these tests take its rows. */
  function recordingChannel(name: string, failFirst = 0): NotificationChannel & { delivered: string[] } {
    let failures = failFirst;
    const delivered: string[] = [];
    return {
      name,
      delivered,
      deliver: async ({ notification }) => {
        if (failures > 0) {
          failures -= 1;
          throw new Error('the gateway is down');
        }
        delivered.push(notification.id);
      },
    };
  }

  async function pendingRow(channel: string, nextAttemptAt: Date): Promise<string> {
    const her = await api.person(['ENTREPRENEUR']);
    // Stored without announcing it, as if the process had stopped right after the commit.
    await new NotificationService(api.server.orm.em.fork(), NO_DOMAIN_EVENTS).notify([her.id], 'CIRCLE_ADDED', {
      circleId: 'c-1',
    });
    const em = api.server.orm.em.fork();
    const notification = await em.findOneOrFail(Notification, { recipient: her.id });
    const row = em.create(NotificationOutboxEntry, { notification, channel, nextAttemptAt, createdAt: nextAttemptAt });
    await em.flush();
    return row.id;
  }

  test('a channel that fails is tried again after a wait, then given up after too many attempts', async () => {
    let now = new Date('2026-04-01T08:00:00Z');
    const channel = recordingChannel('SMS_RETRY', 1);
    const outbox = new NotificationOutbox(api.server.orm.em.fork(), {
      channels: [channel],
      clock: () => now,
      backoffMs: (attempts) => attempts * 60_000,
      maxAttempts: 3,
    });
    const rowId = await pendingRow('SMS_RETRY', now);
    const row = async () => api.server.orm.em.fork().findOneOrFail(NotificationOutboxEntry, { id: rowId });

    expect(await outbox.dispatchDue()).toBe(0);
    expect(await row()).toMatchObject({ status: 'PENDING', attempts: 1, lastError: 'the gateway is down' });
    expect((await row()).nextAttemptAt.getTime()).toBe(now.getTime() + 60_000);
    // Not due yet.
    now = new Date(now.getTime() + 30_000);
    expect(await outbox.dispatchDue()).toBe(0);
    expect((await row()).attempts).toBe(1);
    now = new Date(now.getTime() + 30_000);
    expect(await outbox.dispatchDue()).toBe(1);
    expect(await row()).toMatchObject({ status: 'DISPATCHED', attempts: 2 });
    expect((await row()).dispatchedAt?.getTime()).toBe(now.getTime());
    expect(channel.delivered).toHaveLength(1);

    const broken = recordingChannel('SMS_BROKEN', 99);
    const failing = new NotificationOutbox(api.server.orm.em.fork(), {
      channels: [broken],
      clock: () => now,
      backoffMs: () => 0,
      maxAttempts: 3,
    });
    const brokenId = await pendingRow('SMS_BROKEN', now);
    for (let i = 0; i < 5; i += 1) await failing.dispatchDue();
    const given = await api.server.orm.em.fork().findOneOrFail(NotificationOutboxEntry, { id: brokenId });
    expect(given).toMatchObject({ status: 'FAILED', attempts: 3, lastError: 'the gateway is down' });
  });

  test('two relays sweeping at once hand each row out once', async () => {
    const now = new Date('2026-04-02T08:00:00Z');
    const channels = [recordingChannel('SMS_RACE'), recordingChannel('SMS_RACE')];
    const rows = [];
    for (let i = 0; i < 6; i += 1) rows.push(await pendingRow('SMS_RACE', now));
    const relays = channels.map(
      (channel) => new NotificationOutbox(api.server.orm.em.fork(), { channels: [channel], clock: () => now }),
    );
    const counts = await Promise.all(relays.map((r) => r.dispatchDue()));
    expect(counts[0]! + counts[1]!).toBe(6);
    const delivered = channels.flatMap((c) => c.delivered);
    expect(delivered).toHaveLength(6);
    expect(new Set(delivered).size).toBe(6);
  });

  test('a row left pending (a crash after the commit) goes out with the next sweep', async () => {
    const channel = recordingChannel('SMS_SWEEP');
    await pendingRow('SMS_SWEEP', new Date(Date.now() - 1000));
    const relay = startNotificationRelay(
      api.server.orm,
      new DomainEvents(),
      { channels: [channel], sweepIntervalMs: 50 },
      api.server.log,
    );
    try {
      for (let waited = 0; channel.delivered.length === 0 && waited < 10_000; waited += 50) await sleep(50);
      expect(channel.delivered).toHaveLength(1);
    } finally {
      await relay.stop();
    }
  });
});
