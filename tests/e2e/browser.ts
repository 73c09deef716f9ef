// Helpers for the browser tests: phone-sized pages, logging in, the GraphQL API, axe-core checks, screenshots.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { REPO_ROOT } from '../bench/client-harness.js';

export const PHONE = { width: 360, height: 640 };
export const NEUTRAL_ORIGIN = 'https://www.google.com';
export const SCREENSHOTS = join(REPO_ROOT, 'data', 'screenshots');
export const LOCALES = ['es', 'en', 'fr', 'ht'] as const;
export const DEMO_PASSWORD = 'aliadas-demo';
/** Long enough for a round trip to a busy server and back into the page: more than expect.poll's one second. */
export const SLOW = { timeout: 15_000 };

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** A phone-sized context whose browser language is Spanish; the neutral page answers locally. */
export async function phoneContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: PHONE, locale: 'es-ES', deviceScaleFactor: 1 });
  // The quick exit goes to a real website; here it is answered without leaving the machine.
  await context.route(`${NEUTRAL_ORIGIN}/**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Receta de pan</title><h1>Pan casero</h1>' }),
  );
  return context;
}

export interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/** Serious and critical axe-core violations of the page as it is now (WCAG 2.1 A and AA rules). */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  // Evaluated through the DevTools protocol, so the page's content security policy does not block it.
  await page.evaluate(axeSource);
  return page.evaluate(`
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
      .then((result) => result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) })))
  `);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

export async function heading(page: Page): Promise<string> {
  const h1 = page.locator('h1');
  await h1.first().waitFor();
  return (await h1.first().textContent())?.trim() ?? '';
}

/** Waits until the page's main heading reads `expected`: pages load their code and data on demand. */
export async function expectHeading(page: Page, expected: string | RegExp): Promise<void> {
  const poll = expect.poll(() => heading(page), { timeout: 15_000 });
  await (typeof expected === 'string' ? poll.toBe(expected) : poll.toMatch(expected));
}

export async function expectAccessible(page: Page, name: string): Promise<void> {
  expect(await seriousViolations(page), name).toEqual([]);
}

/** Picks a language in the header and waits until the page has switched to it. */
export async function chooseLanguage(page: Page, locale: string): Promise<void> {
  await page.locator('header select').selectOption(locale);
  await expect.poll(() => page.evaluate('document.documentElement.lang'), SLOW).toBe(locale);
}

export interface LogInOptions {
  /** Defaults to the demo accounts' password. */
  password?: string;
  /** Waits until the app has left the login page, so that a navigation right after keeps the session. */
  awaitRedirect?: boolean;
}

/** Logs in through the login form of the server at `baseUrl`. */
export async function logIn(page: Page, baseUrl: string, email: string, options: LogInOptions = {}): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  // Where she may log in by phone or email, and with a PIN or a password: email and password.
  const byEmail = page.locator('input[name=loginNameKind][value=EMAIL]');
  await page.locator('input[type=email], input[name=loginNameKind][value=EMAIL]').first().waitFor();
  if ((await byEmail.count()) > 0) await byEmail.check();
  const byPassword = page.locator('input[name=secretKind][value=PASSWORD]');
  if ((await byPassword.count()) > 0) await byPassword.check();
  await page.locator('input[type=email]').fill(email);
  await page.locator('input[type=password]').fill(options.password ?? DEMO_PASSWORD);
  await page.locator('form button[type=submit]').click();
  if (options.awaitRedirect) await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

export interface GraphQLResponse<T> {
  data?: T;
  errors?: { message?: string; extensions?: { key?: string } }[];
}

/** Sends one GraphQL operation to the server at `baseUrl` and returns the response as it came. */
export async function graphqlResponse<T = Record<string, unknown>>(
  baseUrl: string,
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

/** Sends one GraphQL operation that must succeed and returns its data. */
export async function graphql<T>(
  baseUrl: string,
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const body = await graphqlResponse<T>(baseUrl, token, query, variables);
  expect(body.errors, query).toBeUndefined();
  return body.data!;
}

export interface Session {
  token: string;
  userId: string;
  displayName: string;
}

/** Logs a demo account in over the API. */
export async function session(baseUrl: string, email: string): Promise<Session> {
  const { logIn } = await graphql<{ logIn: { token: string; user: { id: string; displayName: string } } }>(
    baseUrl,
    null,
    'mutation($input: LogInInput!) { logIn(input: $input) { token user { id displayName } } }',
    { input: { email, password: DEMO_PASSWORD } },
  );
  return { token: logIn.token, userId: logIn.user.id, displayName: logIn.user.displayName };
}

export interface DemoMentorship {
  coordinator: Session;
  entrepreneur: Session;
  mentor: Session;
  matchId: string;
}

/**
 * An active mentorship between the demo entrepreneur and the demo mentor, made as in real life: her
 * open mentoring demand (or a new request for a business plan), matched by hand by the demo coordinator
 * and accepted by the mentor.
 */
export async function demoMentorship(baseUrl: string): Promise<DemoMentorship> {
  const [coordinator, entrepreneur, mentor] = await Promise.all([
    session(baseUrl, 'coordinadora@aliadas.demo'),
    session(baseUrl, 'emprendedora@aliadas.demo'),
    session(baseUrl, 'mentora@aliadas.demo'),
  ]);
  const { mySupportRequests } = await graphql<{
    mySupportRequests: { status: string; demands: { id: string; kind: string; status: string }[] }[];
  }>(baseUrl, entrepreneur.token, 'query { mySupportRequests { status demands { id kind status } } }');
  let demandId = mySupportRequests
    .filter((r) => r.status === 'OPEN')
    .flatMap((r) => r.demands)
    .find((d) => d.kind === 'MENTOR' && d.status === 'OPEN')?.id;
  if (!demandId) {
    const { createSupportRequest } = await graphql<{ createSupportRequest: { demands: { id: string }[] } }>(
      baseUrl,
      entrepreneur.token,
      'mutation { createSupportRequest(input: { needs: [BUSINESS_PLAN], modality: CHAT }) { demands { id } } }',
    );
    demandId = createSupportRequest.demands[0]!.id;
  }
  const { matchByHand } = await graphql<{ matchByHand: { id: string } }>(
    baseUrl,
    coordinator.token,
    'mutation($d: ID!, $s: ID!) { matchByHand(demandId: $d, supporterUserId: $s, reason: "Demo pair") { id } }',
    { d: demandId, s: mentor.userId },
  );
  await graphql(baseUrl, mentor.token, 'mutation($id: ID!) { acceptInvitation(matchId: $id) { id } }', {
    id: matchByHand.id,
  });
  return { coordinator, entrepreneur, mentor, matchId: matchByHand.id };
}
