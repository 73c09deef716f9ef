// My data and privacy in the browser: she shares her phone with the people she works with, downloads
// all her data as a JSON file, and deletes her account after a plain confirmation; the page passes
// axe-core in every language.
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startAliadas, type RunningServer } from '../bench/client-harness.js';
import { expectAccessible, expectHeading, graphqlResponse, logIn, phoneContext, screenshot } from './browser.js';

const PASSWORD = 'una-clave-bien-larga';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startAliadas(), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('my data and privacy', () => {
  it('shares her phone, downloads her data and deletes her account', async () => {
    const email = `marisol.${Date.now()}@example.org`;
    const registered = await graphqlResponse(
      server.url,
      null,
      'mutation($input: RegisterInput!) { register(input: $input) { token } }',
      { input: { email, password: PASSWORD, displayName: 'Marisol', roles: ['ENTREPRENEUR'] } },
    );
    expect(registered.errors).toBeUndefined();

    const context = await phoneContext(browser);
    const page = await context.newPage();
    await logIn(page, server.url, email, { password: PASSWORD, awaitRedirect: true });
    await page.goto(`${server.url}/privacy`);
    await expectHeading(page, 'Mis datos y privacidad');
    for (const [locale, title] of [
      ['en', 'My data and privacy'],
      ['fr', 'Mes données et ma vie privée'],
      ['ht', 'Done mwen ak vi prive mwen'],
      ['es', 'Mis datos y privacidad'],
    ] as const) {
      await page.locator('header select').selectOption(locale);
      await expectHeading(page, title);
      await expectAccessible(page, `privacy page in ${locale}`);
    }
    await screenshot(page, 'privacy-es');

    await page.getByLabel('Teléfono (si quieres)').fill('+506 8888 7777');
    await page.getByLabel('Compartir mi correo y mi teléfono con las personas con quienes trabajo').check();
    await page.getByRole('button', { name: 'Guardar' }).click();
    await page.getByRole('status').filter({ hasText: 'Guardado.' }).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Descargar mis datos' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^aliadas-my-data-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(await readFile(await download.path(), 'utf8')) as { account: Record<string, unknown> };
    expect(data.account).toMatchObject({
      email,
      phone: '+50688887777',
      shareContactDetails: true,
      displayName: 'Marisol',
    });

    await page.getByRole('button', { name: 'Quiero borrar mi cuenta' }).click();
    await page.getByLabel('Escribe tu contraseña para confirmar').fill(PASSWORD);
    await page.getByRole('button', { name: 'Borrar mi cuenta para siempre' }).click();
    await page.getByRole('alert').filter({ hasText: 'Marca la casilla' }).waitFor();
    await expectAccessible(page, 'delete confirmation');
    await page.getByLabel('Entiendo que mi cuenta y mis datos se borran para siempre').check();
    await page.getByRole('button', { name: 'Borrar mi cuenta para siempre' }).click();
    await page.waitForURL(`${server.url}/`);

    const again = await graphqlResponse(
      server.url,
      null,
      'mutation($input: LogInInput!) { logIn(input: $input) { token } }',
      { input: { email, password: PASSWORD } },
    );
    expect(again.errors?.[0]?.extensions?.key).toBe('auth.invalidCredentials');
    await context.close();
  });
});
