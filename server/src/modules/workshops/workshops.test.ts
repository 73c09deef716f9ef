import type { NotificationKind } from '@aliadas/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_DOMAIN_EVENTS } from '../../domain-events.js';
import { errorCodes, startTestServer, type TestPerson, type TestServer } from '../../test-support/test-server.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { Notification } from '../notifications/notification.entity.js';
import { sampleWorkshopInput } from './workshops.authorization.js';
import { Workshop, WorkshopRegistration } from './workshop.entity.js';
import { WorkshopsService } from './workshops.service.js';

const VIEW = `id title status seats confirmedCount waitingCount seatsLeft meetingLink place city country
  startsAt endsAt timeZone localStart organizerName canManage started
  myPlace { id status waitingPosition attendance }`;
const PUBLISH = `mutation($input: WorkshopInput!) { publishWorkshop(input: $input) { ${VIEW} } }`;
const UPDATE = `mutation($id: ID!, $input: WorkshopInput!) { updateWorkshop(id: $id, input: $input) { ${VIEW} } }`;
const CANCEL = `mutation($id: ID!) { cancelWorkshop(id: $id) { ${VIEW} } }`;
const SIGN_UP = `mutation($id: ID!) { signUpForWorkshop(id: $id) { ${VIEW} } }`;
const LEAVE = `mutation($id: ID!) { leaveWorkshop(id: $id) { ${VIEW} } }`;
const GET = `query($id: ID!) { workshop(id: $id) { ${VIEW} } }`;
const MINE = `query { myWorkshops { ${VIEW} } }`;
const UPCOMING = `query($language: String, $topic: Need, $modality: WorkshopModality, $country: Country) {
  upcomingWorkshops(language: $language, topic: $topic, modality: $modality, country: $country) { total items { id } }
}`;
const REGISTRANTS = `query($id: ID!) { workshopRegistrants(id: $id) { id displayName status waitingPosition attendance } }`;
const ATTENDANCE = `mutation($id: ID!, $input: AttendanceListInput!) {
  recordWorkshopAttendance(id: $id, input: $input) { id displayName status attendance }
}`;

interface Place {
  id: string;
  status: string;
  waitingPosition: number | null;
  attendance: string;
}
interface View {
  id: string;
  title: string;
  status: string;
  seats: number;
  confirmedCount: number;
  waitingCount: number;
  seatsLeft: number;
  meetingLink: string | null;
  place: string | null;
  city: string | null;
  startsAt: string;
  localStart: string;
  timeZone: string;
  organizerName: string;
  canManage: boolean;
  started: boolean;
  myPlace: Place | null;
}
interface Registrant {
  id: string;
  displayName: string;
  status: string;
  waitingPosition: number | null;
  attendance: string;
}

let api: TestServer;
let mentor: TestPerson;
let otherMentor: TestPerson;
let coordinator: TestPerson;
let admin: TestPerson;
let women: TestPerson[];

async function ok<T>(query: string, variables: Record<string, unknown>, by: TestPerson): Promise<T> {
  const result = await api.gql<T>(query, variables, by);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}

async function publish(by: TestPerson, overrides: Record<string, unknown> = {}): Promise<View> {
  const data = await ok<{ publishWorkshop: View }>(PUBLISH, { input: { ...sampleWorkshopInput(), ...overrides } }, by);
  return data.publishWorkshop;
}

async function signUp(id: string, by: TestPerson): Promise<View> {
  return (await ok<{ signUpForWorkshop: View }>(SIGN_UP, { id }, by)).signUpForWorkshop;
}

async function leave(id: string, by: TestPerson): Promise<View> {
  return (await ok<{ leaveWorkshop: View }>(LEAVE, { id }, by)).leaveWorkshop;
}

async function view(id: string, by: TestPerson): Promise<View> {
  return (await ok<{ workshop: View }>(GET, { id }, by)).workshop;
}

