// Aliadas with a bad connection, against the built client served by the real server: the app is
// installable (manifest, icons, an active service worker); the demo entrepreneur opens her conversation
// with the demo mentor, loses the network, reloads, and still finds the app and her last messages, with
// a banner saying they are the saved ones; she writes, comes back, and the mentor has the message once,
// even when she closed the app before the connection came back. Log out and the quick exit leave
// nothing of hers on the device. Data saver (her choice, or the browser's Save-Data) keeps the other
// pages' code from being fetched ahead of time.
import type { Browser, BrowserContext, Page } from 'playwright-core';
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
  NEUTRAL_ORIGIN,
  phoneContext,
  screenshot,
  SLOW,
  type Session,
} from './browser.js';

const OFFLINE_DATABASE = 'aliadas-offline';

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

async function newContext(): Promise<BrowserContext> {
  const context = await phoneContext(browser);
  contexts.push(context);
  return context;
}

/** The worker's list of files: `core` kept at install, `later` kept unless data saver is on. */
async function shellLists(): Promise<{ version: string; core: string[]; later: string[] }> {
  const source = await fetch(`${server.url}/sw.js`).then((r) => r.text());
  const first = source.split('\n', 1)[0]!;
  return JSON.parse(first.replace(/^const SHELL = /, '').replace(/;$/, '')) as {
    version: string;
    core: string[];
    later: string[];
  };
}

/** Waits until the service worker is active and controls the page. */
async function controlledByWorker(page: Page): Promise<void> {
  await page.evaluate('navigator.serviceWorker.ready');
  await expect.poll(() => page.evaluate('navigator.serviceWorker.controller !== null'), SLOW).toBe(true);
}

/** The keys the app keeps for offline reading on this device ([] when there is no database). */
function keptKeys(page: Page): Promise<string[]> {
  return page.evaluate(`(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes('${OFFLINE_DATABASE}')) return [];
    return new Promise((resolve) => {
      const request = indexedDB.open('${OFFLINE_DATABASE}');
      request.onsuccess = () => {
        const db = request.result;
        if (!db.objectStoreNames.contains('answers')) { db.close(); resolve([]); return; }
        const keys = db.transaction('answers').objectStore('answers').getAllKeys();
        keys.onsuccess = () => { db.close(); resolve(keys.result); };
      };
      request.onerror = () => resolve([]);
    });
  })()`);
}

/** One kept value (undefined when there is none). */
function keptValue<T>(page: Page, key: string): Promise<T | undefined> {
  return page.evaluate(`(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes('${OFFLINE_DATABASE}')) return undefined;
    return new Promise((resolve) => {
      const request = indexedDB.open('${OFFLINE_DATABASE}');
      request.onsuccess = () => {
        const db = request.result;
        const value = db.transaction('answers').objectStore('answers').get(${JSON.stringify(key)});
        value.onsuccess = () => { db.close(); resolve(value.result); };
      };
      request.onerror = () => resolve(undefined);
    });
  })()`);
}

function databaseNames(page: Page): Promise<string[]> {
  return page.evaluate(`indexedDB.databases().then((list) => list.map((d) => d.name))`);
}

function shellCaches(page: Page): Promise<string[]> {
  return page.evaluate(`caches.keys().then((keys) => keys.filter((k) => k.startsWith('aliadas-shell-')))`);
}

/** Which of `urls` the worker's cache holds. */
function cachedOf(page: Page, urls: string[]): Promise<string[]> {
  return page.evaluate(`(async () => {
    const urls = ${JSON.stringify(urls)};
    const held = [];
    for (const url of urls) if (await caches.match(url)) held.push(url);
    return held;
  })()`);
}

function messagesWithText(page: Page, text: string) {
  return page
    .getByRole('log')
    .locator('li.message')
    .filter({ has: page.locator('.message-body', { hasText: text }) });
}

/** The stored messages of the conversation with this body, as the mentor's account reads them. */
async function storedWithBody(token: string, conversationId: string, body: string): Promise<string[]> {
  const { messages } = await graphql<{ messages: { messages: { body: string; clientMessageId: string }[] } }>(
    server.url,
    token,
    'query($id: ID!) { messages(conversationId: $id, limit: 50) { messages { body clientMessageId } } }',
    { id: conversationId },
  );
  return messages.messages.filter((m) => m.body === body).map((m) => m.clientMessageId);
}

