// My patrol today: start and stop, the track from the phone's geolocation in small batches, and what was recorded.
// The running patrol lives in localStorage and unsent positions in a buffer there, so a reload (also offline) goes on
// with the same patrol; every batch goes through the outbox (patrolsQueue.js).
(function () {
  const app = document.getElementById('patrol-app');
  const patrols = window.LinjuPatrols;
  if (!app || !patrols || !document.getElementById('patrol-start')) return;
  const text = app.dataset;
  const CURRENT = 'linju-patrol-current';
  const BUFFER = 'linju-patrol-buffer';
  const BATCH = 5;
  const BATCH_MS = 30000;
  const startButton = document.getElementById('patrol-start');
  const stopButton = document.getElementById('patrol-stop');
  let watch = null;
  let lastBatch = Date.now();

  const current = () => JSON.parse(localStorage.getItem(CURRENT) || 'null');
  const buffer = () => JSON.parse(localStorage.getItem(BUFFER) || '[]');

  function show() {
    const patrol = current();
    startButton.hidden = !!patrol;
    stopButton.hidden = !patrol;
    const state = document.getElementById('patrol-state');
    state.textContent = patrol ? text.running.replace('{t}', new Date(patrol.startedAt).toLocaleTimeString()) : text.idle;
    app.dataset.patrol = patrol ? patrol.key : '';
  }

  function sendBuffer(patrol) {
    const points = buffer();
    localStorage.setItem(BUFFER, '[]');
    lastBatch = Date.now();
    if (points.length === 0) return Promise.resolve();
    return patrols.enqueue('points', '/' + encodeURIComponent(patrol.key) + '/points', { points }, String(points.length));
  }

  function position(fix) {
    const patrol = current();
    if (!patrol) return;
    const points = buffer();
    points.push({ at: new Date(fix.timestamp || Date.now()).toISOString(), lat: fix.coords.latitude, lng: fix.coords.longitude });
    localStorage.setItem(BUFFER, JSON.stringify(points));
    if (points.length >= BATCH || Date.now() - lastBatch > BATCH_MS) sendBuffer(patrol);
  }

  function follow() {
    if (!navigator.geolocation || watch !== null) return;
    watch = navigator.geolocation.watchPosition(position, () => patrols.status(text.noPosition),
      { enableHighAccuracy: true, maximumAge: 10000, timeout: 60000 });
  }

  startButton.addEventListener('click', () => {
    const patrol = { key: patrols.uuid(), startedAt: new Date().toISOString() };
    localStorage.setItem(CURRENT, JSON.stringify(patrol));
    localStorage.setItem(BUFFER, '[]');
    // The start's Idempotency-Key is the patrol's key: points, stop and visits name the patrol by it.
    patrols.enqueue('start', '', { startedAt: patrol.startedAt }, null, patrol.key);
    show();
    follow();
  });

  stopButton.addEventListener('click', () => {
    const patrol = current();
    if (!patrol) return;
    if (watch !== null) navigator.geolocation.clearWatch(watch);
    watch = null;
    sendBuffer(patrol)
      .then(() => patrols.enqueue('stop', '/' + encodeURIComponent(patrol.key) + '/stop', { endedAt: new Date().toISOString() }, null))
      .then(() => { localStorage.removeItem(CURRENT); show(); });
  });

  function line(parts, link, linkText) {
    const item = document.createElement('li');
    item.textContent = parts.filter((p) => p).join(' · ');
    if (link) {
      const a = document.createElement('a');
      a.href = link;
      a.textContent = ' ' + linkText;
      item.appendChild(a);
    }
    return item;
  }

  function findingForm(visit) {
    const form = document.getElementById('finding-form').content.firstElementChild.cloneNode(true);
    form.action = '/patrols/visits/' + visit.id + '/matter';
    // The page may be the service worker's copy from an earlier sign-in: its token would be refused (403).
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      patrols.signedIn().then((csrf) => {
        if (!csrf) return;
        form.querySelector('input[name="' + csrf.parameter + '"]').value = csrf.token;
        // The list may have been drawn again meanwhile; a form no longer in the page would not be sent.
        if (!form.isConnected) { form.hidden = true; document.body.appendChild(form); }
        form.submit();
      }).catch(() => patrols.status(text.offline));
    });
    return form;
  }

  function today() {
    fetch(text.api + '/today', { credentials: 'same-origin', redirect: 'error', headers: { Accept: 'application/json' } })
      .then((r) => { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then((day) => {
        const list = document.getElementById('today-list');
        const items = day.patrols.map((p) => line([new Date(p.startedAt).toLocaleTimeString(),
          p.endedAt ? text.minutes.replace('{n}', p.minutes) : text.running.replace('{t}', ''), p.track.length + ' GPS']));
        day.visits.forEach((v) => {
          const item = line([new Date(v.at).toLocaleTimeString(), v.household, v.finding], v.matterLink,
            v.matterCode ? text.matter + ' ' + v.matterCode : null);
          if (!v.matterLink) item.appendChild(findingForm(v));
          items.push(item);
        });
        list.replaceChildren(...(items.length ? items : [line([text.nothing])]));
        list.dataset.loaded = 'true';
      })
      .catch(() => {});
  }

  document.addEventListener('patrols:flushed', today);
  // The buffer: any positions a closed or reloaded page did not batch yet.
  const running = current();
  if (running) { follow(); if (buffer().length) sendBuffer(running); }
  show();
  today();
})();
