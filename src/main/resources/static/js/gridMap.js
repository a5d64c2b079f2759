// Draws the viewer's grids, coloured by community; a click loads the grid's card with htmx. Names reach Leaflet as
// text nodes: a string would be inserted as HTML.
(function () {
  const element = document.getElementById('grid-map');
  if (!element) return;
  const status = document.getElementById('map-status');
  const palette = ['#b3261e', '#0b57d0', '#1f7a3e', '#8a5a00', '#6a1b9a', '#00838f', '#c2185b', '#5d4037', '#33691e', '#283593'];
  const colourOf = (code) => { let h = 0; for (const c of code) h = (h * 31 + c.charCodeAt(0)) >>> 0; return palette[h % palette.length]; };
  const map = L.map(element, { preferCanvas: false });
  map.attributionControl.setPrefix('Leaflet');
  let selected = null;
  if (element.dataset.tiles) {
    L.tileLayer(element.dataset.tiles, { maxZoom: 19, attribution: element.dataset.attribution || '' }).addTo(map);
  }
  map.setView([31.2, 107.5], 12);
  fetch(element.dataset.geojson, { headers: { Accept: 'application/geo+json' }, credentials: 'same-origin' })
    .then((response) => { if (!response.ok) throw new Error(response.status); return response.json(); })
    .then((collection) => {
      const features = collection.features || [];
      element.dataset.gridCount = String(features.length);
      if (features.length === 0) { status.textContent = element.dataset.none; return; }
      status.textContent = element.dataset.countTemplate.replace('{n}', features.length);
      if (features.some((f) => f.properties.synthetic)) document.getElementById('synthetic-note').hidden = false;
      const layer = L.geoJSON(collection, {
        style: (f) => ({ color: colourOf(f.properties.communityCode), weight: 1.5, fillOpacity: 0.25 }),
        onEachFeature: (f, shape) => {
          shape.bindTooltip(document.createTextNode(f.properties.name));
          shape.on('click', () => {
            if (selected) layer.resetStyle(selected);
            selected = shape;
            shape.setStyle({ weight: 3, fillOpacity: 0.5 });
            htmx.ajax('GET', element.dataset.card + f.properties.code + '/card', '#grid-card');
          });
          shape.on('add', () => { const path = shape.getElement && shape.getElement(); if (path) path.setAttribute('data-grid', f.properties.code); });
        }
      }).addTo(map);
      map.fitBounds(layer.getBounds(), { padding: [12, 12] });
      element.dataset.ready = 'true';
    })
    .catch(() => { status.textContent = element.dataset.failed; element.dataset.ready = 'failed'; });
})();
