// Shows a work's location (point, line or area) and, on a form, lets staff draw it by clicking: pick a shape, click
// the vertices, and the GeoJSON geometry is written to the hidden #geometry field as it grows.
(function () {
  const element = document.getElementById('works-map');
  if (!element) return;
  const map = L.map(element).setView([31.2, 107.5], 13);
  if (element.dataset.tiles) L.tileLayer(element.dataset.tiles, { maxZoom: 19 }).addTo(map);
  const field = document.getElementById('geometry');
  const status = document.getElementById('draw-status');
  let layer = null;
  let shape = null;
  let points = [];

  function show(geometry) {
    if (layer) map.removeLayer(layer);
    layer = null;
    if (!geometry) return;
    layer = L.geoJSON(geometry).addTo(map);
    const bounds = layer.getBounds();
    if (bounds.isValid()) map.fitBounds(bounds, { maxZoom: 17, padding: [20, 20] });
  }

  function geometryOf() {
    const coordinates = points.map((p) => [Number(p.lng.toFixed(7)), Number(p.lat.toFixed(7))]);
    if (shape === 'Point' && coordinates.length >= 1) return { type: 'Point', coordinates: coordinates[0] };
    if (shape === 'LineString' && coordinates.length >= 2) return { type: 'LineString', coordinates };
    if (shape === 'Polygon' && coordinates.length >= 3) return { type: 'Polygon', coordinates: [coordinates.concat([coordinates[0]])] };
    return null;
  }

  function redraw() {
    const geometry = geometryOf();
    if (field) field.value = geometry ? JSON.stringify(geometry) : '';
    if (layer) map.removeLayer(layer);
    layer = geometry ? L.geoJSON(geometry).addTo(map) : (points.length ? L.layerGroup(points.map((p) => L.circleMarker(p, { radius: 4 }))).addTo(map) : null);
    if (status) status.textContent = points.length ? points.length + ' ·' : '';
  }

  try {
    if (element.dataset.geometry) show(JSON.parse(element.dataset.geometry));
  } catch (e) {
    // an unreadable stored geometry leaves the map empty; the form shows the field's error on saving
  }
  if (element.dataset.editable !== 'true') return;

  document.querySelectorAll('[data-draw]').forEach((button) => {
    button.addEventListener('click', () => {
      document.querySelectorAll('[data-draw]').forEach((b) => b.setAttribute('aria-pressed', 'false'));
      points = [];
      shape = button.dataset.draw === 'clear' ? null : button.dataset.draw;
      if (shape) button.setAttribute('aria-pressed', 'true');
      redraw();
    });
  });
  map.on('click', (event) => {
    if (!shape) return;
    if (shape === 'Point') points = [];
    points.push(event.latlng);
    redraw();
  });
})();
