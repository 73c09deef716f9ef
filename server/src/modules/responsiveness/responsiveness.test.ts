// Supporters who answer, driven by a clock the test moves: a silent supporter is reminded, then
// coordinators are alerted and the entrepreneur is offered a new match she takes with one tap; an
// answer closes the follow-up; coordinators see response times; a paused supporter is left out.
import type { NotificationKind } from '@aliadas/shared';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { errorCodes, startTestServer, type TestServer } from '../../test-support/test-server.js';
import { Conversation } from '../chat/conversation.entity.js';
import { Message } from '../chat/message.entity.js';
import { Demand } from '../matching/demand.entity.js';
import { Match } from '../matching/match.entity.js';
import { MatchService } from '../matching/match.service.js';
import {
  makeEntrepreneur,
  makeRequest,
  makeStaff,
  makeSupporter,
  type Someone,
} from '../matching/matching.factories.js';
import { Notification } from '../notifications/notification.entity.js';
import { matchOf } from '../privacy/privacy.factories.js';
import { ReplyFollowUp } from './reply-follow-up.entity.js';
import { ResponsivenessService } from './responsiveness.service.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const SETTINGS = { reminderAfterMs: 3 * DAY, alertAfterMs: 7 * DAY };
const SEND = 'mutation($input: SendMessageInput!) { sendMessage(input: $input) { seq } }';
const OFFERS = 'query { rematchOffers { matchId conversationId kind supporterName waitingSince } }';
const TAKE = 'mutation($id: ID!) { takeRematch(matchId: $id) { id status } }';
const ACTIVITY =
  'query { supporterActivity { userId displayName takingPeople activeMatches medianResponseHours answeredInWindow waitingNow lastMessageAt } }';

let api: TestServer;
let coordinator: Someone;

beforeAll(async () => {
  api = await startTestServer();
  coordinator = await makeStaff(api.server.orm);
});
afterAll(async () => api?.close());

/** The service as the sweeper builds it, with the time the test chooses. */
function followUpAt(now: Date) {
  const em = api.server.orm.em.fork();
  const matching = api.server.deps.matching!;
  const service = new ResponsivenessService(
    em,
    { events: api.server.deps.events, clock: () => now, settings: SETTINGS },
    () => new MatchService(em, { ...matching, clock: () => now }),
  );
  return service.followUp(now);
}

async function conversationOf(matchId: string): Promise<string> {
  const conversation = await api.server.orm.em.fork().findOneOrFail(Conversation, { matchId });
  return conversation.id;
}

async function send(who: Someone, conversationId: string, body: string): Promise<number> {
  const sent = await api.gql<{ sendMessage: { seq: number } }>(
    SEND,
    { input: { conversationId, clientMessageId: randomUUID(), body } },
    who,
  );
  expect(sent.errors).toBeUndefined();
  return sent.data!.sendMessage.seq;
}

async function notificationsOf(who: Someone, kind: NotificationKind) {
  return api.server.orm.em.fork().find(Notification, { recipient: who.id, kind });
}

