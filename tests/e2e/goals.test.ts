// Goals inside a mentorship, in two browsers: the demo mentor sets a goal with a milestone from her
// mentees page; the demo entrepreneur finds it from her support team, ticks the milestone and posts an
// update; the mentor sees both and logs a session. axe-core checks the page in every language;
// screenshots at phone size go to data/screenshots.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startAliadas, type RunningServer } from '../bench/client-harness.js';
import { expectHeading, phoneContext, screenshot, seriousViolations } from './browser.js';

const LOCALES = ['es', 'en', 'fr', 'ht'] as const;
const DEMO_PASSWORD = 'aliadas-demo';
const SLOW = { timeout: 15_000 };

let server: RunningServer;
let browser: Browser;

interface Session {
  token: string;
  userId: string;
  displayName: string;
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startAliadas(), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function graphql<T>(token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors, query).toBeUndefined();
  return body.data!;
}

async function session(email: string): Promise<Session> {
  const { logIn } = await graphql<{ logIn: { token: string; user: { id: string; displayName: string } } }>(
    null,
    'mutation($input: LogInInput!) { logIn(input: $input) { token user { id displayName } } }',
    { input: { email, password: DEMO_PASSWORD } },
  );
  return { token: logIn.token, userId: logIn.user.id, displayName: logIn.user.displayName };
}

async function logIn(page: Page, email: string) {
  await page.goto(`${server.url}/login`);
  await page.locator('input[type=email]').fill(email);
  await page.locator('input[type=password]').fill(DEMO_PASSWORD);
  await page.locator('form button[type=submit]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

async function chooseLanguage(page: Page, locale: string) {
  await page.locator('header select').selectOption(locale);
  await expect.poll(() => page.evaluate('document.documentElement.lang')).toBe(locale);
}

describe('goals inside a mentorship', () => {
  // The seed has no active match between demo accounts: the coordinator makes one as in real life.
  let entrepreneur: Session;
  let mentor: Session;
  let matchId: string;

  beforeAll(async () => {
    const coordinator = await session('coordinadora@aliadas.demo');
    entrepreneur = await session('emprendedora@aliadas.demo');
    mentor = await session('mentora@aliadas.demo');
    const { createSupportRequest } = await graphql<{ createSupportRequest: { demands: { id: string }[] } }>(
      entrepreneur.token,
      'mutation { createSupportRequest(input: { needs: [BUSINESS_PLAN], modality: CHAT }) { demands { id } } }',
    );
    const { matchByHand } = await graphql<{ matchByHand: { id: string } }>(
      coordinator.token,
      'mutation($d: ID!, $s: ID!) { matchByHand(demandId: $d, supporterUserId: $s, reason: "Demo pair") { id } }',
      { d: createSupportRequest.demands[0]!.id, s: mentor.userId },
    );
    matchId = matchByHand.id;
    await graphql(mentor.token, 'mutation($id: ID!) { acceptInvitation(matchId: $id) { id } }', { id: matchId });
  });

  it('the mentor sets a goal, the entrepreneur ticks its milestone, both see the progress', async () => {
    const mentorContext = await phoneContext(browser);
    const mentorPage = await mentorContext.newPage();
    await logIn(mentorPage, 'mentora@aliadas.demo');
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
    await logIn(her, 'emprendedora@aliadas.demo');
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
      expect(await seriousViolations(her), `goals ${locale}`).toEqual([]);
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
    expect(await seriousViolations(mentorPage), 'goals with a session').toEqual([]);
    await screenshot(mentorPage, 'goals-session-es');
    await mentorContext.close();
  });
});
