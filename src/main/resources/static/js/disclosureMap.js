// A disclosed item's place on a small map: its GeoJSON geometry (point, line or area) from the page, no base map
// needed (the public page loads no tiles from elsewhere).
(function () {
  const element = document.getElementById('item-map');
  if (!element || !element.dataset.geometry) return;
  const map = L.map(element, { zoomControl: false, attributionControl: false });
  const layer = L.geoJSON(JSON.parse(element.dataset.geometry), {
    style: { color: '#b3261e', weight: 3, fillOpacity: 0.15 }
  }).addTo(map);
  const bounds = layer.getBounds();
  if (bounds.isValid()) map.fitBounds(bounds, { maxZoom: 16 });
})();
