// In care mode: the body text size, and every control smaller than a 48 px touch target.
const small = [...document.querySelectorAll('button, .button, input:not([type=hidden]):not([type=radio]):not([type=checkbox]), select, textarea, #care-toggle, .lang, summary')]
  .filter(el => el.getBoundingClientRect().width > 0 && getComputedStyle(el).visibility !== 'hidden')
  .filter(el => el.getBoundingClientRect().height < 48)
  .map(el => (el.id || el.tagName.toLowerCase()) + ' ' + Math.round(el.getBoundingClientRect().height) + ' px');
return {care: document.body.classList.contains('care'),
  bodyPx: parseFloat(getComputedStyle(document.body).fontSize), small: small};
