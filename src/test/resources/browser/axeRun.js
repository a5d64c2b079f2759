// Runs axe-core (already injected) on the whole page; answers its serious and critical violations, one line each,
// and a line of its own if axe checked nothing at all (then the page was not really tested).
const done = arguments[arguments.length - 1];
axe.run(document, {resultTypes: ['violations']})
  .then(result => done(result.violations
    .filter(v => v.impact === 'serious' || v.impact === 'critical')
    .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))
    .concat(result.passes.length === 0 ? ['axe-core passed no rule: it did not run on the page'] : [])))
  .catch(e => done(['axe failed: ' + e]));
