// Helpers for the browser tests: phone-sized pages, axe-core checks, screenshots of each main page.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { REPO_ROOT } from '../bench/client-harness.js';

export const PHONE = { width: 360, height: 640 };
export const NEUTRAL_ORIGIN = 'https://www.google.com';
export const SCREENSHOTS = join(REPO_ROOT, 'data', 'screenshots');

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
