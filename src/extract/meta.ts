/**
 * Layer 2: OpenGraph and `<meta name="title">`. Gives a title and a URL only: og:site_name names the
 * job board (LinkedIn, Indeed, Welcome to the Jungle), not the employer, so it is never used as company.
 */
import type { Found } from './clean';

/** Content of the first meta tag whose `property` or `name` is `key` (case-insensitive), or null. */
function meta(doc: Document, key: string): string | null {
  // Compared by hand rather than with `[property=x i]`, which not every selector engine supports.
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const name = (el.getAttribute('property') ?? el.getAttribute('name') ?? '').trim().toLowerCase();
    const content = el.getAttribute('content');
    if (name === key && content && content.trim()) return content;
  }
  return null;
}

/** The page's `<link rel="canonical">` href as written (relative or not), or null. */
export function canonicalLink(doc: Document): string | null {
  for (const el of Array.from(doc.querySelectorAll('link[rel]'))) {
    const rels = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const href = el.getAttribute('href');
    if (rels.includes('canonical') && href && href.trim()) return href;
  }
  return null;
}

export function fromMeta(doc: Document): Found {
  return {
    title: meta(doc, 'og:title') ?? meta(doc, 'title'),
    url: meta(doc, 'og:url'),
  };
}
