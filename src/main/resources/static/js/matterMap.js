// The matter page's small map: the matter's pin inside its grid's boundary. The grid's name reaches Leaflet as a text
// node: a string would be inserted as HTML.
(function () {
  const element = document.getElementById('matter-map');
  if (!element || !window.L) return;
  const point = [Number(element.dataset.lat), Number(element.dataset.lng)];
  const map = L.map(element, { scrollWheelZoom: false });
  map.attributionControl.setPrefix('Leaflet');
  if (element.dataset.tiles) L.tileLayer(element.dataset.tiles, { maxZoom: 19 }).addTo(map);
  let bounds = L.latLngBounds([point, point]);
  if (element.dataset.grid) {
    const grid = L.geoJSON(JSON.parse(element.dataset.grid), { style: { color: '#0b57d0', weight: 2, fillOpacity: 0.08 },
      onEachFeature: (f, shape) => shape.bindTooltip(document.createTextNode(f.properties.name)) }).addTo(map);
    if (grid.getLayers().length) bounds = grid.getBounds().extend(point);
  }
  L.circleMarker(point, { radius: 8, color: '#fff', weight: 2, fillColor: '#b3261e', fillOpacity: 1 }).addTo(map);
  map.fitBounds(bounds, { padding: [16, 16], maxZoom: 17 });
  element.dataset.ready = 'true';
})();
