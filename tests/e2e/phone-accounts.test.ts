// Accounts without email, in the browser: a woman signs up with her phone and a PIN in Haitian Creole
// and logs in again with them; a coordinator opens an account for another woman during a call, reads
// her the one-time code, and the woman sets her own PIN with it. axe-core checks each page in every
// language; screenshots at phone size go to data/screenshots.
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

/** A Haitian mobile number no other run uses. */
function freshPhone(): string {
  return `+50937${String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0')}`;
}

async function logInByPhone(page: Page, phone: string, pin: string): Promise<void> {
  await page.goto(`${server.url}/login`);
  // Phone and PIN are what the form offers first: no choice to make.
  await page.locator('input[name=phone]').fill(phone);
  await page.locator('input[name=pin]').fill(pin);
  await page.locator('form button[type=submit]').click();
}

/** Picks her in the coordinators' "update her profile" section, waits for her form and gives her id. */
async function pickForProfileUpdate(coordinator: Page, name: string): Promise<string> {
  const section = coordinator.getByRole('region', { name: 'Actualizar su perfil con ella' });
  const who = section.getByLabel('¿Quién?');
  await who.locator('option', { hasText: name }).waitFor({ state: 'attached', ...SLOW });
  await who.selectOption({ label: name });
  await coordinator.getByRole('form', { name: `Perfil de ${name}` }).waitFor(SLOW);
  return who.inputValue();
}

/** Her profile as the signed-in coordinator reads it through the API. */
async function profileOf(coordinator: Page, userId: string): Promise<unknown> {
  return coordinator.evaluate(async (id) => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `query ($id: ID!) { user(id: $id) { entrepreneurProfile {
          countryOfResidence city businessStage languages { language level } availability { timeZone }
        } } }`,
        variables: { id },
      }),
    });
    const body = (await response.json()) as { data: { user: { entrepreneurProfile: unknown } } };
    return body.data.user.entrepreneurProfile;
  }, userId);
}