describe('a supporter who stops answering', () => {
  test('is reminded once, then coordinators are alerted and she is offered a new match she takes in one tap', async () => {
    const { entrepreneur, supporter, matchId, demandId } = await matchOf(api, coordinator, { kind: 'MENTOR' });
    const conversationId = await conversationOf(matchId);
    const start = new Date();
    await send(entrepreneur, conversationId, 'Hola, ¿cuándo podemos hablar?');
    await send(entrepreneur, conversationId, '¿Sigues ahí?');

    expect(await followUpAt(new Date(start.getTime() + 2 * DAY))).toMatchObject({ reminded: 0, alerted: 0 });
    expect(await notificationsOf(supporter, 'SUPPORTER_REPLY_REMINDER')).toHaveLength(0);

    const day3 = new Date(start.getTime() + 3 * DAY + HOUR);
    expect(await followUpAt(day3)).toMatchObject({ reminded: 1, alerted: 0 });
    // Looking again, or two instances looking at once, reminds nobody twice.
    const again = await Promise.all([followUpAt(day3), followUpAt(day3)]);
    expect(again.map((r) => r.reminded)).toEqual([0, 0]);
    const reminders = await notificationsOf(supporter, 'SUPPORTER_REPLY_REMINDER');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({ link: `/chat/${conversationId}`, params: { days: 3, supportKind: 'MENTOR' } });
    // Before the alert she is offered nothing yet: her supporter may still answer.
    expect((await api.gql<{ rematchOffers: unknown[] }>(OFFERS, {}, entrepreneur)).data?.rematchOffers).toEqual([]);

    const day7 = new Date(start.getTime() + 7 * DAY + HOUR);
    expect(await followUpAt(day7)).toMatchObject({ reminded: 0, alerted: 1 });
    expect(await followUpAt(day7)).toMatchObject({ alerted: 0 });
    const alerts = await notificationsOf(coordinator, 'SUPPORTER_UNANSWERED_ALERT');
    expect(alerts.filter((a) => a.params.days === 7)).toHaveLength(1);
    expect(await notificationsOf(entrepreneur, 'REMATCH_OFFERED')).toHaveLength(1);

    const offers = await api.gql<{ rematchOffers: { matchId: string; conversationId: string; kind: string }[] }>(
      OFFERS,
      {},
      entrepreneur,
    );
    expect(offers.errors).toBeUndefined();
    expect(offers.data?.rematchOffers).toEqual([expect.objectContaining({ matchId, conversationId, kind: 'MENTOR' })]);

    // Only she takes it: not her supporter, not another woman.
    expect(errorCodes(await api.gql(TAKE, { id: matchId }, supporter))).toEqual(['FORBIDDEN']);
    const stranger = await makeEntrepreneur(api.server.orm);
    expect(errorCodes(await api.gql(TAKE, { id: matchId }, stranger))).toEqual(['NOT_FOUND']);

    const taken = await api.gql<{ takeRematch: { status: string } }>(TAKE, { id: matchId }, entrepreneur);
    expect(taken.errors).toBeUndefined();
    expect(taken.data?.takeRematch.status).toBe('WITHDRAWN');
    const em = api.server.orm.em.fork();
    // Her request is open again for the next round, and the silent match's history says why it ended.
    expect((await em.findOneOrFail(Demand, { id: demandId })).status).toBe('OPEN');
    const ended = await em.findOneOrFail(Match, { id: matchId }, { populate: ['history'] });
    expect(ended.endReason).toBe('NOT_RESPONDING');
    expect(ended.history.getItems().at(-1)).toMatchObject({ toStatus: 'WITHDRAWN', reason: 'NOT_RESPONDING' });
    expect((await api.gql<{ rematchOffers: unknown[] }>(OFFERS, {}, entrepreneur)).data?.rematchOffers).toEqual([]);
    expect(errorCodes(await api.gql(TAKE, { id: matchId }, entrepreneur))).toEqual(['CONFLICT']);
    expect(await em.count(ReplyFollowUp, { match: matchId, resolvedAt: null })).toBe(0);
  });

  test('an answer closes the follow-up, and a new silence is counted from her next message', async () => {
    const { entrepreneur, supporter, matchId } = await matchOf(api, coordinator, { kind: 'MENTOR' });
    const conversationId = await conversationOf(matchId);
    const start = new Date();
    const first = await send(entrepreneur, conversationId, 'Tengo una pregunta sobre el presupuesto.');
    expect(await followUpAt(new Date(start.getTime() + 4 * DAY))).toMatchObject({ reminded: 1 });

    await send(supporter, conversationId, 'Perdón por la demora, aquí estoy.');
    expect(await followUpAt(new Date(start.getTime() + 4 * DAY + HOUR))).toMatchObject({ resolved: 1 });
    // Long after, nothing more: she was answered.
    expect(await followUpAt(new Date(start.getTime() + 30 * DAY))).toMatchObject({ reminded: 0, alerted: 0 });
    expect(await notificationsOf(entrepreneur, 'REMATCH_OFFERED')).toHaveLength(0);

    const next = await send(entrepreneur, conversationId, 'Gracias. Otra duda.');
    expect(next).toBeGreaterThan(first);
    expect(await followUpAt(new Date(start.getTime() + 34 * DAY))).toMatchObject({ reminded: 1 });
    const followUps = await api.server.orm.em
      .fork()
      .find(ReplyFollowUp, { match: matchId }, { orderBy: { awaitingSeq: 'asc' } });
    expect(followUps.map((f) => [f.awaitingSeq, f.resolvedAt != null])).toEqual([
      [first, true],
      [next, false],
    ]);
  });

  test('a match the supporter answers in time, or where the entrepreneur wrote nothing, is left alone', async () => {
    const { entrepreneur, supporter, matchId } = await matchOf(api, coordinator, { kind: 'MENTOR' });
    const conversationId = await conversationOf(matchId);
    const start = new Date();
    await send(supporter, conversationId, 'Bienvenida, cuéntame de tu negocio.');
    await followUpAt(new Date(start.getTime() + 20 * DAY));
    await send(entrepreneur, conversationId, 'Vendo comida.');
    await send(supporter, conversationId, '¡Qué bien!');
    await followUpAt(new Date(start.getTime() + 20 * DAY));
    expect(await api.server.orm.em.fork().count(ReplyFollowUp, { match: matchId })).toBe(0);
  });
});

