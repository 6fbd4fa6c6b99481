// The content floor's page (bench/measure.mjs measurePopup): the popup's page saved as rendered.
/**
 * The page as rendered, with no script: the DOM, its inline styles, and what the fields hold (a
 * field's typed value is not in its markup). Runs in the popup (passed to page.evaluate: it uses
 * nothing from outside its body).
 */
export function staticCopy() {
  const copy = document.documentElement.cloneNode(true);
  for (const s of copy.querySelectorAll('script')) s.remove();
  const live = document.querySelectorAll('input, textarea, select');
  copy.querySelectorAll('input, textarea, select').forEach((el, k) => {
    const from = live[k];
    if (el instanceof HTMLTextAreaElement) el.textContent = from.value;
    else if (el instanceof HTMLSelectElement)
      for (const [j, o] of [...el.querySelectorAll('option')].entries()) o.toggleAttribute('selected', j === from.selectedIndex);
    else if (from.type === 'checkbox' || from.type === 'radio') el.toggleAttribute('checked', from.checked);
    else el.setAttribute('value', from.value);
  });
  return `<!doctype html>\n${copy.outerHTML}`;
}
