// The share block's copy button: copies the read-only text for a WeChat group. Where the clipboard API is missing
// (a page served over plain http), the text is selected and copied the old way, or left selected for a long press.
document.addEventListener('click', event => {
  const button = event.target.closest('[data-share-copy]');
  if (!button) {
    return;
  }
  const text = document.getElementById(button.dataset.shareCopy);
  const done = () => { button.textContent = button.dataset.copied; };
  text.focus();
  text.select();
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(text.value).then(done);
  } else if (document.execCommand('copy')) {
    done();
  }
});
