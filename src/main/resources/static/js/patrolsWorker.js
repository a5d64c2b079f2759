// The patrol app's service worker: keeps the shell of the patrol and visit pages (and their scripts and styles) so
// that they open, and reload, without network. It answers from its cache at once and refreshes the copy in the
// background; the records themselves never pass through it (patrolsQueue.js keeps them in IndexedDB).
const CACHE = 'linju-patrols-v4';
const PAGES = ['/patrols/today', '/patrols/visit', '/patrols/report'];
const SHELL = PAGES.concat(['/css/linju.css', '/js/patrolsQueue.js', '/js/patrolsToday.js', '/js/patrolsForms.js',
  '/webjars/htmx.org/dist/htmx.min.js', '/patrols/app.webmanifest', '/patrols/icon.png', '/api/v1/categories']);

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('linju-patrols-') && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !SHELL.includes(url.pathname)) return;
  event.respondWith(caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: true }).then((hit) => {
    const fresh = fetch(request).then((response) => {
      // A sign-in page instead of the shell (session over) is not kept as the shell.
      if (response.ok && !response.redirected) cache.put(url.pathname, response.clone());
      return response;
    });
    if (hit) {
      event.waitUntil(fresh.catch(() => undefined));
      return hit;
    }
    return fresh;
  })));
});
