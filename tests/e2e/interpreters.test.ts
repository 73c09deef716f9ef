// An interpreter in a match's conversation, in three browsers: the demo coordinator proposes the demo
// interpreter for the demo entrepreneur's match with her mentor; the entrepreneur agrees on her
// conversation page, the mentor too; the interpreter finds the conversation in her list and writes in
// it; the entrepreneur sees her message and ends her part, and the conversation leaves the
// interpreter's screen at once. axe-core checks the consent prompt and the coordinator's page in every
// language; screenshots at phone size go to data/screenshots.
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

describe('an interpreter in a match’s conversation', () => {
  let entrepreneur: Session;
  let interpreter: Session;
  let matchId: string;
  let conversationId: string;

  beforeAll(async () => {
    ({ entrepreneur, matchId } = await demoMentorship(server.url));
    interpreter = await session(server.url, 'interprete@aliadas.demo');
    const { conversations } = await graphql<{ conversations: { id: string; matchId: string | null }[] }>(
      server.url,
      entrepreneur.token,
      'query { conversations { id matchId } }',
    );
    conversationId = conversations.find((c) => c.matchId === matchId)!.id;
  });

  it('is proposed by the coordinator, let in by both women, writes, and leaves when one of them ends her part', async () => {
    // The coordinator proposes the interpreter who speaks with each woman.
    const coordinatorContext = await phoneContext(browser);
    const coordinatorPage = await coordinatorContext.newPage();
    await logIn(coordinatorPage, server.url, 'coordinadora@aliadas.demo', { awaitRedirect: true });
    await chooseLanguage(coordinatorPage, 'es');
    await coordinatorPage.goto(`${server.url}/coordinator/matches/${matchId}/interpreter`);
    await expectHeading(coordinatorPage, 'Intérprete para este emparejamiento');
    await coordinatorPage
      .getByRole('button', { name: `Proponer a ${interpreter.displayName} como intérprete` })
      .click();
    await coordinatorPage.getByText('Esperando el acuerdo de las dos').waitFor(SLOW);
    for (const locale of LOCALES) {
      await chooseLanguage(coordinatorPage, locale);
      await expectAccessible(coordinatorPage, `interpreter for a match ${locale}`);
    }

    // The entrepreneur is asked on her conversation page, and agrees.
    const herContext = await phoneContext(browser);
    const herPage = await herContext.newPage();
    await logIn(herPage, server.url, 'emprendedora@aliadas.demo', { awaitRedirect: true });
    await chooseLanguage(herPage, 'es');
    await herPage.goto(`${server.url}/chat/${conversationId}`);
    await herPage
      .getByText(`La coordinadora propone a ${interpreter.displayName} como intérprete en esta conversación.`)
      .waitFor(SLOW);
    for (const locale of LOCALES) {
      await chooseLanguage(herPage, locale);
      await expectAccessible(herPage, `interpreter consent ${locale}`);
    }
    await chooseLanguage(herPage, 'es');
    await screenshot(herPage, 'interpreter-consent');
    await herPage.getByRole('button', { name: 'Estoy de acuerdo', exact: true }).click();
    await herPage.getByText('Esperando la respuesta de la otra persona.').waitFor(SLOW);

    // The interpreter is not in the conversation before both agreed.
    const before = await graphql<{ conversations: { id: string }[] }>(
      server.url,
      interpreter.token,
      'query { conversations { id } }',
    );
    expect(before.conversations).toEqual([]);

    // The mentor agrees from her own conversation page.
    const mentorContext = await phoneContext(browser);
    const mentorPage = await mentorContext.newPage();
    await logIn(mentorPage, server.url, 'mentora@aliadas.demo', { awaitRedirect: true });
    await chooseLanguage(mentorPage, 'es');
    await mentorPage.goto(`${server.url}/chat/${conversationId}`);
    await mentorPage.getByRole('button', { name: 'Estoy de acuerdo', exact: true }).click();
    await mentorPage.getByText(`Intérprete: ${interpreter.displayName}`).waitFor(SLOW);

    // The interpreter logs in, finds the conversation in her list and writes in it.
    const interpreterContext = await phoneContext(browser);
    const interpreterPage = await interpreterContext.newPage();
    await logIn(interpreterPage, server.url, 'interprete@aliadas.demo', { awaitRedirect: true });
    await expect.poll(() => new URL(interpreterPage.url()).pathname, SLOW).toBe('/chat');
    await chooseLanguage(interpreterPage, 'es');
    await interpreterPage.locator(`a[href="/chat/${conversationId}"]`).click();
    await interpreterPage.getByText('Eres la intérprete de esta conversación.', { exact: false }).waitFor(SLOW);
    await interpreterPage
      .getByLabel('Tu mensaje')
      .fill('Bonjou, mwen la pou tradui. Hola, estoy aquí para interpretar.');
    await interpreterPage.getByRole('button', { name: 'Enviar', exact: true }).click();
    await screenshot(interpreterPage, 'interpreter-conversation');

    // The entrepreneur reads it live, sees who interprets and ends her part.
    await herPage.reload();
    await herPage.getByText('Bonjou, mwen la pou tradui.', { exact: false }).waitFor(SLOW);
    await herPage.getByText(`Intérprete: ${interpreter.displayName}`).waitFor(SLOW);
    await herPage.getByRole('button', { name: 'Terminar su participación' }).click();

    // Her screen leaves the conversation at once, and it is gone from her list.
    await expect.poll(() => new URL(interpreterPage.url()).pathname, SLOW).toBe('/chat');
    const after = await graphql<{ conversations: { id: string }[] }>(
      server.url,
      interpreter.token,
      'query { conversations { id } }',
    );
    expect(after.conversations).toEqual([]);
    await Promise.all([
      coordinatorContext.close(),
      herContext.close(),
      mentorContext.close(),
      interpreterContext.close(),
    ]);
  });
});
