// Goals inside a mentorship, in two browsers: the demo mentor sets a goal with a milestone from her
// mentees page; the demo entrepreneur finds it from her support team, ticks the milestone and posts an
// update; the mentor sees both and logs a session. axe-core checks the page in every language;
// screenshots at phone size go to data/screenshots.
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

describe('goals inside a mentorship', () => {
  // The seed has no active match between demo accounts: the coordinator makes one as in real life.
  let entrepreneur: Session;
  let mentor: Session;
  let matchId: string;

  beforeAll(async () => {
    ({ entrepreneur, mentor, matchId } = await demoMentorship(server.url));
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

  it('the mentor adds a pathway of the network in one tap, and adapts another before adding it', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await logIn(page, server.url, 'mentora@aliadas.demo', { awaitRedirect: true });
    await chooseLanguage(page, 'es');
    await page.goto(`${server.url}/goals/${matchId}`);
    await expectHeading(page, `Metas con ${entrepreneur.displayName}`);
    await page.getByRole('heading', { name: 'Rutas de la red', level: 2 }).waitFor(SLOW);
    // The match is for a business plan, so credit and seed capital comes first.
    const pathways = page.locator('section[aria-labelledby="pathways-title"] li.card');
    await expect
      .poll(() => pathways.first().locator('h3').textContent(), SLOW)
      .toBe('Conseguir crédito o capital semilla');

    // One tap: the tax identification pathway, with the Dominican Republic's offices in its steps.
    await page.getByRole('button', { name: 'Añadir tal cual: Obtener mi identificación tributaria' }).click();
    const taxGoal = page.locator('ul.cards > li.card', {
      has: page.getByRole('heading', { name: 'Obtener mi identificación tributaria', level: 3 }),
      hasText: 'Ruta de la red: identificación tributaria',
    });
    await taxGoal.waitFor(SLOW);
    await taxGoal
      .getByText('Inscribirme ante Dirección General de Impuestos Internos (DGII) para obtener mi RNC')
      .waitFor();
    await taxGoal.getByText('0 de 4 pasos hechos').waitFor();

    // Adapted first: the form is filled from the pathway, she changes the title and drops a step.
    await page.getByRole('button', { name: 'Adaptar antes de añadir: Abrir una cuenta bancaria' }).click();
    const title = page.getByLabel('Meta', { exact: true });
    expect(await title.inputValue()).toBe('Abrir una cuenta bancaria');
    await title.fill('Cuenta en la cooperativa del barrio');
    const steps = page.getByLabel('Pasos (opcional)');
    const kept = (await steps.inputValue()).split('\n').slice(0, 3);
    await steps.fill(kept.join('\n'));
    await page.getByRole('button', { name: 'Guardar meta' }).click();
    await page.getByText('«Cuenta en la cooperativa del barrio» quedó añadida como meta.').waitFor(SLOW);
    const bankGoal = page.locator('ul.cards > li.card', {
      has: page.getByRole('heading', { name: 'Cuenta en la cooperativa del barrio', level: 3 }),
    });
    await bankGoal.getByText('Ruta de la red: cuenta bancaria').waitFor();
    await bankGoal.getByText('0 de 3 pasos hechos').waitFor();
    await screenshot(page, 'goals-pathways-es');

    // The entrepreneur sees both goals and where they came from.
    const { goalBoard } = await graphql<{ goalBoard: { goals: { title: string; pathway: string | null }[] } }>(
      server.url,
      entrepreneur.token,
      'query($id: ID!) { goalBoard(matchId: $id) { goals { title pathway } } }',
      { id: matchId },
    );
    expect(goalBoard.goals.filter((g) => g.pathway)).toEqual([
      { title: 'Obtener mi identificación tributaria', pathway: 'TAX_ID' },
      { title: 'Cuenta en la cooperativa del barrio', pathway: 'BANK_ACCOUNT' },
    ]);

    for (const locale of LOCALES) {
      await chooseLanguage(page, locale);
      await expectAccessible(page, `goals with pathways ${locale}`);
    }
    await page.getByRole('heading', { name: 'Chemen rezo a' }).waitFor(SLOW);
    await screenshot(page, 'goals-pathways-ht');
    await context.close();
  });
});