/** PNG width and height from its header. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('installable', () => {
  it('serves a valid web app manifest with its icons, and the worker, under the security policy', async () => {
    const response = await fetch(`${server.url}/manifest.webmanifest`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
    const manifest = (await response.json()) as {
      name: string;
      short_name: string;
      start_url: string;
      scope: string;
      display: string;
      lang: string;
      theme_color: string;
      background_color: string;
      icons: { src: string; sizes: string; type: string; purpose: string }[];
    };
    expect(manifest).toMatchObject({
      name: 'Aliadas',
      short_name: 'Aliadas',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      lang: 'es',
      theme_color: '#5b2a86',
    });
    // Installable needs a 192 and a 512 pixel icon; a maskable one fills the phone's own shape.
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
    for (const icon of manifest.icons) {
      const image = await fetch(`${server.url}${icon.src}`);
      expect(image.headers.get('content-type'), icon.src).toBe('image/png');
      const [width, height] = pngSize(Buffer.from(await image.arrayBuffer()));
      expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
    }

    const page = await fetch(server.url).then((r) => r.text());
    expect(page).toContain('<link rel="manifest" href="/manifest.webmanifest"');

    const worker = await fetch(`${server.url}/sw.js`);
    expect(worker.headers.get('content-type')).toMatch(/javascript/);
    // A new build's worker is picked up at once, never a stale copy from the HTTP cache.
    expect(worker.headers.get('cache-control')).toBe('no-cache');
    // The policy lets the page's own origin register workers and manifests (default-src 'self').
    const policy = (await fetch(server.url)).headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).not.toMatch(/worker-src|manifest-src/);

    // Everything the worker keeps at install exists.
    const { core } = await shellLists();
    expect(core).toEqual(expect.arrayContaining(['/index.html', '/manifest.webmanifest']));
    for (const url of core) expect((await fetch(`${server.url}${url}`)).status, url).toBe(200);
  });
});

describe('with a bad connection', () => {
  let entrepreneur: Session;
  let mentor: Session;
  let conversationId: string;
  let context: BrowserContext;
  let page: Page;
  const fromMentor = `¿Cómo te fue en la feria? ${Date.now().toString(36)}`;
  const writtenOffline = `Me fue bien, vendí todo. ${Date.now().toString(36)}`;

  beforeAll(async () => {
    let matchId: string;
    ({ entrepreneur, mentor, matchId } = await demoMentorship(server.url));
    const { conversations } = await graphql<{ conversations: { id: string; matchId: string | null }[] }>(
      server.url,
      entrepreneur.token,
      '{ conversations { id matchId } }',
    );
    conversationId = conversations.find((c) => c.matchId === matchId)!.id;
    await graphql(
      server.url,
      mentor.token,
      'mutation($input: SendMessageInput!) { sendMessage(input: $input) { id } }',
      { input: { conversationId, clientMessageId: `offline-e2e-${Date.now()}`, body: fromMentor } },
    );
  });

  it('opens the app and her last conversation offline, from the device, with a banner saying so', async () => {
    context = await newContext();
    page = await context.newPage();
    await logIn(page, server.url, 'emprendedora@aliadas.demo', { awaitRedirect: true });
    await chooseLanguage(page, 'es');
    await controlledByWorker(page);
    expect(await shellCaches(page)).toHaveLength(1);

    await page.goto(`${server.url}/chat`);
    await expectHeading(page, 'Conversaciones');
    // Her recent conversations' newest messages are fetched for offline reading before she opens them.
    await expect.poll(() => keptKeys(page), SLOW).toContain(`Messages:${conversationId}`);
    await page
      .getByRole('link', { name: new RegExp(mentor.displayName) })
      .first()
      .click();
    await expectHeading(page, mentor.displayName);
    await expect.poll(() => messagesWithText(page, fromMentor).count(), SLOW).toBe(1);
    // Kept on the device as it was shown: her account, her list, this conversation and its messages.
    await expect
      .poll(() => keptKeys(page), SLOW)
      .toEqual(
        expect.arrayContaining(['Me', 'Conversations', `Conversation:${conversationId}`, `Messages:${conversationId}`]),
      );

    await context.setOffline(true);
    await page.reload();
    await expectHeading(page, mentor.displayName);
    await expect.poll(() => messagesWithText(page, fromMentor).count(), SLOW).toBe(1);
    await expect
      .poll(() => page.getByRole('status').first().textContent(), SLOW)
      .toContain('estás viendo los mensajes guardados en este teléfono');
    await screenshot(page, 'offline-1-saved-conversation-es');

    // Another tab, offline from the start: the app's shell and her list come from the device too.
    const other = await context.newPage();
    await other.goto(`${server.url}/chat`);
    await expectHeading(other, 'Conversaciones');
    await other
      .getByRole('link', { name: new RegExp(mentor.displayName) })
      .first()
      .waitFor(SLOW);
    await other.close();

    for (const locale of LOCALES) {
      await chooseLanguage(page, locale);
      await expectAccessible(page, `offline conversation ${locale}`);
    }
    await chooseLanguage(page, 'es');
  });

  it('a message written offline survives a reload and reaches the mentor exactly once when back online', async () => {
    await page.getByLabel('Tu mensaje').fill(writtenOffline);
    await page.getByRole('button', { name: 'Enviar', exact: true }).click();
    const mine = messagesWithText(page, writtenOffline);
    await expect.poll(() => mine.locator('[data-mark]').getAttribute('data-mark'), SLOW).toBe('waiting');

    // Still offline, the page is loaded again: the outbox is still there, with its client id.
    await page.reload();
    await expectHeading(page, mentor.displayName);
    await expect.poll(() => mine.locator('[data-mark]').getAttribute('data-mark'), SLOW).toBe('waiting');
    const kept = await page.evaluate<{ clientMessageId: string; body: string }[]>(
      `JSON.parse(sessionStorage.getItem('aliadas.outbox') ?? '[]')`,
    );
    expect(kept.map((m) => m.body)).toEqual([writtenOffline]);
    expect(await storedWithBody(mentor.token, conversationId, writtenOffline)).toEqual([]);
    await expectAccessible(page, 'offline conversation with a waiting message');
    await screenshot(page, 'offline-2-waiting-es');

    await context.setOffline(false);
    await expect
      .poll(() => storedWithBody(mentor.token, conversationId, writtenOffline), { timeout: 30_000 })
      .toEqual([kept[0]!.clientMessageId]);
    await expect
      .poll(() => mine.locator('[data-mark]').getAttribute('data-mark'), { timeout: 20_000 })
      .toMatch(/^(sent|delivered|read)$/);
    // The banner has gone with the connection's return; the message is stored once, and stays once.
    await expect.poll(() => page.getByRole('status').first().textContent(), SLOW).toBe('');
    await page.waitForTimeout(1_500);
    expect(await storedWithBody(mentor.token, conversationId, writtenOffline)).toEqual([kept[0]!.clientMessageId]);
    expect(await mine.count()).toBe(1);
    expect(await page.evaluate(`sessionStorage.getItem('aliadas.outbox')`)).toBeNull();
    await screenshot(page, 'offline-3-sent-es');
  });

  it('a message written offline goes even if she closed the app before the connection came back', async () => {
    const text = `Mañana llevo las muestras. ${Date.now().toString(36)}`;
    await context.setOffline(true);
    await page.getByLabel('Tu mensaje').fill(text);
    await page.getByRole('button', { name: 'Enviar', exact: true }).click();
    await expect
      .poll(() => messagesWithText(page, text).locator('[data-mark]').getAttribute('data-mark'), SLOW)
      .toBe('waiting');
    await expect
      .poll(() => keptValue<{ body: string }[]>(page, 'Outbox').then((kept) => kept?.map((m) => m.body)), SLOW)
      .toEqual([text]);
    const [kept] = (await keptValue<{ clientMessageId: string }[]>(page, 'Outbox'))!;

    // The tab goes, and its sessionStorage with it; the app is opened again, still offline.
    await page.close();
    page = await context.newPage();
    await page.goto(`${server.url}/chat/${conversationId}`);
    await expectHeading(page, mentor.displayName);
    const mine = messagesWithText(page, text);
    await expect.poll(() => mine.locator('[data-mark]').getAttribute('data-mark'), SLOW).toBe('waiting');
    expect(await storedWithBody(mentor.token, conversationId, text)).toEqual([]);

    await context.setOffline(false);
    await expect
      .poll(() => storedWithBody(mentor.token, conversationId, text), { timeout: 30_000 })
      .toEqual([kept!.clientMessageId]);
    await expect
      .poll(() => mine.locator('[data-mark]').getAttribute('data-mark'), { timeout: 20_000 })
      .toMatch(/^(sent|delivered|read)$/);
    await expect.poll(() => keptValue<unknown[]>(page, 'Outbox'), SLOW).toEqual([]);
    await page.waitForTimeout(1_500);
    expect(await storedWithBody(mentor.token, conversationId, text)).toEqual([kept!.clientMessageId]);
    expect(await mine.count()).toBe(1);
  });

  it('log out deletes what was kept: offline afterwards, nothing of hers opens', async () => {
    await page.goto(`${server.url}/home`);
    await page.getByRole('button', { name: 'Cerrar sesión' }).click();
    await page.waitForURL(`${server.url}/`);
    await expect.poll(() => databaseNames(page), SLOW).not.toContain(OFFLINE_DATABASE);

    await context.setOffline(true);
    await page.goto(`${server.url}/chat/${conversationId}`);
    await expect.poll(() => page.evaluate('location.pathname'), SLOW).toBe('/login');
    expect(await page.locator('body').textContent()).not.toContain(fromMentor);
    expect(await databaseNames(page)).not.toContain(OFFLINE_DATABASE);
    await context.setOffline(false);
  });

  it('the quick exit deletes what was kept, the kept shell and the worker', async () => {
    await logIn(page, server.url, 'emprendedora@aliadas.demo', { awaitRedirect: true });
    await page.goto(`${server.url}/chat/${conversationId}`);
    await expect.poll(() => messagesWithText(page, fromMentor).count(), SLOW).toBe(1);
    await expect.poll(() => keptKeys(page), SLOW).toContain(`Messages:${conversationId}`);
    await controlledByWorker(page);

    await page.getByRole('button', { name: 'Salir rápido' }).click();
    await page.waitForURL((url) => url.href.startsWith(NEUTRAL_ORIGIN));
    // Back on the origin, on a file that runs none of the app (so only the quick exit can have cleared).
    const check = await context.newPage();
    await check.goto(`${server.url}/icons/icon-192.png`);
    await expect.poll(() => databaseNames(check), SLOW).not.toContain(OFFLINE_DATABASE);
    await expect.poll(() => shellCaches(check), SLOW).toEqual([]);
    await expect
      .poll(() => check.evaluate('navigator.serviceWorker.getRegistrations().then((r) => r.length)'), SLOW)
      .toBe(0);
    await check.close();
  });
});

describe('data saver', () => {
  it('follows the browser’s Save-Data until she chooses, and then fetches no page she has not opened', async () => {
    const { later } = await shellLists();
    expect(later.length).toBeGreaterThan(0);

    // Her browser saves data: the app does too, from the first visit.
    const saving = await newContext();
    await saving.addInitScript(
      "Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true });",
    );
    const page = await saving.newPage();
    await page.goto(server.url);
    await expectHeading(page, /./);
    const toggle = page.getByRole('checkbox', { name: 'Ahorro de datos' });
    expect(await toggle.isChecked()).toBe(true);
    await controlledByWorker(page);
    await page.waitForTimeout(2_000);
    expect(await cachedOf(page, later)).toEqual([]);
    await expectAccessible(page, 'data saver on');
    await screenshot(page, 'offline-4-data-saver-es');

    // She turns it off: the other pages' code is kept for offline use, once, in the background.
    await toggle.uncheck();
    expect(await page.evaluate(`localStorage.getItem('aliadas.dataSaver')`)).toBe('off');
    await expect.poll(() => cachedOf(page, later).then((held) => held.length), { timeout: 30_000 }).toBe(later.length);

    // Her choice is remembered on the device, over the browser's.
    await toggle.check();
    await page.reload();
    expect(await page.getByRole('checkbox', { name: 'Ahorro de datos' }).isChecked()).toBe(true);
  });
});
