// Draws the workbench's six-month trend of the three rates (area solid, district dashed) from the numbers the server
// rendered into the page. Tooltips are drawn as text on the canvas, so nothing is read as HTML.
(function () {
  const holder = document.getElementById('trend');
  if (!holder || !window.echarts) return;
  const trend = JSON.parse(holder.dataset.trend);
  const colours = { response: '#0b57d0', resolution: '#1f7a3e', satisfaction: '#b3261e' };
  const series = [];
  for (const key of ['response', 'resolution', 'satisfaction']) {
    series.push({ name: holder.dataset[key], type: 'line', data: trend.area[key], connectNulls: true, itemStyle: { color: colours[key] } });
    if (trend.district[key]) {
      series.push({ name: holder.dataset[key] + ' · ' + holder.dataset.district, type: 'line', data: trend.district[key],
        connectNulls: true, symbol: 'none', lineStyle: { type: 'dashed', width: 1 }, itemStyle: { color: colours[key] } });
    }
  }
  const chart = echarts.init(holder);
  chart.setOption({
    tooltip: { trigger: 'axis', renderMode: 'richText', valueFormatter: (v) => (v == null ? '—' : v + '%') },
    legend: { type: 'scroll', bottom: 0 }, grid: { left: 40, right: 12, top: 12, bottom: 48 },
    xAxis: { type: 'category', data: trend.months }, yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    series
  });
  window.addEventListener('resize', () => chart.resize());
})();
