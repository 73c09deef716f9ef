// The organizations directory in the browser: a visitor without an account finds an organization by
// country and language (demo entries carry an "Example" badge) and reads how to reach it; an
// entrepreneur asks to join, the organization's coordinator accepts from her desk, and the entrepreneur
// sees that she is now part of it; axe-core finds no serious or critical problem on the directory, an
// organization's page and the coordinator's requests in any language. Phone-size screenshots.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startAliadas, type RunningServer } from '../bench/client-harness.js';
import {
  chooseLanguage,
  expectAccessible,
  expectHeading,
  graphql,
  LOCALES,
  logIn,
  phoneContext,
  screenshot,
  session,
  SLOW,
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

/** The demo organization the demo coordinator coordinates. */
const COSTA_RICA = 'Red Mujeres Emprendedoras Costa Rica (demo)';

async function organizationId(name: string): Promise<string> {
  const { organizationDirectory } = await graphql<{ organizationDirectory: { items: { id: string; name: string }[] } }>(
    server.url,
    null,
    'query($search: String) { organizationDirectory(search: $search) { items { id name } } }',
    { search: name.replace(/[()]/g, ' ') },
  );
  const found = organizationDirectory.items.find((o) => o.name === name);
  expect(found, name).toBeDefined();
  return found!.id;
}

describe('organizations directory', () => {
  it('lets a visitor without an account find an organization by country and language and see how to reach it', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}/organizations`);
    await expectHeading(page, 'Organizaciones de la red');

    const search = page.getByRole('search');
    await search.getByLabel('País').selectOption('DO');
    await search.getByLabel('Idioma', { exact: true }).selectOption('ht');
    const card = page.locator('.organization-card');
    await expect.poll(() => card.count(), SLOW).toBe(1);
    expect(await card.getByRole('heading').textContent()).toContain('Asociación Solidaridad Fronteriza (demo)');
    expect(await card.locator('.badge.example').textContent()).toContain('Ejemplo');
    expect(await page.getByText('Organizaciones encontradas: 1').isVisible()).toBe(true);
    await screenshot(page, 'organizations-search-es');

    // Words with accents or without, and what it offers, narrow the list too.
    await search.getByLabel('País').selectOption('');
    await search.getByLabel('Idioma', { exact: true }).selectOption('');
    await search.getByLabel('Lo que necesitas').selectOption('TAXES');
    await expect
      .poll(() => page.locator('.organization-card h2').allTextContents(), SLOW)
      .toEqual([
        expect.stringContaining('Alianza Regional de Asesoras (demo)'),
        expect.stringContaining('Colectiva Istmo Panamá (demo)'),
      ]);

    await search.getByLabel('Lo que necesitas').selectOption('');
    await search.getByLabel('Palabras para buscar').fill('HAITIANAS');
    await search.getByRole('button', { name: 'Buscar' }).click();
    await expect.poll(() => card.count(), SLOW).toBe(1);
    await card.getByRole('link').click();
    await expectHeading(page, /Asociación Solidaridad Fronteriza \(demo\)/);
    expect(await page.locator('main a[href^="tel:"]').getAttribute('href')).toBe('tel:+18090000000');
    expect(await page.locator('main a[href^="mailto:"]').getAttribute('href')).toBe('mailto:contacto-do@example.org');
    expect(await page.getByText('Para pedir unirte, primero inicia sesión.').isVisible()).toBe(true);
    // The address bar carries the organization's id only.
    expect(new URL(page.url()).pathname).toMatch(/^\/organizations\/[0-9a-f-]{36}$/);
    await screenshot(page, 'organization-es');
    await context.close();
  });

  it('lets an entrepreneur ask to join, and the organization’s coordinator accept her from the desk', async () => {
    const id = await organizationId(COSTA_RICA);
    const her = await session(server.url, 'emprendedora@aliadas.demo');

    const herContext = await phoneContext(browser);
    const herPage = await herContext.newPage();
    await logIn(herPage, server.url, 'emprendedora@aliadas.demo', { awaitRedirect: true });
    await herPage.goto(`${server.url}/organizations/${id}`);
    await expectHeading(herPage, /Red Mujeres Emprendedoras Costa Rica/);
    await herPage.getByLabel('Un mensaje para las coordinadoras (opcional)').fill('Quiero aprender a vender en línea.');
    await herPage.getByRole('button', { name: 'Pedir unirme' }).click();
    await expect.poll(() => herPage.getByText('Tu solicitud: Pendiente.').isVisible(), SLOW).toBe(true);
    await screenshot(herPage, 'organization-request-pending-es');

    const staffContext = await phoneContext(browser);
    const staff = await staffContext.newPage();
    await logIn(staff, server.url, 'coordinadora@aliadas.demo');
    await staff.waitForURL(`${server.url}/coordinator`);
    await staff.getByRole('link', { name: 'Solicitudes para unirse' }).click();
    await expectHeading(staff, 'Solicitudes para unirse');
    const request = staff.locator('li.card', { has: staff.getByRole('heading', { name: her.displayName }) });
    await expect.poll(() => request.count(), SLOW).toBe(1);
    expect(await request.locator('blockquote').textContent()).toBe('Quiero aprender a vender en línea.');
    await screenshot(staff, 'organization-requests-es');
    await request.getByRole('button', { name: 'Aceptar', exact: true }).click();
    await expect
      .poll(() => staff.getByRole('status').first().textContent(), SLOW)
      .toBe(`${her.displayName} ya es integrante.`);

    await herPage.reload();
    await expect.poll(() => herPage.getByText('Formas parte de esta organización.').isVisible(), SLOW).toBe(true);
    await herContext.close();
    await staffContext.close();
  });

  it('passes axe-core on the directory, an organization and the requests to join in every language', async () => {
    // A request waiting, so that the coordinator's page shows one.
    const asker = await session(server.url, 'emprendedora001@aliadas.demo');
    const id = await organizationId(COSTA_RICA);
    await graphql(
      server.url,
      asker.token,
      'mutation($input: JoinOrganizationInput!) { requestToJoinOrganization(input: $input) { id } }',
      { input: { organizationId: id, message: 'Necesito ayuda con mi plan de negocio.' } },
    );

    const context = await phoneContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}/organizations`);
    await expectHeading(page, 'Organizaciones de la red');
    await expect.poll(() => page.locator('.organization-card').count(), SLOW).toBeGreaterThan(1);
    for (const locale of LOCALES) {
      await chooseLanguage(page, locale);
      await expectAccessible(page, `organizations ${locale}`);
    }
    await screenshot(page, 'organizations-ht');
    await page.goto(`${server.url}/organizations/${id}`);
    await expect.poll(() => page.locator('main h1').textContent(), SLOW).toContain('Red Mujeres');
    for (const locale of LOCALES) {
      await chooseLanguage(page, locale);
      await expectAccessible(page, `organization ${locale}`);
    }
    await context.close();

    const staffContext = await phoneContext(browser);
    const staff = await staffContext.newPage();
    await logIn(staff, server.url, 'coordinadora@aliadas.demo', { awaitRedirect: true });
    await staff.goto(`${server.url}/organizations/${id}/requests`);
    await expect.poll(() => staff.locator('main blockquote').count(), SLOW).toBeGreaterThan(0);
    await staff.getByRole('button', { name: 'No aceptar' }).first().click();
    for (const locale of LOCALES) {
      await chooseLanguage(staff, locale);
      await expectAccessible(staff, `requests to join ${locale}`);
    }
    await screenshot(staff, 'organization-requests-ht');
    await staffContext.close();
  });
});
