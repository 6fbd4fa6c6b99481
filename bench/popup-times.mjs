/**
 * One opening of the popup, timed from the click (chrome.action.openPopup(), an absolute time): what its
 * page reported, as times from its own timeOrigin. Ready is the latest of its `relance-popup-ready` mark,
 * its first contentful paint and the paint that shows its view's heading (Element Timing): the window
 * is sized to the page before the view is rendered, and shows it only once grown to hold it, a frame or
 * more after the mark. A heading never painted is an error, not a fast opening.
 * @param {{ origin: number, ready: number | null, fcp: number | null, painted: number | null, text?: string }} page
 * @param {number} clickAt
 */
export function popupTimes(page, clickAt) {
  if (page.painted === null)
    throw new Error(`the popup's view heading was never painted (Element Timing):\n${(page.text ?? '').slice(0, 400)}`);
  const painted = page.origin + Math.max(page.painted, page.fcp ?? 0) - clickAt;
  const marked = markedAt(page, clickAt);
  return {
    ready: Math.max(marked, painted),
    marked,
    firstPaint: page.fcp === null ? Number.NaN : page.origin + page.fcp - clickAt,
    windowOpen: page.origin - clickAt,
  };
}

/**
 * A page's `relance-popup-ready` mark, or its first contentful paint when later, from the click: the
 * popup's mark alone, and the reader's ready (its one title is written before its window is shown).
 * @param {{ origin: number, ready: number | null, fcp: number | null }} page
 * @param {number} clickAt
 */
export function markedAt(page, clickAt) {
  return page.origin + Math.max(page.ready ?? 0, page.fcp ?? 0) - clickAt;
}
