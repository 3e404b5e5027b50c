// Keeps the app shell on the device so a concept opens (and its offline edits in IndexedDB show) without a
// network. `vite build` fills in the asset list and the version; see serviceWorkerPlugin.ts.
const VERSION = '__WERKBANK_VERSION__';
const ASSETS = ['__WERKBANK_ASSETS__'];
const CACHE = `werkbank-shell-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(['/', ...ASSETS]);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

async function fromNetworkFirst(request) {
  try {
    return await fetch(request);
  } catch (error) {
    const shell = await caches.match('/');
    if (shell) return shell;
    throw error;
  }
}

async function fromCacheFirst(request) {
  const hit = await caches.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/sync/')) return;
  if (request.mode === 'navigate') event.respondWith(fromNetworkFirst(request));
  else if (url.pathname.startsWith('/assets/')) event.respondWith(fromCacheFirst(request));
});
