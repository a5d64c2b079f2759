// The patrol app's outbox: every record (patrol start, track points, stop, visit with photos) is first written to
// IndexedDB with its own Idempotency-Key, then sent in order whenever the network is there. A record leaves the outbox
// only when the server has answered it, and the server answers a key it has seen with the first record, so nothing is
// lost and nothing is stored twice, whatever drops or reloads happen in between.
(function () {
  const app = document.getElementById('patrol-app');
  if (!app) return;
  const text = app.dataset;
  const DB = 'linju-patrols';
  // Who recorded: the account last seen signed in on this phone (signing in needs the network). A record waits for
  // its own account, so that one person's records are never sent under another's sign-in on a shared phone.
  const USER = 'linju-patrol-user';
  const STORE = 'outbox';
  let flushing = null;

  const manifest = document.createElement('link');
  manifest.rel = 'manifest';
  manifest.href = text.manifest;
  manifest.crossOrigin = 'use-credentials';
  document.head.appendChild(manifest);
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register(text.worker, { scope: text.scope })
      .then(() => { app.dataset.serviceWorker = 'registered'; })
      .catch(() => { app.dataset.serviceWorker = 'failed'; });
  }

  const open = () => new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'seq', autoIncrement: true });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const inStore = (mode, work) => open().then((db) => new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const result = work(tx.objectStore(STORE));
    tx.oncomplete = () => { db.close(); resolve(result && 'result' in result ? result.result : undefined); };
    tx.onerror = () => { db.close(); reject(tx.error); };
  }));
  const all = () => inStore('readonly', (store) => store.getAll());
  const uuid = () => (crypto.randomUUID ? crypto.randomUUID()
    : ([1e7] + -1e3 + -4e3 + -8e3 + -1e11).replace(/[018]/g, (c) => (c ^ crypto.getRandomValues(new Uint8Array(1))[0] & 15 >> c / 4).toString(16)));

  /** Adds a record to the outbox and tries to send it at once. */
  function enqueue(kind, path, body, label, key) {
    const record = { kind, path, body, label, key: key || uuid(), at: new Date().toISOString(),
      user: localStorage.getItem(USER) || '' };
    return inStore('readwrite', (store) => store.add(record)).then(() => { render(); flush(); return record; });
  }

  function request(record, csrf) {
    const headers = { 'Idempotency-Key': record.key, Accept: 'application/json' };
    headers[csrf.header] = csrf.token;
    let body;
    if (record.body.fields) {
      body = new FormData();
      Object.entries(record.body.fields).forEach(([k, v]) => { if (v !== null && v !== '') body.append(k, v); });
      (record.body.photos || []).forEach((p) => body.append('photos', p.blob, p.name));
    } else {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(record.body);
    }
    return fetch(text.api + record.path, { method: 'POST', headers, body, credentials: 'same-origin', redirect: 'error' });
  }

  /** Sends what waits, oldest first; stops at the first record the network or a sign-in keeps back. */
  function flush() {
    if (flushing) return flushing;
    flushing = all().then((records) => sendAll(records.filter((r) => !r.refused)))
      .catch(() => false)
      .then((result) => { flushing = null; render(); document.dispatchEvent(new CustomEvent('patrols:flushed')); return result; });
    return flushing;
  }

  function signedIn() {
    return fetch(text.api + '/csrf', { credentials: 'same-origin', redirect: 'error', headers: { Accept: 'application/json' } })
      .then((response) => {
        if (!response.ok) { status(response.status === 401 ? text.signedOut : text.offline); return null; }
        return response.json().then((csrf) => { localStorage.setItem(USER, csrf.user); return csrf; });
      });
  }

  async function sendAll(records) {
    if (records.length === 0) return true;
    const csrf = await signedIn();
    if (!csrf) return false;
    for (const record of records.filter((r) => !r.user || r.user === csrf.user)) {
      const response = await request(record, csrf);
      if (response.ok) {
        await inStore('readwrite', (store) => store.delete(record.seq));
      } else if (response.status >= 400 && response.status < 500 && ![401, 403, 408, 429].includes(response.status)) {
        // Refused as sent (a bad time or key): kept and shown, never silently dropped, never retried unchanged.
        const problem = await response.json().catch(() => ({}));
        record.refused = problem.detail || problem.message || String(response.status);
        await inStore('readwrite', (store) => store.put(record));
      } else {
        status(response.status === 401 ? text.signedOut : text.offline);
        return false;
      }
    }
    return true;
  }

  function status(message) {
    const net = document.getElementById('patrol-net');
    if (net) net.textContent = message;
  }

  function render() {
    return all().then((records) => {
      const count = document.getElementById('outbox-count');
      const list = document.getElementById('outbox-list');
      if (!count || !list) return;
      const waiting = records.filter((r) => !r.refused).length;
      app.dataset.waitingCount = String(waiting);
      count.textContent = waiting === 0 ? text.noneWaiting : text.waiting.replace('{n}', waiting);
      list.replaceChildren(...records.map((r) => {
        const item = document.createElement('li');
        item.className = r.refused ? 'refused' : 'waiting';
        const kind = text['kind' + r.kind.charAt(0).toUpperCase() + r.kind.slice(1)] || r.kind;
        item.textContent = new Date(r.at).toLocaleTimeString() + ' · ' + kind + (r.label ? ' · ' + r.label : '')
          + (r.user && r.user !== localStorage.getItem(USER) ? ' · ' + r.user : '')
          + (r.refused ? ' · ' + text.refused + ' ' + r.refused : '');
        return item;
      }));
    });
  }

  /** Fills the category pickers (in the page and in its templates) from the catalogue, kept by the service worker. */
  function categories() {
    return fetch(text.categories, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then((r) => (r.ok ? r.json() : []))
      .then((all) => {
        const english = document.documentElement.lang === 'en';
        const name = (c) => (english ? c.nameEn : c.name);
        const selects = [...document.querySelectorAll('select.patrol-categories')];
        document.querySelectorAll('template').forEach((t) => selects.push(...t.content.querySelectorAll('select.patrol-categories')));
        selects.forEach((select) => {
          all.filter((g) => !g.parent).forEach((group) => {
            const optgroup = document.createElement('optgroup');
            optgroup.label = name(group);
            all.filter((c) => c.parent === group.code).forEach((c) => optgroup.appendChild(new Option(name(c), c.code)));
            select.appendChild(optgroup);
          });
        });
      })
      .catch(() => {});
  }

  function online() { status(navigator.onLine ? text.online : text.offline); if (navigator.onLine) flush(); }
  window.addEventListener('online', online);
  window.addEventListener('offline', online);
  setInterval(() => { if (Number(app.dataset.waitingCount || 0) > 0) flush(); }, 5000);
  signedIn().catch(() => null).then(() => { online(); render(); });
  categories();
  window.LinjuPatrols = { enqueue, flush, render, uuid, status, signedIn };
})();
