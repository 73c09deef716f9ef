// Voice messages in the browser: Chromium's fake microphone (a steady tone) stands in for her voice.
// The demo entrepreneur records a few seconds in her conversation with the demo mentor, listens, sends
// it; the mentor's page shows it inline with its length and its audio loads and plays. The recorder
// passes axe in all four languages.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS, startAliadas, type RunningServer } from '../bench/client-harness.js';
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
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startAliadas(),
    chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      // A fake microphone, allowed without asking: recording works as on her phone, with a tone for a voice.
      args: [...CHROMIUM_ARGS, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
    }),
  ]);
});

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
});

async function newPage(): Promise<Page> {
  const context = await phoneContext(browser);
  await context.grantPermissions(['microphone'], { origin: server.url });
  contexts.push(context);
  return context.newPage();
}

/** What the test uses of an <audio> element (the tests compile without the DOM's types). */
interface AudioElement {
  readyState: number;
  error: { code: number } | null;
  preload: string;
  muted: boolean;
  currentTime: number;
  load(): void;
  play(): Promise<void>;
  addEventListener(type: string, listener: () => void, options?: { once: boolean }): void;
}

interface StoredVoiceMessage {
  body: string;
  voiceNote: { id: string; durationMs: number; mimeType: string } | null;
}

async function voiceMessages(token: string, conversationId: string): Promise<StoredVoiceMessage[]> {
  const { messages } = await graphql<{ messages: { messages: StoredVoiceMessage[] } }>(
    server.url,
    token,
    'query($id: ID!) { messages(conversationId: $id, limit: 50) { messages { body voiceNote { id durationMs mimeType } } } }',
    { id: conversationId },
  );
  return messages.messages.filter((m) => m.voiceNote);
}

describe('voice messages', () => {
  let entrepreneur: Session;
  let mentor: Session;
  let conversationId: string;

  beforeAll(async () => {
    let matchId: string;
    ({ entrepreneur, mentor, matchId } = await demoMentorship(server.url));
    const { conversations } = await graphql<{ conversations: { id: string; matchId: string | null }[] }>(
      server.url,
      entrepreneur.token,
      '{ conversations { id matchId } }',
    );
    conversationId = conversations.find((c) => c.matchId === matchId)!.id;
  });

  it('she records a few seconds and sends it; the mentor plays it inline', async () => {
    const hers = await newPage();
    await logIn(hers, server.url, 'emprendedora@aliadas.demo', { awaitRedirect: true });
    await hers.goto(`${server.url}/chat/${conversationId}`);
    await expectHeading(hers, mentor.displayName);

    await hers.getByRole('button', { name: 'Grabar un mensaje de voz' }).click();
    const timer = hers.getByRole('timer');
    await expect.poll(() => timer.textContent(), SLOW).toMatch(/Grabando 0:0[2-9] de 2:00/);
    await expectAccessible(hers, 'voice recorder while recording');
    await hers.getByRole('button', { name: 'Detener la grabación' }).click();

    // Before it goes she can listen to it, then send it (or throw it away).
    await expect.poll(() => hers.getByLabel('Escuchar antes de enviar').count(), SLOW).toBe(1);
    await screenshot(hers, 'voice-1-recorded-es');
    await hers.getByRole('button', { name: /^Enviar mensaje de voz \(0:0\d\)$/ }).click();

    await expect.poll(() => voiceMessages(mentor.token, conversationId), { timeout: 30_000 }).toHaveLength(1);
    const [stored] = await voiceMessages(mentor.token, conversationId);
    expect(stored!.body).toBe('');
    expect(stored!.voiceNote!.mimeType).toMatch(/^audio\/(webm|ogg)$/);
    expect(stored!.voiceNote!.durationMs).toBeGreaterThan(1500);
    expect(stored!.voiceNote!.durationMs).toBeLessThan(60_000);

    // Her own page shows it as sent, with a player.
    await expect.poll(() => hers.locator('.message.mine .voice-note audio').count(), SLOW).toBe(1);

    const his = await newPage();
    await logIn(his, server.url, 'mentora@aliadas.demo', { awaitRedirect: true });
    await his.goto(`${server.url}/chat/${conversationId}`);
    await expectHeading(his, entrepreneur.displayName);
    const player = his.locator('.message.theirs .voice-note audio');
    await expect.poll(() => player.count(), SLOW).toBe(1);
    expect(await his.locator('.message.theirs .voice-duration').textContent()).toMatch(/^0:0\d$/);
    expect(await player.getAttribute('src')).toBe(`/voice-notes/${stored!.voiceNote!.id}`);

    // The audio loads from the server (her session's cookie, same origin) and plays.
    const loaded = await player.evaluate(
      (audio: AudioElement) =>
        new Promise<{ readyState: number; error: number | null }>((resolve) => {
          const done = () => resolve({ readyState: audio.readyState, error: audio.error?.code ?? null });
          audio.addEventListener('loadeddata', done, { once: true });
          audio.addEventListener('error', done, { once: true });
          audio.preload = 'auto';
          audio.load();
        }),
    );
    expect(loaded).toEqual({ readyState: expect.any(Number), error: null });
    expect(loaded.readyState).toBeGreaterThanOrEqual(2);
    const played = await player.evaluate(async (audio: AudioElement) => {
      audio.muted = true;
      await audio.play();
      await new Promise((resolve) => setTimeout(resolve, 300));
      return audio.currentTime;
    });
    expect(played).toBeGreaterThan(0);
    await screenshot(his, 'voice-2-received-es');

    // A stranger's browser gets nothing at that address.
    const stranger = await fetch(`${server.url}/voice-notes/${stored!.voiceNote!.id}`);
    expect(stranger.status).toBe(401);

    for (const locale of LOCALES) {
      await chooseLanguage(his, locale);
      await expectAccessible(his, `conversation with a voice message ${locale}`);
    }
  });
});
