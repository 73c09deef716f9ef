// The coordinator's tools against the real server with the demo network: the dashboard's charts with
// their figures, a dry run, a manual match, a round whose proposals she swaps, rejects and approves,
// and the reports queue; then a mentor's list of the people she accompanies and an entrepreneur ending
// a match. axe-core checks each new page in every language; screenshots at phone size go to
// data/screenshots.
import type { Browser, Locator, Page } from 'playwright-core';
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

async function everyLanguage(page: Page, name: string) {
  for (const locale of LOCALES) {
    await chooseLanguage(page, locale);
    await expectAccessible(page, `${name} ${locale}`);
  }
  await screenshot(page, `${name}-ht`);
  await chooseLanguage(page, 'es');
}

/** The first card among `cards` for which `usable` holds, trying them in order. */
async function firstWhere(cards: Locator, usable: (card: Locator) => Promise<boolean>): Promise<Locator> {
  const count = await cards.count();
  for (let i = 0; i < count; i++) {
    if (await usable(cards.nth(i))) return cards.nth(i);
  }
  throw new Error('no card fits');
}

interface RoundStatusSeen {
  /** Each text the round's status line showed, in order. */
  texts: string[];
  /** The progress bar appeared with its label. */
  bar: boolean;
}

/**
 * Starts recording, in the page, what the round's status line and progress bar show: a demo round takes
 * well under a second, too quick to catch by polling from here.
 */
async function recordRoundStatus(page: Page, barLabel: string): Promise<() => Promise<RoundStatusSeen>> {
  await page.evaluate(`(() => {
    const seen = { texts: [], bar: false };
    window.__roundStatus = seen;
    new MutationObserver(() => {
      const text = document.querySelector('.round-status')?.textContent ?? '';
      if (text && seen.texts.at(-1) !== text) seen.texts.push(text);
      const bar = document.querySelector('.round-progress progress');
      if (bar && bar.labels?.[0]?.textContent === ${JSON.stringify(barLabel)}) seen.bar = true;
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  })()`);
  return () => page.evaluate<RoundStatusSeen>('window.__roundStatus');
}

/** Opens the candidate list of a card; true when someone can take the demand. */
async function candidatesShown(card: Locator, button: string): Promise<boolean> {
  await card.getByRole('button', { name: button }).click();
  await card.locator('input[type=radio], .no-candidates').first().waitFor();
  if (await card.getByRole('radio').first().isVisible()) return true;
  await card.getByRole('button', { name: button }).click();
  return false;
}