describe('what coordinators see', () => {
  test('each supporter’s median response time, women waiting now and last activity; nobody else sees it', async () => {
    const supporter = await makeSupporter(api.server.orm, { capacity: 3 });
    const one = await matchOf(api, coordinator, { kind: 'MENTOR', supporter });
    const two = await matchOf(api, coordinator, { kind: 'MENTOR', supporter });
    const c1 = await conversationOf(one.matchId);
    const c2 = await conversationOf(two.matchId);
    await send(one.entrepreneur, c1, 'Pregunta 1');
    await send(one.entrepreneur, c1, 'Pregunta 1, otra vez');
    await send(supporter, c1, 'Respuesta 1');
    await send(two.entrepreneur, c2, 'Pregunta 2');
    await send(supporter, c2, 'Respuesta 2');
    await send(two.entrepreneur, c2, 'Pregunta 3, sin respuesta');

    // The timeline, set by hand: she answers the first wait in 2 hours and the second in 6.
    const base = Date.now() - 10 * DAY;
    const em = api.server.orm.em.fork();
    const at = async (conversationId: string, seq: number, offsetMs: number) =>
      em.nativeUpdate(Message, { conversation: conversationId, seq }, { createdAt: new Date(base + offsetMs) });
    await at(c1, 1, 0);
    await at(c1, 2, HOUR);
    await at(c1, 3, 2 * HOUR);
    await at(c2, 1, DAY);
    await at(c2, 2, DAY + 6 * HOUR);
    await at(c2, 3, 2 * DAY);
    await followUpAt(new Date());

    const seen = await api.gql<{
      supporterActivity: {
        userId: string;
        medianResponseHours: number | null;
        answeredInWindow: number;
        activeMatches: number;
        waitingNow: number;
        takingPeople: boolean;
        lastMessageAt: string | null;
      }[];
    }>(ACTIVITY, {}, coordinator);
    expect(seen.errors).toBeUndefined();
    const row = seen.data!.supporterActivity.find((r) => r.userId === supporter.id);
    expect(row).toMatchObject({
      medianResponseHours: 4,
      answeredInWindow: 2,
      activeMatches: 2,
      waitingNow: 1,
      takingPeople: true,
      lastMessageAt: new Date(base + DAY + 6 * HOUR).toISOString(),
    });
    // Women waiting now come first.
    expect(seen.data!.supporterActivity[0]!.waitingNow).toBeGreaterThanOrEqual(1);

    expect(errorCodes(await api.gql(ACTIVITY, {}, supporter))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await api.gql(ACTIVITY, {}, one.entrepreneur))).toEqual(['FORBIDDEN']);
  });
});

describe('a supporter who pauses', () => {
  test('is left out of recommendations until she resumes', async () => {
    const entrepreneur = await makeEntrepreneur(api.server.orm);
    const { demands } = await makeRequest(api.server.orm, entrepreneur.id, ['BUSINESS_PLAN']);
    const supporter = await makeSupporter(api.server.orm, { capacity: 2 });
    const recommend = async () => {
      const result = await api.gql<{ recommendations: { recommendations: { supporter: { userId: string } }[] } }>(
        'query($id: ID!) { recommendations(demandId: $id) { recommendations { supporter { userId } } } }',
        { id: demands.MENTOR },
        coordinator,
      );
      expect(result.errors).toBeUndefined();
      return result.data!.recommendations.recommendations.map((r) => r.supporter.userId);
    };
    expect(await recommend()).toContain(supporter.id);
    const pause = 'mutation($active: Boolean!) { setSupporterActive(active: $active) { active } }';
    expect((await api.gql(pause, { active: false }, supporter)).errors).toBeUndefined();
    expect(await recommend()).not.toContain(supporter.id);
    expect((await api.gql(pause, { active: true }, supporter)).errors).toBeUndefined();
    expect(await recommend()).toContain(supporter.id);
  });
});
