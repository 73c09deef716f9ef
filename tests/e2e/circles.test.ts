// Peer circles in two browsers: two demo entrepreneurs find the artisans' circle by its sector, join
// it, talk live (each message under its sender's name), and one reports a message of the other, which
// reaches the coordinators' queue. What was said before they joined stays hidden from them. axe-core
// checks the circles page and the circle's conversation in every language; phone screenshots go to
// data/screenshots.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startAliadas, type RunningServer } from '../bench/client-harness.js';
import {
  chooseLanguage,
  expectAccessible,
  expectHeading,
  graphql,
  graphqlResponse,
  LOCALES,
  logIn,
  phoneContext,
  screenshot,
  session,
  SLOW,
  type Session,
} from './browser.js';

const CIRCLE = 'Artesanas de Guatemala';
const FIRST = 'emprendedora@aliadas.demo';
const SECOND = 'emprendedora299@aliadas.demo';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startAliadas(), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Finds the circle by its sector on /circles, joins it and opens its conversation. */
async function joinAndOpen(page: Page): Promise<string> {
  await page.goto(`${server.url}/circles`);
  await expectHeading(page, 'Círculos de pares');
  await page.getByLabel('Sector del negocio').selectOption('CRAFTS');
  const card = page.locator('li.circle', { has: page.getByRole('heading', { name: CIRCLE }) });
  await card.getByRole('button', { name: 'Unirme' }).click();
  await page.getByText(`Te uniste a ${CIRCLE}.`, { exact: false }).waitFor(SLOW);
  const open = card.getByRole('link', { name: 'Abrir la conversación' });
  const href = (await open.getAttribute('href'))!;
  await open.click();
  await expectHeading(page, CIRCLE);
  return href.replace('/chat/', '');
}

async function send(page: Page, text: string): Promise<void> {
  await page.getByLabel('Tu mensaje').fill(text);
  await page.getByRole('button', { name: 'Enviar', exact: true }).click();
}

