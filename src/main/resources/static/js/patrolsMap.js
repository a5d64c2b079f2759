// One worker's day on the map: each patrol's kept track as a line, each visit as a point. Texts reach Leaflet as text
// nodes: a string would be inserted as HTML.
(function () {
  const element = document.getElementById('patrol-map');
  if (!element) return;
  const status = document.getElementById('map-status');
  const map = L.map(element);
  map.attributionControl.setPrefix('Leaflet');
  if (element.dataset.tiles) {
    L.tileLayer(element.dataset.tiles, { maxZoom: 19, attribution: element.dataset.attribution || '' }).addTo(map);
  }
  map.setView([31.2, 107.5], 12);
  fetch(element.dataset.day, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((response) => { if (!response.ok) throw new Error(response.status); return response.json(); })
    .then((day) => {
      const layers = [];
      day.patrols.forEach((p) => { if (p.track.length) layers.push(L.polyline(p.track, { color: '#b3261e', weight: 4 })); });
      const list = document.getElementById('patrol-visits');
      day.visits.forEach((v) => {
        const label = new Date(v.at).toLocaleTimeString() + ' · ' + v.household + ' · ' + v.finding
          + (v.matterCode ? ' → ' + v.matterCode : '');
        if (v.lat !== null && v.lng !== null) {
          layers.push(L.circleMarker([v.lat, v.lng], { radius: 7, color: '#0b57d0' }).bindTooltip(document.createTextNode(label)));
        }
        const item = document.createElement('li');
        item.textContent = label;
        list.appendChild(item);
      });
      element.dataset.tracks = String(day.patrols.length);
      element.dataset.visits = String(day.visits.length);
      if (layers.length === 0) { status.textContent = element.dataset.none; element.dataset.ready = 'true'; return; }
      const group = L.featureGroup(layers).addTo(map);
      map.fitBounds(group.getBounds(), { padding: [16, 16], maxZoom: 17 });
      status.textContent = element.dataset.count.replace('{p}', day.patrols.length).replace('{v}', day.visits.length);
      element.dataset.ready = 'true';
    })
    .catch(() => { status.textContent = element.dataset.failed; element.dataset.ready = 'failed'; });
})();
