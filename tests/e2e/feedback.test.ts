// Feedback at the end of a match, in the browser: the demo mentor closes a mentorship, the demo
// entrepreneur finds "give feedback" on her home page, rates it and says how it went; the mentor finds
// hers on the mentees page. axe-core checks the form in every language; phone screenshots go to
// data/screenshots.
import type { Browser } from 'playwright-core';
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

describe('feedback at the end of a match', () => {
  let mentor: Session;
  let matchId: string;

  beforeAll(async () => {
    ({ mentor, matchId } = await demoMentorship(server.url));
    await graphql(
      server.url,
      mentor.token,
      'mutation($id: ID!) { completeMatch(matchId: $id, outcome: GOALS_MET) { id } }',
      {
        id: matchId,
      },
    );
  });

  it('she rates it from her home page; the form reads well in every language', async () => {
    const context = await phoneContext(browser);
    const her = await context.newPage();
    await logIn(her, server.url, 'emprendedora@aliadas.demo', { awaitRedirect: true });
    await chooseLanguage(her, 'es');
    await her.goto(`${server.url}/home`);
    const card = her.getByRole('region', { name: 'Cuéntanos cómo te fue' });
    const link = card.getByRole('link', { name: 'Dar mi opinión' });
    await link.waitFor(SLOW);
    expect(await link.getAttribute('href')).toBe(`/feedback/${matchId}`);
    await link.click();
    await expectHeading(her, `¿Cómo te fue con ${mentor.displayName}?`);
    for (const locale of LOCALES) {
      await chooseLanguage(her, locale);
      await expectAccessible(her, `feedback form ${locale}`);
    }
    await chooseLanguage(her, 'es');
    await her.getByLabel('4 — Bien').check();
    await her.getByLabel('Se lograron en parte').check();
    await her.getByLabel('¿Algo más? (opcional)').fill('Me ayudó con el presupuesto.');
    await her.getByRole('button', { name: 'Enviar' }).click();
    await her.getByRole('status').filter({ hasText: 'Gracias. Guardamos tus respuestas.' }).waitFor(SLOW);
    await screenshot(her, 'feedback-entrepreneur-es');

    // Her answers are hers: the form now offers to change them, and the home page no longer asks.
    await expect.poll(() => her.getByRole('button', { name: 'Guardar cambios' }).count(), SLOW).toBe(1);
    await her.goto(`${server.url}/home`);
    await expectHeading(her, /Hola/);
    expect(await her.getByRole('link', { name: 'Dar mi opinión' }).count()).toBe(0);
    await context.close();
  });

  it('the mentor is asked on her mentees page', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await logIn(page, server.url, 'mentora@aliadas.demo', { awaitRedirect: true });
    await chooseLanguage(page, 'es');
    await page.goto(`${server.url}/mentees`);
    const link = page
      .getByRole('region', { name: 'Cuéntanos cómo te fue' })
      .getByRole('link', { name: 'Dar mi opinión' });
    await link.waitFor(SLOW);
    expect(await link.getAttribute('href')).toBe(`/feedback/${matchId}`);
    await expectAccessible(page, 'mentees with feedback due');
    await context.close();
  });
});
