// Notifications in the browser: the demo mentor has the app open when a coordinator invites her; the
// bell counts it at once, without a reload; the list says it in her language, opening it leads to her
// invitations and marks it read; the quick exit still leaves at once. axe-core checks the list in every
// language; screenshots at phone size go to data/screenshots.
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
  NEUTRAL_ORIGIN,
  phoneContext,
  screenshot,
  session,
  SLOW,
  type Session,
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

describe('notifications', () => {
  let coordinator: Session;
  let entrepreneur: Session;
  let mentor: Session;

  beforeAll(async () => {
    coordinator = await session(server.url, 'coordinadora@aliadas.demo');
    entrepreneur = await session(server.url, 'emprendedora@aliadas.demo');
    mentor = await session(server.url, 'mentora@aliadas.demo');
  });

  it('an invitation reaches the open app at once; the list says it in her language and leads to it', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await logIn(page, server.url, 'mentora@aliadas.demo', { awaitRedirect: true });
    await chooseLanguage(page, 'es');
    const bell = page.getByRole('link', { name: /^Notificaciones, \d+ sin leer$/ });
    await bell.waitFor(SLOW);
    const before = Number((await bell.getAttribute('aria-label'))!.match(/\d+/)![0]);

    // The coordinator pairs them while the mentor's page stays open: no reload.
    const { createSupportRequest } = await graphql<{ createSupportRequest: { demands: { id: string }[] } }>(
      server.url,
      entrepreneur.token,
      'mutation { createSupportRequest(input: { needs: [BUSINESS_PLAN], modality: CHAT }) { demands { id } } }',
    );
    await graphql(
      server.url,
      coordinator.token,
      'mutation($d: ID!, $s: ID!) { matchByHand(demandId: $d, supporterUserId: $s, reason: "Demo pair") { id } }',
      { d: createSupportRequest.demands[0]!.id, s: mentor.userId },
    );
    await page.getByRole('link', { name: `Notificaciones, ${before + 1} sin leer` }).waitFor(SLOW);
    await screenshot(page, 'notifications-bell-es');

    await page.getByRole('link', { name: `Notificaciones, ${before + 1} sin leer` }).click();
    await expectHeading(page, 'Notificaciones');
    const invitation = page.locator('li.notification.unread', {
      hasText: 'Tienes una nueva invitación para acompañar a una emprendedora (Mentoría). Por favor, respóndela.',
    });
    await invitation.waitFor(SLOW);
    // Nothing in it names the entrepreneur.
    expect(await invitation.textContent()).not.toContain(entrepreneur.displayName);
    await screenshot(page, 'notifications-list-es');
    for (const locale of LOCALES) {
      await chooseLanguage(page, locale);
      await expectAccessible(page, `notifications ${locale}`);
    }
    await screenshot(page, 'notifications-list-ht');
    await chooseLanguage(page, 'es');

    await invitation.getByRole('link').click();
    await page.waitForURL((url) => url.pathname === '/invitations', SLOW);
    await page.getByRole('link', { name: `Notificaciones, ${before} sin leer` }).waitFor(SLOW);

    await page.goto(`${server.url}/notifications`);
    await expectHeading(page, 'Notificaciones');
    await page.locator('li.notification', { hasText: 'Tienes una nueva invitación' }).first().waitFor(SLOW);
    if (before > 0) {
      await page.getByRole('button', { name: 'Marcar todas como leídas' }).click();
      await page.getByRole('link', { name: 'Notificaciones, 0 sin leer' }).waitFor(SLOW);
    }
    expect(await page.locator('li.notification.unread').count()).toBe(0);

    // The quick exit still leaves at once from here.
    await page.getByRole('button', { name: 'Salir rápido' }).click();
    await page.waitForURL(`${NEUTRAL_ORIGIN}/**`, SLOW);
    await context.close();
  });

  it('she reads on one device and her other device’s bell follows', async () => {
    const phone = await phoneContext(browser);
    const laptop = await phoneContext(browser);
    const [onPhone, onLaptop] = await Promise.all([phone.newPage(), laptop.newPage()]);
    for (const page of [onPhone, onLaptop]) {
      await logIn(page, server.url, 'emprendedora@aliadas.demo', { awaitRedirect: true });
      await chooseLanguage(page, 'es');
    }
    // The mentor accepts: both are told the match began.
    const { myInvitations } = await graphql<{ myInvitations: { id: string }[] }>(
      server.url,
      mentor.token,
      'query { myInvitations { id } }',
    );
    await graphql(server.url, mentor.token, 'mutation($id: ID!) { acceptInvitation(matchId: $id) { id } }', {
      id: myInvitations[0]!.id,
    });
    const unread = (page: typeof onPhone) => page.getByRole('link', { name: /^Notificaciones, [1-9]\d* sin leer$/ });
    await unread(onPhone).waitFor(SLOW);
    await unread(onLaptop).waitFor(SLOW);
    await onPhone.goto(`${server.url}/notifications`);
    await onPhone.getByRole('button', { name: 'Marcar todas como leídas' }).click();
    await onLaptop.getByRole('link', { name: 'Notificaciones, 0 sin leer' }).waitFor(SLOW);
    await phone.close();
    await laptop.close();
  });
});
