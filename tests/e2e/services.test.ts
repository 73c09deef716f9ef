// The services directory in the browser: a visitor without an account finds services in her country and
// language (the demo entries carry an "Example" badge), and reaches her country's emergency lines in one
// tap from any page; a coordinator adds an entry and finds it; axe-core finds no serious or critical
// problem on the directory and the emergency page in any language. Phone-size screenshots.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startAliadas, type RunningServer } from '../bench/client-harness.js';
import {
  chooseLanguage,
  expectAccessible,
  expectHeading,
  LOCALES,
  logIn,
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

/** The number each emergency button dials. */
async function dialled(page: Page): Promise<string[]> {
  const links = await page.locator('main a[href^="tel:"]').all();
  return Promise.all(links.map(async (link) => (await link.getAttribute('href')) ?? ''));
}

describe('services directory', () => {
  it('lets a visitor without an account search her country and language, and see the examples as such', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}/services`);
    await expectHeading(page, 'Directorio de servicios');

    const search = page.getByRole('search');
    await search.getByLabel('País').selectOption('DO');
    await search.getByLabel('Idioma', { exact: true }).selectOption('ht');
    await search.getByLabel('Palabras para buscar').fill('papye');
    await search.getByRole('button', { name: 'Buscar' }).click();

    const card = page.locator('.service-card');
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.getByRole('heading').textContent()).toContain('Biwo èd pou papye (egzanp fiktif)');
    await expect.poll(() => card.locator('.badge.example').textContent()).toContain('Ejemplo');
    expect(await page.getByText('Servicios encontrados: 1').isVisible()).toBe(true);
    await screenshot(page, 'services-search-es');

    // Accents and case do not matter; a category's name finds its entries.
    await search.getByLabel('Idioma', { exact: true }).selectOption('');
    await search.getByLabel('Palabras para buscar').fill('VIOLÉNCIA');
    await search.getByRole('button', { name: 'Buscar' }).click();
    await expect
      .poll(() => page.locator('.service-card h2').allTextContents())
      .toEqual([expect.stringContaining('Línea de orientación a mujeres migrantes')]);
    await context.close();
  });

  it('takes her from any page to her country’s emergency lines in one tap', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    // The country she chose in the directory is remembered for the session.
    await page.goto(`${server.url}/services`);
    await expectHeading(page, 'Directorio de servicios');
    await page.getByRole('search').getByLabel('País').selectOption('DO');
    await page.goto(`${server.url}/login`);
    await expectHeading(page, /Entra/);

    await page.getByRole('link', { name: 'Números de emergencia' }).click();
    await expectHeading(page, 'Números de emergencia');
    await expect.poll(() => dialled(page)).toEqual(['tel:911']);
    expect(await page.locator('main .badge.example').count()).toBe(1);
    await screenshot(page, 'emergency-es');

    // Someone who chose nothing picks her country on the emergency page itself.
    const fresh = await (await phoneContext(browser)).newPage();
    await fresh.goto(server.url);
    await fresh.getByRole('link', { name: 'Números de emergencia' }).click();
    await expectHeading(fresh, 'Números de emergencia');
    expect(await dialled(fresh)).toEqual([]);
    await fresh.getByLabel('Tu país').selectOption('GT');
    await expect.poll(() => dialled(fresh)).toEqual(['tel:110']);
    // The quick exit stays apart from it, and still leaves.
    expect(await fresh.locator('header .quick-exit').textContent()).toBe('Salir rápido');
    await context.close();
    await fresh.context().close();
  });

  it('lets a coordinator add an entry that everyone then finds', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await logIn(page, server.url, 'coordinadora@aliadas.demo');
    await page.waitForURL(`${server.url}/coordinator`);
    await page.goto(`${server.url}/services`);
    await expectHeading(page, 'Directorio de servicios');
    await page.getByRole('button', { name: 'Agregar un servicio' }).click();

    const form = page.getByRole('form', { name: 'Nuevo servicio' });
    const name = `Taller de finanzas para mujeres ${Date.now()}`;
    await form.getByLabel('Nombre').fill(name);
    await form.getByLabel('Descripción breve').fill('Cursos de finanzas gratuitos, los sábados.');
    await form.getByLabel('País').selectOption('PA');
    await form.getByLabel('Tipo de servicio').selectOption('FINANCING');
    await form.getByLabel('Teléfono').fill('+507 000 0000');
    await form.getByLabel('Sitio web').fill('https://example.org/pa/finanzas');
    await form.getByLabel('Es un ejemplo de demostración, no un servicio real').check();
    await screenshot(page, 'services-coordinator-form-es');
    await form.getByRole('button', { name: 'Guardar' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Guardado.');

    // Anyone finds it, without an account.
    const visitor = await (await phoneContext(browser)).newPage();
    await visitor.goto(`${server.url}/services`);
    await expectHeading(visitor, 'Directorio de servicios');
    const search = visitor.getByRole('search');
    await search.getByLabel('País').selectOption('PA');
    await search.getByLabel('Tipo de servicio').selectOption('FINANCING');
    await search.getByLabel('Palabras para buscar').fill('finanzas sabados');
    await search.getByRole('button', { name: 'Buscar' }).click();
    await expect
      .poll(() => visitor.locator('.service-card h2').allTextContents())
      .toEqual([expect.stringContaining(name)]);
    expect(await visitor.locator('.service-card a[href^="tel:"]').getAttribute('href')).toBe('tel:+5070000000');
    await context.close();
    await visitor.context().close();
  });

  it('passes axe-core on the directory and the emergency page in every language', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}/services`);
    await expectHeading(page, 'Directorio de servicios');
    await page.getByRole('search').getByLabel('País').selectOption('CR');
    await expect.poll(() => page.locator('.service-card').count()).toBeGreaterThan(1);
    for (const locale of LOCALES) {
      await chooseLanguage(page, locale);
      await expectAccessible(page, `services ${locale}`);
    }
    await screenshot(page, 'services-ht');
    await page.locator('header a.emergency-link').click();
    await expect.poll(() => dialled(page)).toEqual(['tel:911']);
    for (const locale of LOCALES) {
      await chooseLanguage(page, locale);
      await expectAccessible(page, `emergency ${locale}`);
    }
    await screenshot(page, 'emergency-ht');
    await context.close();
  });
});