async function notificationsOf(person: TestPerson, kind: NotificationKind): Promise<Notification[]> {
  return api.server.orm.em.fork().find(Notification, { recipient: person.id, kind }, { orderBy: { createdAt: 'asc' } });
}

/** Moves a workshop's start into the past, as if the days had gone by. */
async function startNow(id: string): Promise<void> {
  const em = api.server.orm.em.fork();
  const startsAt = new Date(Date.now() - 60_000);
  await em.nativeUpdate(Workshop, { id }, { startsAt, endsAt: new Date(startsAt.getTime() + 90 * 60_000) });
}

beforeAll(async () => {
  api = await startTestServer();
  mentor = await api.person(['MENTOR'], { displayName: 'Mentora Rosa' });
  otherMentor = await api.person(['MENTOR']);
  coordinator = await api.person(['COORDINATOR']);
  admin = await api.person(['ADMIN']);
  women = [];
  for (let i = 0; i < 4; i++) {
    women.push(
      await api.person(['ENTREPRENEUR'], { displayName: `Mujer ${i + 1}`, email: `mujer${i + 1}@test.aliadas` }),
    );
  }
});

afterAll(async () => {
  await api?.close();
});

describe('publishing', () => {
  it('mentors and coordinators publish; the time is stored as an instant with the zone it was announced in', async () => {
    const input = sampleWorkshopInput(10);
    const published = await publish(mentor);
    expect(published).toMatchObject({
      title: 'Cuentas claras',
      status: 'PUBLISHED',
      seats: 10,
      seatsLeft: 10,
      timeZone: 'America/Guatemala',
      organizerName: 'Mentora Rosa',
      canManage: true,
      started: false,
      myPlace: null,
    });
    // 18:00 in Guatemala (UTC-6 all year) is midnight UTC.
    expect(published.startsAt).toMatch(/T00:00:00\.000Z$/);
    expect(published.localStart).toMatch(/T18:00$/);
    const byCoordinator = await publish(coordinator, {
      localStart: input.localStart,
      timeZone: 'America/Santo_Domingo',
    });
    expect(byCoordinator.startsAt).toMatch(/T22:00:00\.000Z$/);

    const audit = await api.server.orm.em
      .fork()
      .find(AuditEntry, { action: 'workshop.publish', subjectId: published.id });
    expect(audit).toHaveLength(1);
  });

  it('entrepreneurs, advisers and admins do not publish', async () => {
    const adviser = await api.person(['ADVISER']);
    for (const person of [women[0]!, adviser, admin]) {
      const result = await api.gql(PUBLISH, { input: sampleWorkshopInput() }, person);
      expect(errorCodes(result)).toEqual(['FORBIDDEN']);
    }
  });

  it('refuses bad fields with translatable keys', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ title: 'ab' }, 'workshop.titleLength'],
      [{ title: 'x'.repeat(121) }, 'workshop.titleLength'],
      [{ description: 'corta' }, 'workshop.descriptionLength'],
      [{ localStart: '2020-01-01T10:00' }, 'workshop.startInPast'],
      [{ localStart: '2099-01-01T10:00' }, 'workshop.startTooFar'],
      [{ localStart: '2027-02-30T10:00' }, 'workshop.startInvalid'],
      [{ meetingLink: null }, 'workshop.meetingLinkRequired'],
      [{ modality: 'IN_PERSON', meetingLink: null, city: 'Antigua' }, 'workshop.placeRequired'],
    ];
    for (const [overrides, key] of cases) {
      const result = await api.gql(PUBLISH, { input: { ...sampleWorkshopInput(), ...overrides } }, mentor);
      expect(result.errors?.[0]?.extensions?.key, key).toBe(key);
    }
    // Out of bounds before the service: seats, time zone, link scheme.
    for (const overrides of [
      { seats: 0 },
      { seats: 501 },
      { timeZone: 'Mars/Olympus' },
      { meetingLink: 'http://insecure.example.org' },
      { durationMinutes: 5 },
    ]) {
      const result = await api.gql(PUBLISH, { input: { ...sampleWorkshopInput(), ...overrides } }, mentor);
      expect(errorCodes(result), JSON.stringify(overrides)).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('an in-person workshop keeps its city and country, and drops a meeting link', async () => {
    const published = await publish(mentor, {
      modality: 'IN_PERSON',
      place: 'Casa comunal, 2a calle',
      city: 'Quetzaltenango',
      country: 'GT',
    });
    expect(published).toMatchObject({ meetingLink: null, place: 'Casa comunal, 2a calle', city: 'Quetzaltenango' });
  });
});