describe('accounts with a phone number and a PIN', () => {
  it('she signs up in Haitian Creole with her phone and a PIN, and logs in again with them', async () => {
    const phone = freshPhone();
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}/signup`);
    await chooseLanguage(page, 'ht');
    await expectHeading(page, 'Kreye kont ou');
    // The PIN opens the number pad.
    expect(await page.locator('input[name=pin]').getAttribute('inputmode')).toBe('numeric');
    expect(await page.locator('input[name=phone]').getAttribute('type')).toBe('tel');
    await page.locator('input[name=displayName]').fill('Wideline');
    await page.locator('input[name=phone]').fill(`${phone.slice(0, 4)} ${phone.slice(4, 8)} ${phone.slice(8)}`);
    // An easy PIN is refused, in her language.
    await page.locator('input[name=pin]').fill('123456');
    await page.locator('form button[type=submit]').click();
    await page.getByRole('alert').getByText('PIN sa a twò fasil pou moun devine. Chwazi yon lòt.').waitFor(SLOW);
    await page.locator('input[name=pin]').fill('480275');
    await page.locator('form button[type=submit]').click();
    await page.waitForURL((url) => !url.pathname.startsWith('/signup'), SLOW);
    await context.close();

    const again = await phoneContext(browser);
    const her = await again.newPage();
    await her.goto(`${server.url}/`);
    await chooseLanguage(her, 'ht');
    await logInByPhone(her, phone, '480275');
    await her.waitForURL((url) => !url.pathname.startsWith('/login'), SLOW);
    const me = await her.evaluate(async () => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ me { displayName loginPhone email } }' }),
      });
      return ((await response.json()) as { data: { me: unknown } }).data.me;
    });
    expect(me).toEqual({ displayName: 'Wideline', loginPhone: phone, email: null });
    // Her privacy page shows the number she logs in with, no empty email, and asks for her PIN to delete.
    await her.goto(`${server.url}/privacy`);
    await her.getByText(phone, { exact: true }).waitFor(SLOW);
    expect(await her.getByText('Imèl ou:').count()).toBe(0);
    await her.getByRole('button', { name: 'Mwen vle efase kont mwen' }).click();
    expect(await her.getByLabel('Tape PIN ou pou konfime').getAttribute('inputmode')).toBe('numeric');
    await expectAccessible(her, 'privacy with a login phone');
    await again.close();
  });

  it('the demo entrepreneur without email logs in with her phone and PIN', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await logInByPhone(page, '+1 809 234 5678', '480275');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'), SLOW);
    await context.close();
  });

  it('a wrong PIN gets one answer, in her language', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await chooseLanguage(page, 'ht');
    await logInByPhone(page, freshPhone(), '593017');
    await page.getByRole('alert').getByText('Telefòn nan, imèl la, PIN nan oswa modpas la pa bon.').waitFor(SLOW);
    await context.close();
  });

  it('a coordinator opens an account during a call and later updates her profile with her consent; the woman sets her PIN with the code', async () => {
    const phone = freshPhone();
    const coordinatorContext = await phoneContext(browser);
    const coordinator = await coordinatorContext.newPage();
    await logIn(coordinator, server.url, 'coordinadora@aliadas.demo', { awaitRedirect: true });
    await chooseLanguage(coordinator, 'es');
    await coordinator.goto(`${server.url}/coordinator`);
    await coordinator.getByRole('link', { name: 'Abrir o recuperar la cuenta de una mujer' }).click();
    await expectHeading(coordinator, 'Cuentas abiertas con su ayuda');
    for (const locale of LOCALES) {
      await chooseLanguage(coordinator, locale);
      await expectAccessible(coordinator, `assisted ${locale}`);
    }
    await chooseLanguage(coordinator, 'es');

    const form = coordinator.locator('form', { has: coordinator.getByRole('heading', { name: 'Abrirle una cuenta' }) });
    // Without her consent nothing is opened.
    await form.getByLabel('¿Cómo la llamamos?').fill('Marie-Ange');
    await form.getByLabel('Teléfono con el que entrará').fill(phone);
    await form.getByRole('button', { name: 'Abrir la cuenta' }).click();
    await form
      .getByRole('alert')
      .getByText(/Falta su consentimiento/)
      .waitFor(SLOW);
    await form.getByLabel('Tener una cuenta en Aliadas').check();
    await form.getByLabel('Guardar en su perfil lo que nos contó').check();
    await form.getByLabel('Su idioma').selectOption('ht');
    await form.getByRole('button', { name: 'Abrir la cuenta' }).click();

    const shown = coordinator.getByTestId('setup-code');
    await shown.waitFor(SLOW);
    const code = (await shown.innerText()).replace(/\s/g, '');
    expect(code).toMatch(/^\d{8}$/);
    await expectHeading(coordinator, 'Cuentas abiertas con su ayuda');
    await coordinator.getByRole('heading', { name: 'Código para Marie-Ange' }).waitFor();
    await expectAccessible(coordinator, 'assisted code shown');
    await screenshot(coordinator, 'assisted-code-es');
    // Once she has it, the code is gone from the screen for good.
    await coordinator.getByRole('button', { name: 'Listo, se lo di' }).click();
    await expect.poll(() => coordinator.getByTestId('setup-code').count()).toBe(0);

    // Later she asks, on a visit, for her profile to be filled in for her.
    const herId = await pickForProfileUpdate(coordinator, 'Marie-Ange');
    const profileForm = coordinator.getByRole('form', { name: 'Perfil de Marie-Ange' });
    expect(await profileForm.getByLabel('Ciudad o pueblo').inputValue()).toBe('');
    for (const locale of LOCALES) {
      await chooseLanguage(coordinator, locale);
      await expectAccessible(coordinator, `assisted profile update ${locale}`);
    }
    await chooseLanguage(coordinator, 'es');
    await profileForm.getByLabel('País donde vive').selectOption('CR');
    await profileForm.getByLabel('Ciudad o pueblo').fill('Alajuela');
    await profileForm.getByLabel('Su negocio').selectOption('STARTING');
    await profileForm.getByLabel('Su idioma').selectOption('ht');
    // Without her consent to this, nothing of hers changes.
    await profileForm.getByRole('button', { name: 'Guardar su perfil' }).click();
    await profileForm
      .getByRole('alert')
      .getByText(/Falta su consentimiento/)
      .waitFor(SLOW);
    expect(await profileOf(coordinator, herId)).toBeNull();
    await profileForm.getByLabel('Cambiar su perfil por ella').check();
    await profileForm.getByLabel('En persona, durante una visita').check();
    await profileForm.getByRole('button', { name: 'Guardar su perfil' }).click();
    await profileForm.getByRole('status').getByText('Perfil de Marie-Ange guardado.').waitFor(SLOW);
    expect(await profileOf(coordinator, herId)).toMatchObject({
      countryOfResidence: 'CR',
      city: 'Alajuela',
      businessStage: 'STARTING',
      languages: [{ language: 'ht', level: 'NATIVE' }],
      availability: { timeZone: 'America/Costa_Rica' },
    });
    // The next time she is picked, what she has now is shown to change.
    await coordinator.reload();
    await pickForProfileUpdate(coordinator, 'Marie-Ange');
    expect(await profileForm.getByLabel('Ciudad o pueblo').inputValue()).toBe('Alajuela');
    expect(await profileForm.getByLabel('País donde vive').inputValue()).toBe('CR');
    await coordinatorContext.close();

    const context = await phoneContext(browser);
    const her = await context.newPage();
    await her.goto(`${server.url}/`);
    await chooseLanguage(her, 'ht');
    // Before she sets her secret, nothing opens the account.
    await logInByPhone(her, phone, '480275');
    await her.getByRole('alert').getByText('Telefòn nan, imèl la, PIN nan oswa modpas la pa bon.').waitFor(SLOW);
    await her.getByRole('link', { name: 'Mwen gen yon kòd kowòdonatris mwen ban mwen' }).click();
    await expectHeading(her, 'Premye fwa ou antre');
    for (const locale of LOCALES) {
      await chooseLanguage(her, locale);
      await expectAccessible(her, `first log-in ${locale}`);
    }
    await chooseLanguage(her, 'ht');
    await her.locator('input[name=phone]').fill(phone);
    await her.locator('input[name=setupCode]').fill(`${code.slice(0, 4)} ${code.slice(4)}`);
    await her.locator('input[name=pin]').fill('480275');
    await screenshot(her, 'first-log-in-ht');
    await her.locator('form button[type=submit]').click();
    await her.waitForURL((url) => !url.pathname.startsWith('/first-login'), SLOW);
    await context.close();

    // From now on her phone and her PIN open it; the code does not work twice.
    const later = await phoneContext(browser);
    const page = await later.newPage();
    await logInByPhone(page, phone, '480275');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'), SLOW);
    await later.close();
  });

  it('the log-in and sign-up pages pass axe in every language', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    for (const path of ['/login', '/signup']) {
      await page.goto(`${server.url}${path}`);
      await page.locator('form button[type=submit]').waitFor(SLOW);
      for (const locale of LOCALES) {
        await chooseLanguage(page, locale);
        await expectAccessible(page, `${path} ${locale}`);
      }
    }
    await page.locator('input[name=loginNameKind][value=EMAIL]').check();
    await page.locator('input[name=secretKind][value=PASSWORD]').check();
    await page.locator('input[type=email]').waitFor();
    await expectAccessible(page, 'signup with email and password');
    await screenshot(page, 'signup-ht');
    await context.close();
  });
});
