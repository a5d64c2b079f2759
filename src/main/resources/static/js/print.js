// A "print" button (data-print) prints the page: a handler in this file, as the content security policy runs no
// inline onclick.
document.addEventListener('click', (event) => {
  if (event.target.closest('[data-print]')) window.print();
});