describe('signing up and the waiting list', () => {
  it('one seat: the first woman has it, the next ones wait in order; signing up twice changes nothing', async () => {
    const workshop = await publish(mentor, { seats: 1 });
    const first = await signUp(workshop.id, women[0]!);
    expect(first.myPlace).toMatchObject({ status: 'CONFIRMED', waitingPosition: null });
    expect(first).toMatchObject({ confirmedCount: 1, seatsLeft: 0, meetingLink: 'https://meet.example.org/cuentas' });
    const second = await signUp(workshop.id, women[1]!);
    expect(second.myPlace).toMatchObject({ status: 'WAITING', waitingPosition: 1 });
    // The link is for those with a seat.
    expect(second.meetingLink).toBeNull();
    const third = await signUp(workshop.id, women[2]!);
    expect(third.myPlace).toMatchObject({ status: 'WAITING', waitingPosition: 2 });
    const again = await signUp(workshop.id, women[1]!);
    expect(again).toMatchObject({ confirmedCount: 1, waitingCount: 2, myPlace: { waitingPosition: 1 } });

    const mine = await ok<{ myWorkshops: View[] }>(MINE, {}, women[2]!);
    expect(mine.myWorkshops.find((w) => w.id === workshop.id)?.myPlace).toMatchObject({
      status: 'WAITING',
      waitingPosition: 2,
    });
  });

  it('when a seat frees up the first woman waiting moves up and is notified; the line moves', async () => {
    const workshop = await publish(mentor, { seats: 1 });
    await signUp(workshop.id, women[0]!);
    await signUp(workshop.id, women[1]!);
    await signUp(workshop.id, women[2]!);
    const before = (await notificationsOf(women[1]!, 'WORKSHOP_SEAT_CONFIRMED')).length;

    const left = await leave(workshop.id, women[0]!);
    expect(left.myPlace?.status).toBe('CANCELLED');
    expect(left).toMatchObject({ confirmedCount: 1, waitingCount: 1 });
    expect((await view(workshop.id, women[1]!)).myPlace).toMatchObject({ status: 'CONFIRMED', waitingPosition: null });
    expect((await view(workshop.id, women[2]!)).myPlace).toMatchObject({ status: 'WAITING', waitingPosition: 1 });
    const told = await notificationsOf(women[1]!, 'WORKSHOP_SEAT_CONFIRMED');
    expect(told).toHaveLength(before + 1);
    expect(told.at(-1)).toMatchObject({ link: `/workshops/${workshop.id}` });
    expect(told.at(-1)!.params).toMatchObject({ title: 'Cuentas claras', timeZone: 'America/Guatemala' });
    expect(await notificationsOf(women[2]!, 'WORKSHOP_SEAT_CONFIRMED')).toHaveLength(0);

    // She may come back: to the end of the line.
    const back = await signUp(workshop.id, women[0]!);
    expect(back.myPlace).toMatchObject({ status: 'WAITING', waitingPosition: 2 });
  });

  it('leaving the waiting list moves the others up the line without giving anyone a seat', async () => {
    const workshop = await publish(mentor, { seats: 1 });
    for (const woman of women.slice(0, 3)) await signUp(workshop.id, woman);
    await leave(workshop.id, women[1]!);
    expect((await view(workshop.id, women[2]!)).myPlace).toMatchObject({ status: 'WAITING', waitingPosition: 1 });
    expect(await view(workshop.id, mentor)).toMatchObject({ confirmedCount: 1, waitingCount: 1 });
  });

  it('more seats move the waiting list up at once; fewer than those confirmed are refused', async () => {
    const workshop = await publish(mentor, { seats: 1 });
    for (const woman of women.slice(0, 4)) await signUp(workshop.id, woman);
    const input = { ...sampleWorkshopInput(), localStart: workshop.localStart, seats: 3 };
    const updated = (await ok<{ updateWorkshop: View }>(UPDATE, { id: workshop.id, input }, mentor)).updateWorkshop;
    expect(updated).toMatchObject({ seats: 3, confirmedCount: 3, waitingCount: 1 });
    expect((await view(workshop.id, women[2]!)).myPlace?.status).toBe('CONFIRMED');
    expect((await view(workshop.id, women[3]!)).myPlace).toMatchObject({ status: 'WAITING', waitingPosition: 1 });
    const promoted = await notificationsOf(women[2]!, 'WORKSHOP_SEAT_CONFIRMED');
    expect(promoted.some((n) => n.link === `/workshops/${workshop.id}`)).toBe(true);

    const fewer = await api.gql(UPDATE, { id: workshop.id, input: { ...input, seats: 2 } }, mentor);
    expect(fewer.errors?.[0]?.extensions).toMatchObject({
      key: 'workshop.seatsBelowConfirmed',
      params: { confirmed: 3 },
    });
  });

  it('the organizer does not sign up for her own workshop; nobody signs up once it started', async () => {
    const both = await api.person(['MENTOR', 'ENTREPRENEUR']);
    const own = await publish(both);
    expect((await api.gql(SIGN_UP, { id: own.id }, both)).errors?.[0]?.extensions?.key).toBe('workshop.ownWorkshop');
    const workshop = await publish(mentor);
    await signUp(workshop.id, women[0]!);
    await startNow(workshop.id);
    expect((await api.gql(SIGN_UP, { id: workshop.id }, women[1])).errors?.[0]?.extensions?.key).toBe(
      'workshop.alreadyStarted',
    );
    expect((await api.gql(LEAVE, { id: workshop.id }, women[0])).errors?.[0]?.extensions?.key).toBe(
      'workshop.alreadyStarted',
    );
  });
});

