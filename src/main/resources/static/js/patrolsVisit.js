// The visit form: the household picked from the register (when online) or typed, the finding, optionally a matter
// with photos. Saving puts the visit in the outbox (patrolsQueue.js), so it is kept also without network.
(function () {
  const app = document.getElementById('patrol-app');
  const patrols = window.LinjuPatrols;
  const form = document.getElementById('visit-form');
  if (!app || !patrols || !form) return;
  const CURRENT = 'linju-patrol-current';

  document.getElementById('household-choices').addEventListener('change', (event) => {
    const pick = event.target;
    if (pick.name !== 'pick') return;
    document.getElementById('resident').value = pick.value;
    document.getElementById('household').value = pick.dataset.address;
  });
  document.getElementById('household').addEventListener('input', () => { document.getElementById('resident').value = ''; });

  function located() {
    return new Promise((resolve) => {
      if (!navigator.geolocation) { resolve(null); return; }
      navigator.geolocation.getCurrentPosition((fix) => resolve(fix.coords), () => resolve(null),
        { enableHighAccuracy: true, maximumAge: 60000, timeout: 5000 });
    });
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const patrol = JSON.parse(localStorage.getItem(CURRENT) || 'null');
    const photos = data.getAll('photos').filter((p) => p && p.size > 0).map((p) => ({ blob: p, name: p.name }));
    const at = new Date().toISOString();
    located().then((coords) => {
      const fields = {
        patrol: patrol ? patrol.key : '', resident: data.get('resident'), household: data.get('household'),
        finding: data.get('finding'), category: data.get('category'), at,
        lat: coords ? coords.latitude : '', lng: coords ? coords.longitude : ''
      };
      return patrols.enqueue('visit', '/visits', { fields, photos }, fields.household);
    }).then(() => {
      form.reset();
      document.getElementById('household-choices').replaceChildren();
      document.getElementById('visit-result').textContent = app.dataset.saved;
    });
  });
})();
