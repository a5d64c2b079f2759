// The live command board refreshes every 3 s, except while someone is typing in it (a focused field would be replaced).
// A script file rather than an hx-trigger filter: htmx evaluates filters as code, which the content security policy forbids.
document.addEventListener('htmx:beforeRequest', (event) => {
  const live = document.getElementById('live');
  if (live && event.detail.elt === live && live.querySelector(':focus')) event.preventDefault();
});