describe('managing', () => {
  it('another mentor may not change, cancel or see who signed up; a coordinator may', async () => {
    const workshop = await publish(mentor);
    const input = { ...sampleWorkshopInput(), localStart: workshop.localStart };
    expect(errorCodes(await api.gql(UPDATE, { id: workshop.id, input }, otherMentor))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await api.gql(CANCEL, { id: workshop.id }, otherMentor))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await api.gql(REGISTRANTS, { id: workshop.id }, otherMentor))).toEqual(['FORBIDDEN']);
    expect((await view(workshop.id, otherMentor)).canManage).toBe(false);
    expect((await view(workshop.id, coordinator)).canManage).toBe(true);
    const retitled = await ok<{ updateWorkshop: View }>(
      UPDATE,
      { id: workshop.id, input: { ...input, title: 'Cuentas claras, segunda parte' } },
      coordinator,
    );
    expect(retitled.updateWorkshop.title).toBe('Cuentas claras, segunda parte');
    const audit = await api.server.orm.em
      .fork()
      .find(AuditEntry, { action: 'workshop.update', subjectId: workshop.id });
    expect(audit.map((a) => a.actor?.id)).toEqual([coordinator.id]);
  });

  it('the organizer sees display names only, seats first and then the line in order', async () => {
    const workshop = await publish(mentor, { seats: 1 });
    for (const woman of women.slice(0, 3)) await signUp(workshop.id, woman);
    const { workshopRegistrants } = await ok<{ workshopRegistrants: Registrant[] }>(
      REGISTRANTS,
      { id: workshop.id },
      mentor,
    );
    expect(workshopRegistrants.map((r) => [r.displayName, r.status, r.waitingPosition])).toEqual([
      ['Mujer 1', 'CONFIRMED', null],
      ['Mujer 2', 'WAITING', 1],
      ['Mujer 3', 'WAITING', 2],
    ]);
    // The type itself carries no way to reach them.
    const type = await api.gql<{ __type: { fields: { name: string }[] } }>(
      '{ __type(name: "WorkshopRegistrant") { fields { name } } }',
      {},
      mentor,
    );
    expect(type.data!.__type.fields.map((f) => f.name).sort()).toEqual([
      'attendance',
      'displayName',
      'id',
      'status',
      'waitingPosition',
    ]);
  });

  it('cancelling tells everyone signed up or waiting, and closes sign-up', async () => {
    const workshop = await publish(mentor, { seats: 1 });
    await signUp(workshop.id, women[0]!);
    await signUp(workshop.id, women[1]!);
    const cancelled = (await ok<{ cancelWorkshop: View }>(CANCEL, { id: workshop.id }, mentor)).cancelWorkshop;
    expect(cancelled.status).toBe('CANCELLED');
    for (const woman of [women[0]!, women[1]!]) {
      const told = await notificationsOf(woman, 'WORKSHOP_CANCELLED');
      expect(told.filter((n) => n.link === `/workshops/${workshop.id}`)).toHaveLength(1);
    }
    expect((await api.gql(SIGN_UP, { id: workshop.id }, women[2])).errors?.[0]?.extensions?.key).toBe(
      'workshop.cancelled',
    );
    const upcoming = await ok<{ upcomingWorkshops: { items: { id: string }[] } }>(UPCOMING, {}, women[2]!);
    expect(upcoming.upcomingWorkshops.items.map((w) => w.id)).not.toContain(workshop.id);
  });
});

