// What a person would notice is broken in a page's layout, as a list of sentences (empty: nothing found).
// Siblings are compared with their painted extent: a box whose content overflows it (overflow visible) covers what
// lies below it even when the boxes themselves do not touch.
const problems = [];
const doc = document.scrollingElement || document.documentElement;
if (doc.scrollWidth > window.innerWidth) {
  problems.push('content is ' + doc.scrollWidth + ' px wide in a ' + window.innerWidth + ' px window');
}
const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
    + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '');
const shown = el => {
  const style = getComputedStyle(el);
  const rect = el.getBoundingClientRect();
  return style.display !== 'none' && style.visibility !== 'hidden' && rect.width > 0 && rect.height > 0
      && style.position !== 'absolute' && style.position !== 'fixed' && !el.closest('.leaflet-pane, .leaflet-control-container');
};
const extent = el => {
  const rect = el.getBoundingClientRect();
  const style = getComputedStyle(el);
  const spillsY = style.overflowY === 'visible' ? Math.max(0, el.scrollHeight - el.clientHeight) : 0;
  const spillsX = style.overflowX === 'visible' ? Math.max(0, el.scrollWidth - el.clientWidth) : 0;
  return {left: rect.left, top: rect.top, right: rect.right + spillsX, bottom: rect.bottom + spillsY};
};
const main = document.querySelector('main');
if (!main) {
  problems.push('the page has no <main>');
} else {
  const containers = new Set([main, ...main.children,
    ...main.querySelectorAll('section, article, .card, .tiles, .charts, .board')]);
  for (const container of containers) {
    if (container.closest('.leaflet-container') || !shown(container)) continue;
    const blocks = [...container.children].filter(shown).slice(0, 80);
    for (let i = 0; i < blocks.length; i++) {
      const a = extent(blocks[i]);
      for (let j = i + 1; j < blocks.length; j++) {
        const b = extent(blocks[j]);
        const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (across > 2 && down > 2) {
          problems.push(describe(blocks[i]) + ' and ' + describe(blocks[j]) + ' overlap by '
              + Math.round(across) + '×' + Math.round(down) + ' px in ' + describe(container));
        }
      }
    }
  }
}
const failed = entry => entry.responseStatus >= 400;
for (const entry of performance.getEntriesByType('navigation').filter(failed)) {
  problems.push('the page answered ' + entry.responseStatus);
}
for (const entry of performance.getEntriesByType('resource').filter(failed)) {
  problems.push(entry.name.replace(location.origin, '') + ' answered ' + entry.responseStatus);
}
return problems;
