// Goals inside a mentorship, in two browsers: the demo mentor sets a goal with a milestone from her
// mentees page; the demo entrepreneur finds it from her support team, ticks the milestone and posts an
// update; the mentor sees both and logs a session. axe-core checks the page in every language;
// screenshots at phone size go to data/screenshots.
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

describe('goals inside a mentorship', () => {
  // The seed has no active match between demo accounts: the coordinator makes one as in real life.
  let entrepreneur: Session;
  let mentor: Session;
  let matchId: string;

  beforeAll(async () => {
    const coordinator = await session(server.url, 'coordinadora@aliadas.demo');
    entrepreneur = await session(server.url, 'emprendedora@aliadas.demo');
    mentor = await session(server.url, 'mentora@aliadas.demo');
    const { createSupportRequest } = await graphql<{ createSupportRequest: { demands: { id: string }[] } }>(
      server.url,
      entrepreneur.token,
      'mutation { createSupportRequest(input: { needs: [BUSINESS_PLAN], modality: CHAT }) { demands { id } } }',
    );
    const { matchByHand } = await graphql<{ matchByHand: { id: string } }>(
      server.url,
      coordinator.token,
      'mutation($d: ID!, $s: ID!) { matchByHand(demandId: $d, supporterUserId: $s, reason: "Demo pair") { id } }',
      { d: createSupportRequest.demands[0]!.id, s: mentor.userId },
    );
    matchId = matchByHand.id;
    await graphql(server.url, mentor.token, 'mutation($id: ID!) { acceptInvitation(matchId: $id) { id } }', {
      id: matchId,
    });
  });

  it('the mentor sets a goal, the entrepreneur ticks its milestone, both see the progress', async () => {
    const mentorContext = await phoneContext(browser);
    const mentorPage = await mentorContext.newPage();
    await logIn(mentorPage, server.url, 'mentora@aliadas.demo', { awaitRedirect: true });
    await chooseLanguage(mentorPage, 'es');
    await mentorPage.goto(`${server.url}/mentees`);
    await expectHeading(mentorPage, 'Las personas que acompañas');
    const card = mentorPage.locator('.card', {
      has: mentorPage.getByRole('heading', { name: entrepreneur.displayName }),
    });
    const link = card.getByRole('link', { name: `Metas con ${entrepreneur.displayName}` });
    expect(await link.getAttribute('href')).toBe(`/goals/${matchId}`);
    await link.click();
    await expectHeading(mentorPage, `Metas con ${entrepreneur.displayName}`);
    await mentorPage.getByText('Todavía no hay metas.').waitFor();

    // Keyboard only: fill the new goal's fields and send the form with Enter.
    await mentorPage.getByLabel('Meta', { exact: true }).fill('Postular al fondo de capital semilla');
    await mentorPage.getByLabel('Pasos (opcional)').fill('Escribir el presupuesto');
    await mentorPage.getByLabel('Meta', { exact: true }).focus();
    await mentorPage.keyboard.press('Enter');
    const goal = mentorPage.locator('li.card', {
      has: mentorPage.getByRole('heading', { name: 'Postular al fondo de capital semilla' }),
    });
    await goal.getByText('0 de 1 pasos hechos').waitFor(SLOW);
    await screenshot(mentorPage, 'goals-mentor-es');

    const herContext = await phoneContext(browser);
    const her = await herContext.newPage();
    await logIn(her, server.url, 'emprendedora@aliadas.demo', { awaitRedirect: true });
    await chooseLanguage(her, 'es');
    await her.goto(`${server.url}/support`);
    await expectHeading(her, 'Tu apoyo');
    const member = her.locator('.card', { has: her.getByRole('heading', { name: mentor.displayName }) });
    await member.getByRole('link', { name: `Metas con ${mentor.displayName}` }).click();
    await expectHeading(her, `Metas con ${mentor.displayName}`);
    const hers = her.locator('li.card', {
      has: her.getByRole('heading', { name: 'Postular al fondo de capital semilla' }),
    });
    const milestone = hers.getByLabel('Escribir el presupuesto');
    await milestone.focus();
    await her.keyboard.press('Space');
    await hers.getByText('1 de 1 pasos hechos').waitFor(SLOW);
    expect(await milestone.isChecked()).toBe(true);
    await hers.getByLabel('¿Cómo va?').fill('Ya tengo el presupuesto.');
    await hers.getByLabel('Estado').selectOption('IN_PROGRESS');
    await hers.getByRole('button', { name: 'Enviar novedad' }).click();
    await hers.getByText('Ya tengo el presupuesto.').waitFor(SLOW);
    await hers.locator('strong', { hasText: 'En marcha' }).waitFor();
    await screenshot(her, 'goals-entrepreneur-es');

    for (const locale of LOCALES) {
      await chooseLanguage(her, locale);
      await expectAccessible(her, `goals ${locale}`);
    }
    await screenshot(her, 'goals-ht');
    await herContext.close();

    // The mentor sees the tick and the update, and notes the session they held.
    await mentorPage.reload();
    await goal.getByText('1 de 1 pasos hechos').waitFor(SLOW);
    await goal.getByText('Ya tengo el presupuesto.').waitFor();
    await mentorPage.getByLabel('Temas y notas').fill('Presupuesto y requisitos del fondo');
    await mentorPage.getByLabel('Duración en minutos').fill('45');
    await mentorPage.getByRole('button', { name: 'Guardar sesión' }).click();
    await mentorPage.getByText('Presupuesto y requisitos del fondo').waitFor(SLOW);
    await expectAccessible(mentorPage, 'goals with a session');
    await screenshot(mentorPage, 'goals-session-es');
    await mentorContext.close();
  });
});