describe('coordinator tools', () => {
  // An active match between the demo entrepreneur and the demo mentor, with a message she reported:
  // something for the reports queue, the mentor's list and the entrepreneur's team to show.
  let entrepreneur: Session;
  let mentor: Session;
  let conversationId: string;

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
    await graphql(server.url, mentor.token, 'mutation($id: ID!) { acceptInvitation(matchId: $id) { id } }', {
      id: matchByHand.id,
    });
    const { conversations } = await graphql<{ conversations: { id: string; matchId: string | null }[] }>(
      server.url,
      entrepreneur.token,
      '{ conversations { id matchId } }',
    );
    conversationId = conversations.find((c) => c.matchId === matchByHand.id)!.id;
    const { sendMessage } = await graphql<{ sendMessage: { id: string } }>(
      server.url,
      mentor.token,
      'mutation($input: SendMessageInput!) { sendMessage(input: $input) { id } }',
      { input: { conversationId, clientMessageId: `e2e-${Date.now()}`, body: 'Un mensaje que ella denunció' } },
    );
    await graphql(
      server.url,
      entrepreneur.token,
      'mutation($input: ReportMessageInput!) { reportMessage(input: $input) { id } }',
      { input: { messageId: sendMessage.id, reason: 'HARASSMENT', details: 'Prueba del flujo' } },
    );
  });

  it('shows the dashboard, runs a round, curates its proposals, matches by hand and resolves a report', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await logIn(page, server.url, 'coordinadora@aliadas.demo');
    await expectHeading(page, 'Coordinación de la red');

    // The dashboard: totals and a table behind every chart, with figures.
    await page.getByRole('link', { name: 'Panel de la red' }).click();
    await expectHeading(page, 'Panel de la red');
    const totals = page.getByRole('list', { name: 'Resumen' });
    await expect.poll(() => totals.locator('strong').first().textContent(), SLOW).toMatch(/^[1-9]\d*$/);
    const demandSupply = page.getByRole('table', { name: /combinaciones con más falta/ });
    await demandSupply.waitFor();
    expect(await demandSupply.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await demandSupply.locator('tbody tr').first().locator('td').first().textContent()).toMatch(/^[1-9]\d*$/);
    await page.getByRole('table', { name: /por país/ }).waitFor();
    const time = page.getByRole('table', { name: /mediana/ });
    await expect.poll(() => time.locator('tbody tr').first().textContent(), SLOW).toContain('con alguien: ');
    await page.getByRole('table', { name: /Lugares ocupados sobre el total/ }).waitFor();
    await screenshot(page, 'dashboard-es');
    await everyLanguage(page, 'dashboard');
    // Narrowed to one organization: its own supporters only.
    const supporters = totals.locator('li').nth(1).locator('strong');
    const everyone = Number(await supporters.textContent());
    await page.getByLabel('Organización').selectOption({ index: 1 });
    await expect.poll(async () => Number(await supporters.textContent()), SLOW).toBeLessThan(everyone);
    await page.getByLabel('Organización').selectOption('');
    await expect.poll(async () => Number(await supporters.textContent()), SLOW).toBe(everyone);

    // A dry run proposes nobody; the dashboard then says why demands stay open.
    await page.getByRole('link', { name: 'Ronda de emparejamiento' }).click();
    await expectHeading(page, 'Coordinación de la red');
    const roundStatus = await recordRoundStatus(page, 'Avance de la ronda');
    await page.getByRole('button', { name: 'Simular' }).click();
    await page.getByRole('heading', { name: 'Resultado de la simulación' }).waitFor({ timeout: 60_000 });
    // While it ran: the labelled bar, and the steps the server reported over the socket, in words.
    const dryRunFinished = page.getByRole('status').filter({ hasText: /^Simulación terminada: propondría \d+$/ });
    await dryRunFinished.waitFor();
    const seen = await roundStatus();
    expect(seen.bar).toBe(true);
    const steps = [
      'Leyendo los pedidos abiertos y las personas disponibles',
      'Viendo quién puede acompañar a quién',
      'Buscando el mejor reparto',
      'Escribiendo las razones de cada propuesta',
      'Guardando el resultado',
    ];
    expect(seen.texts.filter((text) => steps.includes(text)).length, seen.texts.join(' | ')).toBeGreaterThan(0);
    expect(seen.texts.at(-1)).toBe(await dryRunFinished.textContent());
    // What it would propose, each pair with its reasons, and nothing to approve yet.
    const planned = page.locator('.card', { has: page.locator('.reasons') });
    await page.getByRole('heading', { name: /^Lo que propondría: [1-9]/ }).waitFor();
    await planned.first().waitFor();
    expect(await page.getByRole('button', { name: 'Aprobar' }).count()).toBe(0);

    // A manual match: an open demand, the supporters who could take it with their reasons, one chosen.
    const demandCards = page.locator('.card', { has: page.getByRole('button', { name: 'Emparejar a mano' }) });
    await demandCards.first().waitFor();
    const waiting = await firstWhere(demandCards.filter({ hasText: 'Lista para la próxima ronda' }), (card) =>
      candidatesShown(card, 'Emparejar a mano'),
    );
    const name = (await waiting.locator('h3').textContent())!;
    await waiting.locator('.reasons').first().waitFor();
    await waiting.getByRole('radio').first().check();
    await waiting.getByLabel('Por qué esta pareja').fill('Conoce bien su mercado');
    await expectAccessible(page, 'manual match');
    await screenshot(page, 'coordinator-manual-match-es');
    await waiting.getByRole('button', { name: 'Emparejar e invitar' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'quedó emparejada' }).textContent(), SLOW)
      .toBe(`${name} quedó emparejada; la persona elegida recibió la invitación.`);

    // The round: proposals with reasons, then a swap, a rejection with a reason and an approval.
    await page.getByRole('button', { name: 'Proponer' }).click();
    await page.getByRole('heading', { name: 'Resultado de la ronda' }).waitFor({ timeout: 60_000 });
    await page
      .getByRole('status')
      .filter({ hasText: /^Ronda terminada: [1-9]\d* propuestas$/ })
      .waitFor();
    const count = page.getByRole('heading', { name: /^Propuestas: [1-9]/ });
    await count.waitFor();
    const before = Number((await count.textContent())!.replace(/\D/g, ''));
    const proposed = () => page.locator('.card', { has: page.getByRole('button', { name: 'Aprobar' }) });
    const titled = (title: string) => page.locator('.card', { has: page.getByRole('heading', { name: title }) });

    const swapped = await firstWhere(proposed(), (card) => candidatesShown(card, 'Cambiar persona'));
    const swappedTitle = (await swapped.locator('h3').textContent())!;
    await swapped.getByRole('radio').first().check();
    await swapped.getByRole('button', { name: 'Proponer a esta persona' }).click();
    await expect.poll(() => titled(swappedTitle).textContent(), SLOW).toContain('Descartado');
    await expect.poll(() => count.textContent(), SLOW).toBe(`Propuestas: ${before + 1}`);

    const rejected = proposed().first();
    const rejectedTitle = (await rejected.locator('h3').textContent())!;
    await rejected.getByRole('button', { name: 'Rechazar' }).click();
    await rejected.getByLabel('Motivo del rechazo').selectOption('NOT_SUITABLE');
    await rejected.getByLabel('Unas palabras para el registro (si quieres)').fill('No es su sector');
    await expectAccessible(page, 'reject with a reason');
    await rejected.getByRole('button', { name: 'Confirmar el rechazo' }).click();
    await expect.poll(() => titled(rejectedTitle).textContent(), SLOW).toContain('Descartado');

    const approved = proposed().first();
    const approvedTitle = (await approved.locator('h3').textContent())!;
    await approved.getByRole('button', { name: 'Aprobar' }).click();
    await expect.poll(() => titled(approvedTitle).textContent(), SLOW).toContain('Invitada');
    await screenshot(page, 'coordinator-curation-es');

    // The reports queue: the reported message as it was kept, then resolved with a note.
    await page.getByRole('link', { name: 'Denuncias recibidas' }).first().click();
    await expectHeading(page, 'Denuncias recibidas');
    const report = page.locator('.card', { hasText: `${entrepreneur.displayName} denunció a ${mentor.displayName}` });
    await report.getByRole('button', { name: 'Ver y resolver' }).click();
    await report.getByRole('heading', { name: 'Lo que se guardó al denunciar' }).waitFor();
    expect(await report.locator('.snapshot').textContent()).toContain('Un mensaje que ella denunció');
    await screenshot(page, 'reports-es');
    await everyLanguage(page, 'reports');
    await report.getByLabel('Qué se hizo').fill('Hablamos con las dos');
    await report.getByRole('button', { name: 'Marcar como resuelta' }).click();
    await page.getByText('No hay denuncias abiertas.').waitFor();
    await context.close();
  });

  it('lists the mentor’s people with a way into their conversation, and lets the entrepreneur end a match', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await logIn(page, server.url, 'mentora@aliadas.demo');
    await expectHeading(page, /^Hola, /);
    await page.getByRole('link', { name: 'Mis acompañadas' }).click();
    await expectHeading(page, 'Las personas que acompañas');
    const card = page.locator('.card', { has: page.getByRole('heading', { name: entrepreneur.displayName }) });
    await card.getByText(/^Desde el /).waitFor();
    expect(
      await card.getByRole('link', { name: `Conversar con ${entrepreneur.displayName}` }).getAttribute('href'),
    ).toBe(`/chat/${conversationId}`);
    await screenshot(page, 'mentees-es');
    await everyLanguage(page, 'mentees');
    await context.close();

    const herContext = await phoneContext(browser);
    const her = await herContext.newPage();
    await logIn(her, server.url, 'emprendedora@aliadas.demo');
    await expectHeading(her, /^(Hola|Bonjou), /);
    await chooseLanguage(her, 'es');
    await her.getByRole('link', { name: 'Mi apoyo' }).click();
    await expectHeading(her, 'Tu apoyo');
    const member = her.locator('.card', { has: her.getByRole('heading', { name: mentor.displayName }) });
    await member.getByRole('button', { name: 'Terminar este apoyo' }).click();
    await member.getByLabel('¿Por qué quieres terminar?').selectOption('NO_LONGER_NEEDED');
    await expectAccessible(her, 'end a match');
    await member.getByRole('button', { name: 'Terminar', exact: true }).click();
    // An ended match leaves her team (her list shows matches in flight).
    await member.waitFor({ state: 'detached' });
    await herContext.close();
  });
});
