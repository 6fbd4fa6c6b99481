/**
 * Where a tracked job's own page carries its chip. The posting's heading is the natural place, but many
 * job pages have no `<h1>` (Workday's header is an h2, Welcome to the Jungle's title too): then the first
 * heading of the page's main content, else any h2, else a fixed corner of the page.
 */

/** The posting's heading, or null when the page has none (the chip then goes to a corner). */
export function postingHeading(doc: Document): Element | null {
  return (
    doc.querySelector('h1, [role="heading"][aria-level="1"]') ??
    doc.querySelector('main h2, article h2, [role="main"] h2, header h2') ??
    doc.querySelector('h2')
  );
}

/** Inline style of a chip that has no heading to sit in: bottom-right, above the page. */
export const CORNER_STYLE = 'position:fixed;right:16px;bottom:16px;z-index:2147483647;margin:0';