describe('attendance', () => {
  it('is taken once the session has started, for women with a seat only', async () => {
    const workshop = await publish(mentor, { seats: 2 });
    for (const woman of women.slice(0, 3)) await signUp(workshop.id, woman);
    const { workshopRegistrants } = await ok<{ workshopRegistrants: Registrant[] }>(
      REGISTRANTS,
      { id: workshop.id },
      mentor,
    );
    const [first, second, waiting] = workshopRegistrants as [Registrant, Registrant, Registrant];
    const entries = [
      { registrationId: first.id, attendance: 'ATTENDED' },
      { registrationId: second.id, attendance: 'ABSENT' },
    ];
    const early = await api.gql(ATTENDANCE, { id: workshop.id, input: { entries } }, mentor);
    expect(early.errors?.[0]?.extensions?.key).toBe('workshop.notStartedYet');

    await startNow(workshop.id);
    const notHers = await api.gql(ATTENDANCE, { id: workshop.id, input: { entries } }, otherMentor);
    expect(errorCodes(notHers)).toEqual(['FORBIDDEN']);
    const onWaitingList = await api.gql(
      ATTENDANCE,
      { id: workshop.id, input: { entries: [{ registrationId: waiting.id, attendance: 'ATTENDED' }] } },
      mentor,
    );
    expect(onWaitingList.errors?.[0]?.extensions?.key).toBe('workshop.notARegistrant');
    const twice = await api.gql(ATTENDANCE, { id: workshop.id, input: { entries: [entries[0], entries[0]] } }, mentor);
    expect(twice.errors?.[0]?.extensions?.key).toBe('workshop.attendanceTwice');

    const recorded = await ok<{ recordWorkshopAttendance: Registrant[] }>(
      ATTENDANCE,
      { id: workshop.id, input: { entries } },
      mentor,
    );
    expect(recorded.recordWorkshopAttendance.map((r) => [r.displayName, r.attendance])).toEqual([
      ['Mujer 1', 'ATTENDED'],
      ['Mujer 2', 'ABSENT'],
      ['Mujer 3', 'UNKNOWN'],
    ]);
    expect((await view(workshop.id, women[0]!)).myPlace?.attendance).toBe('ATTENDED');
    // A coordinator may correct it.
    await ok(
      ATTENDANCE,
      { id: workshop.id, input: { entries: [{ registrationId: second.id, attendance: 'ATTENDED' }] } },
      coordinator,
    );
    expect((await view(workshop.id, women[1]!)).myPlace?.attendance).toBe('ATTENDED');
  });
});

