// The whole journey against the real server, in three browser contexts at phone size: an entrepreneur
// signs up in Haitian Creole and asks for legal help with regularization; the demo coordinator runs a
// matching round and approves her proposal; the demo adviser (a Costa Rican lawyer who speaks Spanish,
// so the entrepreneur lives in Costa Rica and speaks Spanish too) accepts the invitation; the two chat
// live; the entrepreneur goes offline, writes, comes back, and the adviser receives the message once.
// Screenshots of each page go to data/screenshots.
import type { BrowserContext, Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startAliadas, type RunningServer } from '../bench/client-harness.js';
import { chooseLanguage, expectAccessible, expectHeading, logIn, phoneContext, screenshot, SLOW } from './browser.js';

const ADVISER = 'Lorena Mejía';
const ENTREPRENEUR = `Roseline Joseph ${Date.now().toString(36)}`;

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startAliadas(), launchChromium()]);
});

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
});

async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await phoneContext(browser);
  contexts.push(context);
  return { context, page: await context.newPage() };
}

/** The messages in the conversation's log with exactly this text. */
function messagesWithText(page: Page, text: string) {
  return page
    .getByRole('log')
    .locator('li.message')
    .filter({ has: page.locator('.message-body', { hasText: text }) });
}

describe('the journey of issue 5', () => {
  let entrepreneur: { context: BrowserContext; page: Page };
  let adviser: { context: BrowserContext; page: Page };

  it('an entrepreneur signs up in Haitian Creole and asks for legal help with regularization', async () => {
    entrepreneur = await newPage();
    const { page } = entrepreneur;
    await page.goto(server.url);
    await chooseLanguage(page, 'ht');
    await page.getByRole('link', { name: 'Kreye kont mwen' }).click();
    await expectHeading(page, 'Kreye kont ou');
    await page.getByLabel('M ap chèche sipò pou mwen ak biznis mwen').check();
    await page.getByLabel('Ki jan ou vle nou rele w?').fill(ENTREPRENEUR);
    // She may sign up with a phone or an email, and a PIN or a password: here an email and a password.
    await page.getByRole('radio', { name: 'Imèl' }).check();
    await page.getByRole('textbox', { name: 'Imèl' }).fill(`roseline.${Date.now()}@example.org`);
    await page.getByRole('radio', { name: 'Modpas' }).check();
    await page.locator('input[type=password]').fill('yon-modpas-solid');
    await page.getByRole('button', { name: 'Kreye kont' }).click();

    // Creole first; Spanish too, the language of the adviser who knows Costa Rica's law.
    await expectHeading(page, 'Ki lang ou pale?');
    await page.getByLabel('Panyòl').check();
    await page.getByRole('button', { name: 'Swivan' }).click();
    await expectHeading(page, 'Ki kote w ap viv?');
    await page.getByLabel('Peyi kote w ap viv').selectOption('CR');
    await page.getByLabel('Vil oswa bouk').fill('Alajuela');
    await page.getByLabel('Peyi kote w soti').selectOption('HT');
    await page.getByRole('button', { name: 'Swivan' }).click();
    await expectHeading(page, 'Biznis ou');
    await page.getByLabel('Ap kòmanse').check();
    await page.getByLabel('Ki kalite biznis?').selectOption('FOOD');
    await page.getByRole('button', { name: 'Swivan' }).click();
    await expectHeading(page, 'Ki jan ou vle pale?');
    await page.getByLabel('Aswè, lendi rive vandredi').check();
    await page.getByRole('button', { name: 'Anrejistre' }).click();

    await expectHeading(page, 'Nan kisa ou bezwen sipò?');
    await page.getByLabel('Papye ak regilarizasyon').check();
    await page.getByLabel('Ijan', { exact: true }).check();
    await page.getByRole('button', { name: 'Mande sipò' }).click();
    await expectHeading(page, 'Sipò ou');
    await page.getByRole('heading', { name: 'Konsèy jiridik' }).waitFor();
    await screenshot(page, 'journey-1-support-requested-ht');
  });

  it('the coordinator runs a round and approves her proposal', async () => {
    const { page } = await newPage();
    await logIn(page, server.url, 'coordinadora@aliadas.demo');
    await expectHeading(page, 'Coordinación de la red');
    await page.getByRole('button', { name: 'Proponer' }).click();
    await page.getByRole('heading', { name: 'Resultado de la ronda' }).waitFor({ timeout: 60_000 });
    await page.getByLabel('Buscar por nombre').fill(ENTREPRENEUR);
    const card = page.locator('.card', { hasText: `${ENTREPRENEUR} → ${ADVISER}` });
    await card.getByRole('button', { name: 'Aprobar' }).click();
    await expect.poll(() => card.textContent(), SLOW).toContain('Invitada');
    await screenshot(page, 'journey-2-coordinator-approved-es');
  });

  it('the adviser accepts the invitation and opens the conversation', async () => {
    adviser = await newPage();
    const { page } = adviser;
    await logIn(page, server.url, 'asesora@aliadas.demo');
    await expectHeading(page, `Hola, ${ADVISER}`);
    await page.getByRole('link', { name: 'Invitaciones y acompañadas' }).click();
    await expectHeading(page, 'Tus invitaciones');
    const invitation = page.locator('.card', { has: page.getByRole('heading', { name: ENTREPRENEUR }) });
    await invitation.getByRole('button', { name: 'Aceptar' }).click();
    const chat = page.getByRole('link', { name: `Conversar con ${ENTREPRENEUR}` });
    await chat.waitFor();
    await screenshot(page, 'journey-3-adviser-accepted-es');
    await chat.click();
    await expectHeading(page, ENTREPRENEUR);
    await page.getByRole('log').waitFor();
  });

  it('the two chat live, with typing, delivered and read marks, and unread counts', async () => {
    const e = entrepreneur.page;
    const a = adviser.page;

    // She finds the conversation from her home page, with its unread count once the adviser writes.
    await e.getByRole('link', { name: 'Aliadas' }).click();
    await e.getByRole('link', { name: 'Konvèsasyon mwen yo' }).click();
    await expectHeading(e, 'Konvèsasyon');
    const item = e.getByRole('link', { name: new RegExp(ADVISER) });
    await item.waitFor();

    await a.getByLabel('Tu mensaje').fill('Hola, soy Lorena, abogada. ¿En qué te puedo ayudar con tus papeles?');
    await a.getByRole('button', { name: 'Enviar' }).click();
    await expect.poll(() => item.textContent(), SLOW).toContain('1 pa li');
    await expect.poll(() => item.textContent(), SLOW).toContain('¿En qué te puedo ayudar');
    // Her phone has it, she has not opened it yet: delivered, not read.
    await expect
      .poll(() => messagesWithText(a, 'soy Lorena').locator('[data-mark]').getAttribute('data-mark'), SLOW)
      .toBe('delivered');
    expect(await messagesWithText(a, 'soy Lorena').textContent()).toContain('Entregado');
    await screenshot(a, 'journey-4-delivered-es');
    await expectAccessible(e, 'chat list ht');
    await screenshot(e, 'journey-4-chat-list-ht');

    await item.click();
    await expectHeading(e, ADVISER);
    await expect.poll(() => messagesWithText(e, 'soy Lorena').count(), SLOW).toBe(1);
    // She has read it: the adviser sees the mark.
    await expect
      .poll(() => messagesWithText(a, 'soy Lorena').locator('[data-mark]').getAttribute('data-mark'), SLOW)
      .toBe('read');

    // The adviser writes; the entrepreneur sees that she is typing.
    await a.getByLabel('Tu mensaje').pressSequentially('Cuén');
    await e.getByText(`${ADVISER} ap ekri…`).waitFor();

    await e.getByLabel('Mesaj ou').fill('Bonjou! Mwen bezwen ede ak papye rezidans mwen.');
    await e.getByRole('button', { name: 'Voye', exact: true }).click();
    await expect.poll(() => messagesWithText(a, 'papye rezidans').count(), SLOW).toBe(1);
    await expect
      .poll(() => messagesWithText(e, 'papye rezidans').locator('[data-mark]').getAttribute('data-mark'), SLOW)
      .toBe('read');
    await expectAccessible(e, 'conversation ht');
    await expectAccessible(a, 'conversation es');
    await screenshot(e, 'journey-5-conversation-ht');
    await screenshot(a, 'journey-5-conversation-es');
  });

  it('she goes offline, writes, comes back, and the adviser receives it exactly once', async () => {
    const e = entrepreneur.page;
    const a = adviser.page;
    const text = 'Mwen te ekri sa a san entènèt.';

    await entrepreneur.context.setOffline(true);
    await expect.poll(() => e.getByRole('status').first().textContent(), SLOW).toContain('Ou pa gen koneksyon');
    await e.getByLabel('Mesaj ou').fill(text);
    await e.getByRole('button', { name: 'Voye', exact: true }).click();
    const mine = messagesWithText(e, text);
    await expect.poll(() => mine.locator('[data-mark]').getAttribute('data-mark'), SLOW).toBe('waiting');
    await expect.poll(() => mine.textContent(), SLOW).toContain('Ap tann pou l ale');
    // Kept for this tab only, with the client id it will be sent with.
    const kept = await e.evaluate<{ clientMessageId: string; body: string }[]>(
      `JSON.parse(sessionStorage.getItem('aliadas.outbox') ?? '[]')`,
    );
    expect(kept.map((m) => m.body)).toEqual([text]);
    await expectAccessible(e, 'conversation offline ht');
    await screenshot(e, 'journey-6-offline-waiting-ht');
    // Nothing reached the adviser meanwhile.
    await a.waitForTimeout(1_000);
    expect(await messagesWithText(a, text).count()).toBe(0);

    await entrepreneur.context.setOffline(false);
    await expect.poll(() => messagesWithText(a, text).count(), { timeout: 20_000 }).toBe(1);
    await expect
      .poll(() => mine.locator('[data-mark]').getAttribute('data-mark'), { timeout: 20_000 })
      .toMatch(/^(sent|delivered|read)$/);
    expect(await e.evaluate(`sessionStorage.getItem('aliadas.outbox')`)).toBeNull();
    // Once on screen, once on the server, with the client id made offline.
    await a.waitForTimeout(1_500);
    expect(await messagesWithText(a, text).count()).toBe(1);
    expect(await messagesWithText(e, text).count()).toBe(1);
    const stored = await a.evaluate<{ body: string; clientMessageId: string }[]>(`
      fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'query($id: ID!) { messages(conversationId: $id, limit: 50) { messages { body clientMessageId } } }',
          variables: { id: location.pathname.split('/').pop() },
        }),
      }).then((response) => response.json()).then((result) => result.data.messages.messages)
    `);
    expect(stored.filter((m) => m.body === text).map((m) => m.clientMessageId)).toEqual([kept[0]!.clientMessageId]);
    await screenshot(e, 'journey-7-back-online-ht');
    await screenshot(a, 'journey-7-received-once-es');
  });

  it('offers block and report, with the reasons in her language', async () => {
    const e = entrepreneur.page;
    await e.getByText('Bloke oswa siyale').click();
    await e.getByRole('button', { name: `Siyale ${ADVISER}` }).click();
    const reason = e.getByLabel('Kisa k te pase?');
    expect(await reason.locator('option').allTextContents()).toContain('Arasman');
    await expectAccessible(e, 'report form ht');
    await screenshot(e, 'journey-8-report-form-ht');
    await e.getByRole('button', { name: 'Anile' }).click();
    for (const locale of ['es', 'en', 'fr', 'ht']) {
      await chooseLanguage(e, locale);
      await expectAccessible(e, `conversation ${locale}`);
    }
  });

  it('the quick exit forgets a message still waiting to be sent', async () => {
    const e = entrepreneur.page;
    const a = adviser.page;
    const text = 'Mesaj sa a pa dwe janm rive.';
    await entrepreneur.context.setOffline(true);
    await e.getByLabel('Mesaj ou').fill(text);
    await e.getByRole('button', { name: 'Voye', exact: true }).click();
    await expect
      .poll(() => messagesWithText(e, text).locator('[data-mark]').getAttribute('data-mark'), SLOW)
      .toBe('waiting');
    expect(await e.evaluate(`sessionStorage.getItem('aliadas.outbox')`)).not.toBeNull();

    await e.getByRole('button', { name: 'Soti vit' }).click();
    await e.waitForURL((url) => !url.href.startsWith(server.url));
    await entrepreneur.context.setOffline(false);
    // Back on Aliadas in the same tab: nothing of the outbox is left, so nothing goes out.
    await e.goto(`${server.url}/chat`);
    await expectHeading(e, /./);
    expect(await e.evaluate(`sessionStorage.getItem('aliadas.outbox')`)).toBeNull();
    await a.waitForTimeout(2_000);
    expect(await messagesWithText(a, text).count()).toBe(0);
  });
});
