// The web client against the real server: an entrepreneur signs up and answers the onboarding in
// Haitian Creole; the language choice is remembered; the demo coordinator and mentor log in; the quick
// exit leaves nothing of Aliadas on screen or behind the back button; axe-core finds no serious or
// critical problem on the main pages in any language. Screenshots at phone size go to data/screenshots.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startAliadas, type RunningServer } from '../bench/client-harness.js';
import {
  chooseLanguage,
  expectAccessible,
  expectHeading,
  heading,
  LOCALES,
  logIn,
  NEUTRAL_ORIGIN,
  phoneContext,
  screenshot,
} from './browser.js';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startAliadas(), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('web client', () => {
  it('is served by the server: pages never cached, hashed assets cached for good and pre-compressed', async () => {
    const page = await fetch(`${server.url}/onboarding`);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const html = await page.text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${server.url}${script}`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-encoding')).toBe('br');
    expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await fetch(`${server.url}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${server.url}/health`)).headers.get('content-type')).toMatch(/json/);
  });

  it('lets an entrepreneur sign up and answer the onboarding in Haitian Creole', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await page.goto(server.url);
    await expectHeading(page, 'Apoyo para tu negocio, en tu idioma');

    await chooseLanguage(page, 'ht');
    await expectHeading(page, 'Sipò pou biznis ou, nan lang ou');
    await screenshot(page, 'welcome-ht');

    await page.getByRole('link', { name: 'Kreye kont mwen' }).click();
    await expectHeading(page, 'Kreye kont ou');
    await expectAccessible(page, 'sign-up');
    await screenshot(page, 'sign-up-ht');
    await page.getByLabel('M ap chèche sipò pou mwen ak biznis mwen').check();
    await page.getByLabel('Ki jan ou vle nou rele w?').fill('Roseline');
    // She may sign up with a phone or an email, and a PIN or a password: here an email and a password.
    await page.getByRole('radio', { name: 'Imèl' }).check();
    await page.getByRole('textbox', { name: 'Imèl' }).fill(`roseline.${Date.now()}@example.org`);
    await page.getByRole('radio', { name: 'Modpas' }).check();
    await page.locator('input[type=password]').fill('yon-modpas-solid');
    await page.getByRole('button', { name: 'Kreye kont' }).click();

    await expectHeading(page, 'Ki lang ou pale?');
    expect(page.url()).toBe(`${server.url}/onboarding`);
    await expect.poll(() => page.getByLabel('Kreyòl ayisyen', { exact: true }).isChecked()).toBe(true);
    await page.getByLabel('Panyòl').check();
    await expectAccessible(page, 'onboarding languages');
    await screenshot(page, 'onboarding-languages-ht');
    await page.getByRole('button', { name: 'Swivan' }).click();

    await expectHeading(page, 'Ki kote w ap viv?');
    await page.getByLabel('Peyi kote w ap viv').selectOption('DO');
    await page.getByLabel('Vil oswa bouk').fill('Santo Domingo');
    await page.getByLabel('Peyi kote w soti').selectOption('HT');
    await expectAccessible(page, 'onboarding place');
    await page.getByRole('button', { name: 'Swivan' }).click();

    await expectHeading(page, 'Biznis ou');
    await page.getByLabel('Ap kòmanse').check();
    await page.getByLabel('Ki kalite biznis?').selectOption('FOOD');
    await expectAccessible(page, 'onboarding business');
    await screenshot(page, 'onboarding-business-ht');
    await page.getByRole('button', { name: 'Swivan' }).click();

    await expectHeading(page, 'Ki jan ou vle pale?');
    await page.getByLabel('Maten, wikenn').check();
    await expectAccessible(page, 'onboarding talk');
    await page.getByRole('button', { name: 'Anrejistre' }).click();

    // Then what she needs, as simple choices with icons, and who could help her and why.
    await expectHeading(page, 'Nan kisa ou bezwen sipò?');
    await expectAccessible(page, 'ask for support');
    await screenshot(page, 'ask-for-support-ht');
    await page.getByLabel('Papye ak regilarizasyon').check();
    await page.getByRole('button', { name: 'Mande sipò' }).click();
    await expectHeading(page, 'Sipò ou');
    await page.getByRole('heading', { name: 'Konsèy jiridik' }).waitFor();
    await page.locator('.recommendations, .card .hint').last().waitFor();
    await expectAccessible(page, 'her support');
    await screenshot(page, 'support-ht');

    await page.getByRole('link', { name: 'Aliadas' }).click();
    await expectHeading(page, 'Bonjou, Roseline');
    expect(page.url()).toBe(`${server.url}/home`);
    await expectAccessible(page, 'home');
    await screenshot(page, 'home-ht');

    // What the server kept, asked with her own session cookie.
    const saved = await page.evaluate<{ data: { me: unknown } }>(`
      fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: '{ me { locale entrepreneurProfile { countryOfResidence city businessStage languages { language } } } }',
        }),
      }).then((response) => response.json())
    `);
    expect(saved.data.me).toEqual({
      locale: 'ht',
      entrepreneurProfile: {
        countryOfResidence: 'DO',
        city: 'Santo Domingo',
        businessStage: 'STARTING',
        languages: [{ language: 'ht' }, { language: 'es' }],
      },
    });

    // Nothing but the language in browser storage; the session cookie is out of the page's reach.
    const storage = await page.evaluate(
      '({ local: Object.keys(localStorage), session: Object.keys(sessionStorage), cookie: document.cookie })',
    );
    expect(storage).toEqual({ local: ['aliadas.locale'], session: [], cookie: '' });
    await context.close();
  });

  it('remembers the chosen language across visits and on every page', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}/login`);
    await expectHeading(page, 'Entrar');
    await chooseLanguage(page, 'fr');
    await expectHeading(page, 'Se connecter');
    await page.reload();
    await expectHeading(page, 'Se connecter');
    await page.goto(`${server.url}/signup`);
    await expectHeading(page, 'Créer votre compte');
    await chooseLanguage(page, 'en');
    await page.goto(server.url);
    await expectHeading(page, 'Support for your business, in your language');
    await context.close();
  });

  it('shows server errors in her language', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}/login`);
    await chooseLanguage(page, 'ht');
    await page.getByRole('radio', { name: 'Imèl' }).check();
    await page.getByRole('textbox', { name: 'Imèl' }).fill('nobody@example.org');
    await page.getByRole('radio', { name: 'Modpas' }).check();
    await page.locator('input[type=password]').fill('not-the-password');
    await page.getByRole('button', { name: 'Konekte' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('Telefòn nan, imèl la, PIN nan oswa modpas la pa bon.');
    await context.close();
  });

  it('logs in the demo coordinator and the demo mentor', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await logIn(page, server.url, 'coordinadora@aliadas.demo');
    await expectHeading(page, 'Coordinación de la red');
    expect(page.url()).toBe(`${server.url}/coordinator`);
    await page.getByRole('heading', { name: /^Esperando apoyo: [1-9]/ }).waitFor();

    // A dry run proposes nobody; then a round proposes, and she approves the first proposal.
    await page.getByRole('button', { name: 'Simular' }).click();
    await page.getByRole('heading', { name: 'Resultado de la simulación' }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Proponer' }).click();
    await page.getByRole('heading', { name: 'Resultado de la ronda' }).waitFor({ timeout: 60_000 });
    await page.getByRole('heading', { name: /^Propuestas: [1-9]/ }).waitFor();
    const first = page.locator('.card', { has: page.getByRole('button', { name: 'Aprobar' }) }).first();
    const pair = await first.locator('h3').textContent();
    await first.getByRole('button', { name: 'Aprobar' }).click();
    await expect.poll(() => page.locator('.card', { hasText: pair! }).first().textContent()).toContain('Invitada');
    await screenshot(page, 'coordinator-round-es');
    for (const locale of LOCALES) {
      await chooseLanguage(page, locale);
      await expectAccessible(page, `coordinator ${locale}`);
    }
    await screenshot(page, 'coordinator-ht');
    await page.getByRole('button', { name: 'Dekonekte' }).click();
    await expectHeading(page, 'Sipò pou biznis ou, nan lang ou');

    await chooseLanguage(page, 'es');
    await logIn(page, server.url, 'mentora@aliadas.demo');
    await expectHeading(page, /^Hola, /);
    await page.getByRole('link', { name: 'Invitaciones y acompañadas' }).click();
    await expectHeading(page, 'Tus invitaciones');
    await expectAccessible(page, 'invitations');
    await screenshot(page, 'invitations-es');
    await page.getByRole('link', { name: 'Aliadas' }).click();
    await expectHeading(page, /^Hola, /);
    await page.getByRole('link', { name: 'Mi perfil de apoyo' }).click();
    await expectHeading(page, 'Tu perfil de apoyo');
    await expect.poll(() => page.getByLabel('Ciudad', { exact: true }).inputValue()).not.toBe('');
    for (const locale of LOCALES) {
      await chooseLanguage(page, locale);
      await expectAccessible(page, `supporter profile ${locale}`);
    }
    await screenshot(page, 'supporter-profile-ht');
    await page.getByRole('button', { name: 'Anrejistre pwofil la' }).click();
    await expect.poll(() => page.getByRole('status').last().textContent()).toBe('Pwofil ou anrejistre.');
    await page.getByRole('button', { name: 'Fè yon poz' }).click();
    await page.getByRole('heading', { name: 'Ou an poz' }).waitFor();
    await page.getByRole('button', { name: 'Resevwa moun ankò' }).click();
    await page.getByRole('heading', { name: 'W ap resevwa nouvo moun' }).waitFor();
    await context.close();
  });

  it('has no serious accessibility problem on the public pages in any language', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    for (const locale of LOCALES) {
      for (const path of ['/', '/signup', '/login', '/nowhere']) {
        await page.goto(`${server.url}${path}`);
        await chooseLanguage(page, locale);
        await heading(page);
        await expectAccessible(page, `${path} ${locale}`);
      }
    }
    await context.close();
  });

  it('works with the keyboard alone, with a visible focus', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await page.goto(server.url);
    await expectHeading(page, 'Apoyo para tu negocio, en tu idioma');
    const focused = () =>
      page.evaluate<{ text: string; outline: string }>(
        '({ text: document.activeElement.textContent.trim(), outline: getComputedStyle(document.activeElement).outlineStyle })',
      );
    await page.keyboard.press('Tab');
    expect(await focused()).toEqual({ text: 'Ir al contenido', outline: 'solid' });
    // The skip link, the name, the language, then the quick exit: within reach in a few presses.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused()).toEqual({ text: 'Salir rápido', outline: 'solid' });
    // Then the way to the emergency numbers, on a row of its own.
    await page.keyboard.press('Tab');
    expect(await focused()).toEqual({ text: '📞 Números de emergencia', outline: 'solid' });
    await page.keyboard.press('Tab');
    expect(await focused()).toEqual({ text: 'Crear mi cuenta', outline: 'solid' });
    await page.keyboard.press('Enter');
    await expectHeading(page, 'Crear tu cuenta');
    await context.close();
  });

  it('the quick exit replaces Aliadas with a neutral page and leaves it out of the back button', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByRole('link', { name: 'Crear mi cuenta' }).click();
    await heading(page);
    await page.getByRole('link', { name: 'Entra aquí' }).click();
    await expectHeading(page, 'Entrar');
    await page.getByRole('button', { name: 'Salir rápido' }).click();
    await page.waitForURL(`${NEUTRAL_ORIGIN}/**`);
    expect(await page.title()).toBe('Receta de pan');
    // Moving inside Aliadas replaced one history entry, so Back goes to where she was before it.
    await page.goBack();
    expect(page.url()).toBe('about:blank');

    // Escape twice does the same from the keyboard, and forgets the language too.
    await page.goto(`${server.url}/login`);
    await chooseLanguage(page, 'ht');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForURL(`${NEUTRAL_ORIGIN}/**`);
    await page.goto(server.url);
    await expectHeading(page, 'Apoyo para tu negocio, en tu idioma');
    await context.close();
  });

  it('ends the session when she leaves with the quick exit', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await logIn(page, server.url, 'emprendedora@aliadas.demo');
    await expectHeading(page, /^Hola, /);
    await page.getByRole('button', { name: 'Salir rápido' }).click();
    await page.waitForURL(`${NEUTRAL_ORIGIN}/**`);
    await expect
      .poll(async () => {
        await page.goto(`${server.url}/home`);
        return heading(page);
      })
      .toBe('Entrar');
    await context.close();
  });
});