describe('listing', () => {
  it('filters upcoming workshops by language, topic, modality and country, soonest first', async () => {
    const fresh = await startTestServer();
    try {
      const organizer = await fresh.person(['COORDINATOR']);
      const reader = await fresh.person(['ENTREPRENEUR']);
      const made: Record<string, string> = {};
      const add = async (name: string, overrides: Record<string, unknown>) => {
        const result = await fresh.gql<{ publishWorkshop: { id: string } }>(
          PUBLISH,
          { input: { ...sampleWorkshopInput(), ...overrides } },
          organizer,
        );
        expect(result.errors).toBeUndefined();
        made[name] = result.data!.publishWorkshop.id;
      };
      await add('spanishOnline', sampleWorkshopInput(3));
      await add('creoleInPerson', {
        ...sampleWorkshopInput(2),
        language: 'ht',
        topic: 'BUSINESS_FORMALIZATION',
        modality: 'IN_PERSON',
        meetingLink: null,
        city: 'Santo Domingo',
        country: 'DO',
      });
      await add('frenchOnline', { ...sampleWorkshopInput(4), language: 'fr', topic: 'MARKETING_SALES' });
      const list = async (variables: Record<string, unknown>) => {
        const result = await fresh.gql<{ upcomingWorkshops: { total: number; items: { id: string }[] } }>(
          UPCOMING,
          variables,
          reader,
        );
        expect(result.errors).toBeUndefined();
        return result.data!.upcomingWorkshops.items.map((w) => w.id);
      };
      expect(await list({})).toEqual([made.creoleInPerson, made.spanishOnline, made.frenchOnline]);
      expect(await list({ language: 'ht' })).toEqual([made.creoleInPerson]);
      expect(await list({ topic: 'MARKETING_SALES' })).toEqual([made.frenchOnline]);
      expect(await list({ modality: 'ONLINE' })).toEqual([made.spanishOnline, made.frenchOnline]);
      expect(await list({ country: 'DO' })).toEqual([made.creoleInPerson]);
      expect(await list({ country: 'GT' })).toEqual([]);
      expect(errorCodes(await fresh.gql(UPCOMING, { language: 'xx' }, reader))).toEqual(['BAD_USER_INPUT']);
    } finally {
      await fresh.close();
    }
  });
});

