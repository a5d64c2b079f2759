// The visit and report forms: saving puts the record (its fields, where and when, the running patrol, its photos) in
// the outbox (patrolsQueue.js), so it is kept also without network. On the visit form the household is picked from
// the register (when online) or typed.
(function () {
  const app = document.getElementById('patrol-app');
  const patrols = window.LinjuPatrols;
  if (!app || !patrols) return;
  const CURRENT = 'linju-patrol-current';
  const NOT_SENT = ['photos', 'name', 'pick', '_csrf'];

  const choices = document.getElementById('household-choices');
  if (choices) {
    choices.addEventListener('change', (event) => {
      const pick = event.target;
      if (pick.name !== 'pick') return;
      document.getElementById('resident').value = pick.value;
      document.getElementById('household').value = pick.dataset.address;
    });
    document.getElementById('household').addEventListener('input', () => { document.getElementById('resident').value = ''; });
  }

  function located() {
    return new Promise((resolve) => {
      if (!navigator.geolocation) { resolve(null); return; }
      navigator.geolocation.getCurrentPosition((fix) => resolve(fix.coords), () => resolve(null),
        { enableHighAccuracy: true, maximumAge: 60000, timeout: 5000 });
    });
  }

  document.querySelectorAll('form.outbox-form').forEach((form) => form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const patrol = JSON.parse(localStorage.getItem(CURRENT) || 'null');
    const photos = data.getAll('photos').filter((p) => p && p.size > 0).map((p) => ({ blob: p, name: p.name }));
    const fields = { at: new Date().toISOString(), patrol: patrol ? patrol.key : '' };
    data.forEach((value, name) => { if (!NOT_SENT.includes(name) && typeof value === 'string') fields[name] = value; });
    located().then((coords) => {
      fields.lat = coords ? coords.latitude : '';
      fields.lng = coords ? coords.longitude : '';
      return patrols.enqueue(form.dataset.kind, form.dataset.path, { fields, photos }, fields[form.dataset.label]);
    }).then(() => {
      form.reset();
      if (choices) choices.replaceChildren();
      form.querySelector('.form-result').textContent = app.dataset.saved;
    });
  }));
})();
