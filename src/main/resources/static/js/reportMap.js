// Lets a resident drop a pin; shows which grid it falls in (or that it will be assigned by hand).
(function () {
  const element = document.getElementById('pin-map');
  if (!element) return;
  const map = L.map(element).setView([31.2, 107.5], 13);
  window.linjuPinMap = map;
  if (element.dataset.tiles) L.tileLayer(element.dataset.tiles, { maxZoom: 19 }).addTo(map);
  let marker = null;
  const status = document.getElementById('pin-grid');
  map.on('click', (event) => {
    const { lat, lng } = event.latlng;
    if (marker) marker.setLatLng(event.latlng); else marker = L.marker(event.latlng).addTo(map);
    document.getElementById('lat').value = lat.toFixed(6);
    document.getElementById('lng').value = lng.toFixed(6);
    fetch(element.dataset.grids + '?lat=' + lat + '&lng=' + lng)
      .then((r) => (r.ok ? r.json() : null))
      .then((grid) => { status.textContent = grid ? grid.communityName + ' · ' + grid.name : '—'; });
  });
})();
