// The matter page's small map: the matter's pin inside its grid's boundary. The grid's name reaches Leaflet as a text
// node: a string would be inserted as HTML.
(function () {
  const element = document.getElementById('matter-map');
  if (!element || !window.L) return;
  const point = [Number(element.dataset.lat), Number(element.dataset.lng)];
  const map = L.map(element, { scrollWheelZoom: false });
  map.attributionControl.setPrefix('Leaflet');
  if (element.dataset.tiles) L.tileLayer(element.dataset.tiles, { maxZoom: 19 }).addTo(map);
  // The view is set before any shape is added: a vector layer added to a map without a view fails to draw.
  let bounds = L.latLngBounds([point, point]);
  const grid = element.dataset.grid
    ? L.geoJSON(JSON.parse(element.dataset.grid), { style: { color: '#0b57d0', weight: 2, fillOpacity: 0.08 },
        onEachFeature: (f, shape) => shape.bindTooltip(document.createTextNode(f.properties.name)) })
    : null;
  if (grid && grid.getLayers().length && grid.getBounds().isValid()) bounds = grid.getBounds().extend(point);
  map.fitBounds(bounds, { padding: [16, 16], maxZoom: 17 });
  if (grid) grid.addTo(map);
  L.circleMarker(point, { radius: 8, color: '#fff', weight: 2, fillColor: '#b3261e', fillOpacity: 1 }).addTo(map);
  element.dataset.ready = 'true';
})();