describe('reminders', () => {
  it('go to women with a seat a set time before the start, exactly once, by the clock given', async () => {
    const workshop = await publish(mentor, { ...sampleWorkshopInput(3), seats: 1 });
    await signUp(workshop.id, women[0]!);
    await signUp(workshop.id, women[1]!);
    const startsAt = new Date(workshop.startsAt);
    const day = 24 * 3_600_000;
    let now = new Date(startsAt.getTime() - day - 60_000);
    const service = () =>
      new WorkshopsService(api.server.orm.em.fork(), { events: NO_DOMAIN_EVENTS, clock: () => now });
    const remindersOf = async (person: TestPerson) =>
      (await notificationsOf(person, 'WORKSHOP_REMINDER')).filter((n) => n.link === `/workshops/${workshop.id}`);

    // A minute before the window opens: nothing.
    expect(await service().sendDueReminders(now, day)).toBe(0);
    now = new Date(startsAt.getTime() - day + 60_000);
    expect(await service().sendDueReminders(now, day)).toBe(1);
    expect(await remindersOf(women[0]!)).toHaveLength(1);
    // Waiting is not having a seat.
    expect(await remindersOf(women[1]!)).toHaveLength(0);
    // Two sweeps at once, then another later: still one.
    const [a, b] = await Promise.all([service().sendDueReminders(now, day), service().sendDueReminders(now, day)]);
    expect(a + b).toBe(0);
    now = new Date(startsAt.getTime() - 3_600_000);
    expect(await service().sendDueReminders(now, day)).toBe(0);
    expect(await remindersOf(women[0]!)).toHaveLength(1);

    // She leaves; the woman who moves up within the window is reminded on the next sweep.
    await leave(workshop.id, women[0]!);
    expect(await service().sendDueReminders(now, day)).toBe(1);
    expect(await remindersOf(women[1]!)).toHaveLength(1);
    // Once it has started, no more reminders.
    const registration = await api.server.orm.em
      .fork()
      .findOneOrFail(WorkshopRegistration, { workshop: workshop.id, participant: women[1]!.id });
    expect(registration.reminderSentAt?.getTime()).toBe(now.getTime());
    expect(await service().sendDueReminders(new Date(startsAt.getTime() + 1000), day)).toBe(0);
  });

  it('a new time means a new reminder', async () => {
    const workshop = await publish(mentor, sampleWorkshopInput(2));
    await signUp(workshop.id, women[3]!);
    const day = 24 * 3_600_000;
    const first = new Date(new Date(workshop.startsAt).getTime() - 3_600_000);
    const sweep = (at: Date) =>
      new WorkshopsService(api.server.orm.em.fork(), { events: NO_DOMAIN_EVENTS, clock: () => at }).sendDueReminders(
        at,
        day,
      );
    expect(await sweep(first)).toBe(1);
    const later = { ...sampleWorkshopInput(5), localStart: sampleWorkshopInput(5).localStart };
    await ok(UPDATE, { id: workshop.id, input: later }, mentor);
    const moved = await view(workshop.id, women[3]!);
    expect(await sweep(new Date(new Date(moved.startsAt).getTime() - 3_600_000))).toBe(1);
  });
});

describe('two sign-ups at the same moment', () => {
  it('never give more seats than there are', async () => {
    const workshop = await publish(mentor, { seats: 3 });
    const crowd: TestPerson[] = [];
    for (let i = 0; i < 10; i++) crowd.push(await api.person(['ENTREPRENEUR']));
    const results = await Promise.all(crowd.map((woman) => api.gql(SIGN_UP, { id: workshop.id }, woman)));
    for (const result of results) expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    const em = api.server.orm.em.fork();
    const places = await em.find(WorkshopRegistration, { workshop: workshop.id });
    expect(places.filter((p) => p.status === 'CONFIRMED')).toHaveLength(3);
    expect(places.filter((p) => p.status === 'WAITING')).toHaveLength(7);
    const stored = await em.findOneOrFail(Workshop, { id: workshop.id });
    expect([stored.confirmedCount, stored.waitingCount]).toEqual([3, 7]);

    // And as many leave at once as there are seats: each seat goes to the next in line, once.
    const holders = places.filter((p) => p.status === 'CONFIRMED').map((p) => p.participant.id);
    const leaving = crowd.filter((c) => holders.includes(c.id));
    const left = await Promise.all(leaving.map((woman) => api.gql(LEAVE, { id: workshop.id }, woman)));
    for (const result of left) expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    const after = await api.server.orm.em.fork().find(WorkshopRegistration, { workshop: workshop.id });
    expect(after.filter((p) => p.status === 'CONFIRMED')).toHaveLength(3);
    expect(after.filter((p) => p.status === 'WAITING')).toHaveLength(4);
    const promoted = after.filter((p) => p.status === 'CONFIRMED').map((p) => p.participant.id);
    const told = await api.server.orm.em
      .fork()
      .count(Notification, { recipient: { $in: promoted }, kind: 'WORKSHOP_SEAT_CONFIRMED' });
    expect(told).toBe(3);
  });
});
