// How long the entrepreneur's home page takes to become usable on a cheap phone on slow mobile data:
// Chromium throttled to slow 3G (400 kbit/s each way, 400 ms round trip) with the CPU slowed 4x. Prints
// the time from navigation until the first control of the page is visible and enabled, cold (empty
// cache) and warm (assets cached), and the bytes transferred. `pnpm bench:client`.
import type { Browser, CDPSession, Page } from 'playwright-core';
import { launchChromium, startAliadas } from './client-harness.js';

const RUNS = 3;
const SLOW_3G = {
  offline: false,
  latency: 400,
  downloadThroughput: (400 * 1024) / 8,
  uploadThroughput: (400 * 1024) / 8,
};
const USABLE = 'main a.button, main button:not([disabled])';

interface Sample {
  usableMs: number;
  bytes: number;
}

async function throttle(page: Page, cache: boolean): Promise<{ cdp: CDPSession; bytes: () => number }> {
  const cdp = await page.context().newCDPSession(page);
  let bytes = 0;
  cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
    bytes += event.encodedDataLength;
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: !cache });
  await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return { cdp, bytes: () => bytes };
}

async function measure(browser: Browser, url: string, warm: boolean): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, locale: 'es-ES' });
  const page = await context.newPage();
  // Log in unthrottled: the benchmark is about opening her page, not about typing a password.
  const login = await page.request.post(`${url}/graphql`, {
    data: {
      query:
        'mutation { logIn(input: { email: "emprendedora@aliadas.demo", password: "aliadas-demo" }) { user { id } } }',
    },
  });
  if (!login.ok()) throw new Error(`log-in failed: ${login.status()}`);
  if (warm) {
    await page.goto(`${url}/home`);
    await page.locator(USABLE).first().waitFor();
  }
  const { bytes } = await throttle(page, warm);
  const started = performance.now();
  await page.goto(`${url}/home`, { waitUntil: 'commit', timeout: 120_000 });
  await page.locator(USABLE).first().waitFor({ state: 'visible', timeout: 120_000 });
  const usableMs = performance.now() - started;
  await context.close();
  return { usableMs, bytes: bytes() };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main() {
  const server = await startAliadas();
  const browser = await launchChromium();
  try {
    console.log('entrepreneur home page, slow 3G (400 kbit/s, 400 ms RTT), CPU 4x slower, 360x640');
    for (const warm of [false, true]) {
      const samples: Sample[] = [];
      for (let i = 0; i < RUNS; i += 1) samples.push(await measure(browser, server.url, warm));
      const times = samples.map((s) => Math.round(s.usableMs));
      console.log(
        `${warm ? 'warm cache' : 'cold cache'}: usable after ${median(times)} ms (median of ${RUNS}: ${times.join(', ')} ms), ` +
          `${(median(samples.map((s) => s.bytes)) / 1024).toFixed(1)} KB transferred`,
      );
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();
