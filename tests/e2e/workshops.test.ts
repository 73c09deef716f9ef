// Workshops in three browsers: the demo mentor publishes a workshop with one seat; two demo
// entrepreneurs sign up (the second waits); the first gives her seat back; the second sees she moved up
// and has a notification; once the session has started the mentor records attendance. axe-core checks
// the pages in every language; screenshots at phone size go to data/screenshots.
import { openDatabase } from '@aliadas/server/dist/db/orm.js';
import { Workshop } from '@aliadas/server/dist/modules/workshops/workshop.entity.js';
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

const TITLE = 'Vender por WhatsApp paso a paso';

async function signedIn(email: string): Promise<Page> {
  const context = await phoneContext(browser);
  const page = await context.newPage();
  await logIn(page, server.url, email, { awaitRedirect: true });
  await chooseLanguage(page, 'es');
  return page;
}

/** Time passes: the session starts now (the server's clock cannot be moved from outside). */
async function startSession(id: string): Promise<void> {
  const orm = await openDatabase({ kind: 'sqlite', path: server.sqlitePath });
  try {
    const startsAt = new Date(Date.now() - 60_000);
    const updated = await orm.em
      .fork()
      .nativeUpdate(Workshop, { id }, { startsAt, endsAt: new Date(startsAt.getTime() + 90 * 60_000) });
    expect(updated).toBe(1);
  } finally {
    await orm.close();
  }
}

describe('a workshop with one seat and a waiting list', () => {
  it('the mentor publishes, two women sign up, the first leaves, the second moves up, attendance is taken', async () => {
    const second = await session(server.url, 'emprendedora001@aliadas.demo');

    // The mentor publishes a workshop with a single seat, for tomorrow evening in Guatemala.
    const mentor = await signedIn('mentora@aliadas.demo');
    await mentor.goto(`${server.url}/home`);
    await mentor.getByRole('link', { name: 'Talleres' }).click();
    await expectHeading(mentor, 'Talleres');
    await mentor.getByRole('button', { name: 'Publicar un taller' }).click();
    const form = mentor.locator('form.workshop-form');
    await form.getByLabel('Título').fill(TITLE);
    await form
      .getByLabel('Descripción')
      .fill('Catálogo en WhatsApp Business, fotos con el teléfono y respuestas a clientas.');
    await form.getByLabel('Tema').selectOption('DIGITAL_SKILLS');
    await form.getByLabel('Idioma del taller').selectOption('es');
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await form.getByLabel('Fecha y hora de inicio').fill(`${tomorrow}T18:00`);
    await form.getByLabel('Zona horaria').selectOption('America/Guatemala');
    await form.getByLabel('Duración en minutos').fill('90');
    await form.getByLabel('Modalidad').selectOption('ONLINE');
    await form.getByLabel('Enlace de la reunión').fill('https://meet.example.org/whatsapp');
    await form.getByLabel('Lugares').fill('1');
    await expectAccessible(mentor, 'workshop publish form');
    await screenshot(mentor, 'workshops-publish-es');
    await form.getByRole('button', { name: 'Publicar' }).click();
    await expectHeading(mentor, TITLE);
    const id = new URL(mentor.url()).pathname.split('/').pop()!;
    expect(mentor.url()).toBe(`${server.url}/workshops/${id}`);
    await mentor.getByText('Nadie se ha inscrito todavía.').waitFor();

    // The first woman takes the seat.
    const first = await signedIn('emprendedora@aliadas.demo');
    await first.goto(`${server.url}/workshops`);
    await expectHeading(first, 'Talleres');
    await first
      .getByRole('link', { name: `Ver el taller: ${TITLE}` })
      .first()
      .click();
    await expectHeading(first, TITLE);
    // Her own time zone (the phone's, UTC here) and the workshop's are both shown.
    await first.getByText('En tu hora (UTC)').waitFor();
    await first.getByText('Hora del taller (Guatemala)').waitFor();
    await first.getByText('el enlace aparece cuando tienes tu lugar').waitFor();
    await first.getByRole('button', { name: 'Inscribirme' }).click();
    await first.getByText('Tienes tu lugar', { exact: true }).waitFor(SLOW);
    await first.getByRole('link', { name: 'Enlace para entrar' }).waitFor();

    // The second woman finds it full and joins the waiting list.
    const waiting = await signedIn('emprendedora001@aliadas.demo');
    await waiting.goto(`${server.url}/workshops/${id}`);
    await expectHeading(waiting, TITLE);
    await waiting.getByText('Completo: puedes anotarte en la lista de espera.').waitFor();
    await waiting.getByRole('button', { name: 'Anotarme en la lista de espera' }).click();
    await waiting.getByText('En lista de espera: eres la número 1').waitFor(SLOW);
    await screenshot(waiting, 'workshops-waiting-es');

    // The first gives her seat back.
    await first.getByRole('button', { name: 'Cancelar mi inscripción' }).click();
    await first.getByText('Cancelaste tu inscripción.').waitFor(SLOW);
    await first.context().close();

    // The second has moved up, and was told.
    await waiting.reload();
    await expectHeading(waiting, TITLE);
    await waiting.getByText('Tienes tu lugar', { exact: true }).waitFor(SLOW);
    await waiting.getByRole('link', { name: 'Enlace para entrar' }).waitFor();
    await screenshot(waiting, 'workshops-moved-up-es');
    for (const locale of LOCALES) {
      await chooseLanguage(waiting, locale);
      await expectAccessible(waiting, `workshop page ${locale}`);
    }
    await screenshot(waiting, 'workshops-moved-up-ht');
    await chooseLanguage(waiting, 'es');
    await waiting.goto(`${server.url}/notifications`);
    await expectHeading(waiting, 'Notificaciones');
    await waiting.getByText(new RegExp(`Tienes un lugar en el taller «${TITLE}»`)).waitFor(SLOW);
    await waiting.goto(`${server.url}/workshops`);
    await expectHeading(waiting, 'Talleres');
    for (const locale of LOCALES) {
      await chooseLanguage(waiting, locale);
      await expectAccessible(waiting, `workshops list ${locale}`);
    }
    await waiting.context().close();

    // The mentor sees who holds the seat, by name only; once the session has started she takes attendance.
    await mentor.reload();
    await expectHeading(mentor, TITLE);
    await mentor.getByText(second.displayName).waitFor(SLOW);
    await mentor.getByText('Podrás registrar la asistencia cuando empiece el taller.').waitFor();
    await startSession(id);
    await mentor.reload();
    await expectHeading(mentor, TITLE);
    await mentor.getByLabel(`Asistencia de ${second.displayName}`).selectOption('ATTENDED');
    await mentor.getByRole('button', { name: 'Guardar asistencia' }).click();
    await mentor.getByText('Asistencia guardada.').waitFor(SLOW);
    await mentor.reload();
    await expect
      .poll(() => mentor.getByLabel(`Asistencia de ${second.displayName}`).inputValue(), SLOW)
      .toBe('ATTENDED');
    for (const locale of LOCALES) {
      await chooseLanguage(mentor, locale);
      await expectAccessible(mentor, `workshop attendance ${locale}`);
    }
    await chooseLanguage(mentor, 'es');
    await screenshot(mentor, 'workshops-attendance-es');
    await mentor.context().close();
  });
});
