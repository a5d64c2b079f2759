// The community board's map: public grid boundaries with their names, no base map needed. A name from a boundary
// file reaches Leaflet as a text node: a string would be inserted as HTML.
(function () {
  const element = document.getElementById('board-map');
  if (!element) return;
  const map = L.map(element, { zoomControl: false, attributionControl: false });
  fetch(element.dataset.geojson).then((r) => r.json()).then((collection) => {
    if (!collection.features.length) { map.setView([31.2, 107.5], 13); return; }
    const layer = L.geoJSON(collection, {
      style: { color: '#b3261e', weight: 1.5, fillOpacity: 0.15 },
      onEachFeature: (f, shape) => shape.bindTooltip(document.createTextNode(f.properties.name.replace(/^.*社区/, '')), { permanent: true, direction: 'center', className: 'grid-label' })
    }).addTo(map);
    map.fitBounds(layer.getBounds());
  });
})();
