// The service worker: the app's shell (the page, its code, its translations, the icons) is kept on the
// device, so that Aliadas opens without a connection. The build puts SHELL above this text: `core` is
// kept at install, `later` (the other pages' code) once the page asks for it (not in data saver mode),
// `version` names this build's cache.
//
// It never keeps an answer of the API: GraphQL requests are POSTs, the chat is a socket, and only the
// files listed in SHELL and the build's hashed files under /assets/ are answered from the cache. Her
// conversations for offline reading are kept by the page in IndexedDB, deleted on log out.
/* global SHELL */
const CACHE = `aliadas-shell-${SHELL.version}`;
/** A navigation that takes longer than this on a bad connection is answered with the kept shell. */
const NAVIGATION_TIMEOUT_MS = 4000;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(SHELL.core))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((key) => key.startsWith('aliadas-shell-') && key !== CACHE).map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data !== 'warm') return;
  event.waitUntil(
    caches.open(CACHE).then(async (cache) => {
      // One at a time: a cheap phone's connection is not flooded.
      for (const url of SHELL.later) {
        if (await cache.match(url)) continue;
        await cache.add(url).catch(() => undefined);
      }
    }),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(navigation(request));
  } else if (url.pathname.startsWith('/assets/') || SHELL.core.includes(url.pathname)) {
    event.respondWith(kept(request));
  }
});

/** The network's page when it answers in time, else the kept shell (the app's router does the rest). */
async function navigation(request) {
  const network = fetch(request);
  const late = new Promise((resolve) => setTimeout(resolve, NAVIGATION_TIMEOUT_MS));
  try {
    const answer = await Promise.race([network, late]);
    if (answer) return answer;
  } catch {
    // Offline: the kept shell below.
  }
  const shell = await caches.match('/index.html', { cacheName: CACHE });
  return shell ?? network;
}

/** Build files never change under one name: the kept copy, or the network's (then kept). */
async function kept(request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request, { ignoreVary: true, ignoreSearch: true });
  if (hit) return hit;
  const answer = await fetch(request);
  if (answer.ok && new URL(request.url).pathname.startsWith('/assets/')) {
    await cache.put(request, answer.clone()).catch(() => undefined);
  }
  return answer;
}