describe('peer circles', () => {
  let first: Session;
  let second: Session;
  let coordinator: Session;

  beforeAll(async () => {
    first = await session(server.url, FIRST);
    second = await session(server.url, SECOND);
    coordinator = await session(server.url, 'coordinadora@aliadas.demo');
    // The demo may have put the second woman in the circle already: she starts outside it.
    const { circles } = await graphql<{ circles: { id: string; name: string }[] }>(
      server.url,
      second.token,
      'query { circles(sector: CRAFTS) { id name } }',
    );
    const circle = circles.find((c) => c.name === CIRCLE)!;
    const left = await graphqlResponse(server.url, second.token, 'mutation($id: ID!) { leaveCircle(id: $id) { id } }', {
      id: circle.id,
    });
    expect(left.errors).toBeUndefined();
  });

  it('two women join a circle, talk live, and one reports a message', async () => {
    const firstContext = await phoneContext(browser);
    const firstPage = await firstContext.newPage();
    await logIn(firstPage, server.url, FIRST, { awaitRedirect: true });
    await chooseLanguage(firstPage, 'es');
    const conversationId = await joinAndOpen(firstPage);
    // The moderator's welcome was written before she joined: it is not hers to read.
    await firstPage.getByText('Todavía no hay mensajes', { exact: false }).waitFor(SLOW);
    await expect.poll(() => firstPage.getByText('poner precio a una pieza').count()).toBe(0);
    await screenshot(firstPage, 'circles-conversation-empty-es');

    const secondContext = await phoneContext(browser);
    const secondPage = await secondContext.newPage();
    await logIn(secondPage, server.url, SECOND, { awaitRedirect: true });
    await chooseLanguage(secondPage, 'es');
    expect(await joinAndOpen(secondPage)).toBe(conversationId);

    // Live both ways, each message under its sender's name.
    await send(firstPage, 'Hola, vendo tejidos en Quetzaltenango.');
    const heard = secondPage.locator('li.message.theirs', { hasText: 'Hola, vendo tejidos en Quetzaltenango.' });
    await heard.waitFor(SLOW);
    await heard.locator('.message-sender', { hasText: first.displayName }).waitFor();
    await send(secondPage, 'Compro hilo al por mayor, les paso el contacto por aquí.');
    const reply = firstPage.locator('li.message.theirs', { hasText: 'Compro hilo al por mayor' });
    await reply.waitFor(SLOW);
    await reply.locator('.message-sender', { hasText: second.displayName }).waitFor();
    await firstPage.locator('li.message.mine', { hasText: 'vendo tejidos' }).locator('[data-mark]').first().waitFor();
    await screenshot(secondPage, 'circles-conversation-es');

    // She reports the reply; it lands in the coordinators' queue with its message.
    await reply.getByRole('button', { name: 'Reportar mensaje' }).click();
    await firstPage.getByRole('heading', { name: 'Reportar un mensaje' }).waitFor();
    await firstPage.getByLabel('¿Qué pasó?').selectOption('SPAM');
    await firstPage.getByRole('button', { name: 'Enviar el reporte' }).click();
    await firstPage
      .getByRole('status')
      .getByText('Gracias. Una coordinadora lo revisará.', { exact: false })
      .waitFor(SLOW);
    const { reports } = await graphql<{
      reports: { reason: string; conversationId: string; reporter: { id: string }; reportedUser: { id: string } }[];
    }>(
      server.url,
      coordinator.token,
      'query { reports(limit: 200) { reason conversationId reporter { id } reportedUser { id } } }',
    );
    expect(reports).toContainEqual({
      reason: 'SPAM',
      conversationId,
      reporter: { id: first.userId },
      reportedUser: { id: second.userId },
    });
    await firstPage.getByRole('button', { name: 'Listo' }).click();

    for (const locale of LOCALES) {
      await chooseLanguage(firstPage, locale);
      await expectAccessible(firstPage, `circle conversation ${locale}`);
    }
    await screenshot(firstPage, 'circles-conversation-ht');

    // Her circles list in every language, with the circle she joined.
    await chooseLanguage(secondPage, 'es');
    await secondPage.goto(`${server.url}/circles`);
    await expectHeading(secondPage, 'Círculos de pares');
    await secondPage.getByRole('heading', { name: CIRCLE }).waitFor(SLOW);
    for (const locale of LOCALES) {
      await chooseLanguage(secondPage, locale);
      await expectAccessible(secondPage, `circles ${locale}`);
    }
    await screenshot(secondPage, 'circles-ht');
    await firstContext.close();
    await secondContext.close();
  });

  it('a coordinator chooses the moderator of a circle', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await logIn(page, server.url, 'coordinadora@aliadas.demo', { awaitRedirect: true });
    await chooseLanguage(page, 'es');
    await page.goto(`${server.url}/circles`);
    await expectHeading(page, 'Círculos de pares');
    const card = page.locator('li.circle', { has: page.getByRole('heading', { name: CIRCLE }) });
    await card.getByText('Elegir la moderadora').click();
    await card.getByLabel('Entre').selectOption('ENTREPRENEUR');
    await card
      .getByLabel('Persona')
      .locator('option', { hasText: second.displayName })
      .first()
      .waitFor({ state: 'attached', ...SLOW });
    await card.getByLabel('Persona').selectOption({ label: second.displayName });
    await card.getByRole('button', { name: 'Nombrarla moderadora' }).click();
    await page.getByText(`${second.displayName} es ahora la moderadora.`, { exact: false }).waitFor(SLOW);
    await card.getByText(`Moderadora: ${second.displayName}`).waitFor(SLOW);
    for (const locale of LOCALES) {
      await chooseLanguage(page, locale);
      await expectAccessible(page, `circles for coordinators ${locale}`);
    }
    await screenshot(page, 'circles-coordinator-ht');
    const { circles } = await graphql<{ circles: { name: string; moderator: { userId: string } | null }[] }>(
      server.url,
      second.token,
      'query { circles(sector: CRAFTS) { name moderator { userId } } }',
    );
    expect(circles.find((c) => c.name === CIRCLE)?.moderator).toEqual({ userId: second.userId });
    await context.close();
  });
});
