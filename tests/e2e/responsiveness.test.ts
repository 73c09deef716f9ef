// A supporter who stops answering, in two browsers: the demo entrepreneur wrote to her mentor eight days
// ago and heard nothing. The follow-up runs (as the server's timer does) on the server's database; the
// coordinator sees the mentor with a woman waiting, and the entrepreneur takes the new match she is
// offered with one tap. axe-core checks both pages in every language.
import { NO_DOMAIN_EVENTS } from '@aliadas/server/dist/domain-events.js';
import { openDatabase } from '@aliadas/server/dist/db/orm.js';
import { Message } from '@aliadas/server/dist/modules/chat/message.entity.js';
import { MatchService } from '@aliadas/server/dist/modules/matching/match.service.js';
import { matchingDependencies } from '@aliadas/server/dist/modules/matching/matching.hooks.js';
import { ResponsivenessService } from '@aliadas/server/dist/modules/responsiveness/responsiveness.service.js';
import type { Browser } from 'playwright-core';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startAliadas, type RunningServer } from '../bench/client-harness.js';
import {
  chooseLanguage,
  demoMentorship,
  expectAccessible,
  expectHeading,
  graphql,
  LOCALES,
  logIn,
  phoneContext,
  screenshot,
  SLOW,
} from './browser.js';

const DAY = 86_400_000;

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startAliadas(), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Eight days pass without an answer, and the follow-up looks, as the server's timer does. */
async function eightDaysOfSilence(conversationId: string): Promise<void> {
  const orm = await openDatabase({ kind: 'sqlite', path: server.sqlitePath });
  try {
    const em = orm.em.fork();
    const moved = await em.nativeUpdate(
      Message,
      { conversation: conversationId },
      { createdAt: new Date(Date.now() - 8 * DAY) },
    );
    expect(moved).toBe(1);
    const matching = matchingDependencies();
    const followUp = await new ResponsivenessService(
      em,
      {
        events: NO_DOMAIN_EVENTS,
        clock: () => new Date(),
        settings: { reminderAfterMs: 3 * DAY, alertAfterMs: 7 * DAY },
      },
      () => new MatchService(em, matching),
    ).followUp();
    expect(followUp).toMatchObject({ reminded: 1, alerted: 1 });
  } finally {
    await orm.close();
  }
}

describe('a supporter who stops answering', () => {
  it('shows on the coordinator’s page, and the entrepreneur takes a new match with one tap', async () => {
    const { entrepreneur, mentor, matchId } = await demoMentorship(server.url);
    const { conversations } = await graphql<{ conversations: { id: string; matchId: string | null }[] }>(
      server.url,
      entrepreneur.token,
      'query { conversations { id matchId } }',
    );
    const conversationId = conversations.find((c) => c.matchId === matchId)!.id;
    await graphql(
      server.url,
      entrepreneur.token,
      'mutation($input: SendMessageInput!) { sendMessage(input: $input) { seq } }',
      { input: { conversationId, clientMessageId: randomUUID(), body: 'Hola, ¿cuándo podemos hablar de mi plan?' } },
    );
    await eightDaysOfSilence(conversationId);

    // The coordinator sees the mentor first, with a woman waiting for her answer.
    const coordinatorContext = await phoneContext(browser);
    const coordinator = await coordinatorContext.newPage();
    await logIn(coordinator, server.url, 'coordinadora@aliadas.demo', { awaitRedirect: true });
    await chooseLanguage(coordinator, 'es');
    await coordinator.goto(`${server.url}/coordinator`);
    await coordinator.getByRole('link', { name: 'Cómo responden' }).click();
    await expectHeading(coordinator, 'Cómo responden las personas de apoyo');
    const first = coordinator.locator('li.card').first();
    await first.getByRole('heading', { name: mentor.displayName }).waitFor(SLOW);
    await first.getByText('Mujeres esperando respuesta ahora: 1').waitFor();
    for (const locale of LOCALES) {
      await chooseLanguage(coordinator, locale);
      await expectAccessible(coordinator, `supporters ${locale}`);
    }
    await screenshot(coordinator, 'supporters-ht');
    await coordinatorContext.close();

    // She is offered someone new on her support page, and takes it with one tap.
    const herContext = await phoneContext(browser);
    const her = await herContext.newPage();
    await logIn(her, server.url, 'emprendedora@aliadas.demo', { awaitRedirect: true });
    await chooseLanguage(her, 'es');
    await her.goto(`${server.url}/support`);
    const offer = her.getByRole('region', { name: '¿Quieres otra persona de apoyo?' });
    await offer.getByText(`${mentor.displayName} (Mentoría) no te responde desde el`, { exact: false }).waitFor(SLOW);
    for (const locale of LOCALES) {
      await chooseLanguage(her, locale);
      await expectAccessible(her, `rematch offer ${locale}`);
    }
    await chooseLanguage(her, 'es');
    await screenshot(her, 'rematch-offer-es');
    await offer.getByRole('button', { name: 'Sí, quiero otra persona' }).click();
    await her.getByText('Listo: tu solicitud está abierta otra vez.', { exact: false }).waitFor(SLOW);

    const { myMatches } = await graphql<{ myMatches: { id: string; status: string }[] }>(
      server.url,
      entrepreneur.token,
      'query { myMatches(includeEnded: true) { id status } }',
    );
    expect(myMatches.find((m) => m.id === matchId)?.status).toBe('WITHDRAWN');
    await herContext.close();
  });
});
