// Draws the dashboard from the numbers the server rendered into the page (same numbers as the JSON API). Tooltips are
// drawn as text on the canvas (renderMode 'richText'), so a community's name is never read as HTML.
(function () {
  const holder = document.getElementById('dashboard-data');
  if (!holder) return;
  const numbers = JSON.parse(holder.dataset.numbers);
  const labels = JSON.parse(holder.dataset.labels);
  const colours = { RED: '#c62828', YELLOW: '#f9a825', GREEN: '#2e7d32', NONE: '#90a4ae' };
  const pie = echarts.init(document.getElementById('chart-colour'));
  pie.setOption({ tooltip: { trigger: 'item', renderMode: 'richText' }, series: [{ type: 'pie', radius: ['35%', '70%'],
    data: Object.entries(numbers.byColour).map(([k, v]) => ({ name: labels[k] || k, value: v, itemStyle: { color: colours[k] } })) }] });
  const stages = Object.keys(numbers.byStage);
  const bar = echarts.init(document.getElementById('chart-stage'));
  bar.setOption({ tooltip: { renderMode: 'richText' }, grid: { left: 90, right: 16, top: 8, bottom: 24 }, xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: stages.map((s) => labels[s] || s) },
    series: [{ type: 'bar', data: stages.map((s) => numbers.byStage[s]), itemStyle: { color: '#b3261e' } }] });
  const rates = echarts.init(document.getElementById('chart-rates'));
  const pct = (v) => (v == null ? null : Math.round(v * 1000) / 10);
  rates.setOption({ tooltip: { trigger: 'axis', renderMode: 'richText', valueFormatter: (v) => (v == null ? '—' : v + '%') }, legend: {},
    grid: { left: 40, right: 16, bottom: 70 }, xAxis: { type: 'category', data: numbers.rates.map((r) => r.name), axisLabel: { rotate: 40 } },
    yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    series: ['responseRate', 'resolutionRate', 'satisfactionRate'].map((k) => ({ name: labels[k], type: 'bar', data: numbers.rates.map((r) => pct(r[k])) })) });
  window.addEventListener('resize', () => { pie.resize(); bar.resize(); rates.resize(); });

  const map = L.map('heat-map');
  map.attributionControl.setPrefix('Leaflet');
  if (holder.dataset.tiles) L.tileLayer(holder.dataset.tiles, { maxZoom: 19 }).addTo(map);
  const max = Math.max(1, ...numbers.heat.map((c) => c.count));
  const layer = L.featureGroup(numbers.heat.map((c) => L.rectangle([[c.south, c.west], [c.north, c.east]], {
    stroke: false, fillOpacity: 0.15 + 0.7 * (c.count / max), fillColor: c.count / max > 0.66 ? '#c62828' : c.count / max > 0.33 ? '#f57c00' : '#fbc02d'
  }).bindTooltip(String(c.count)))).addTo(map);
  if (numbers.heat.length) map.fitBounds(layer.getBounds(), { padding: [10, 10] }); else map.setView([31.2, 107.5], 12);
})();
