/**
 * OpenGraph and `<meta name="title">`. og:site_name names the job board (LinkedIn, Indeed, Welcome to
 * the Jungle), not the employer, so it is never used as company; the company comes only from a title
 * that names it in words ("Job at Company", LinkedIn's "Company hiring Job in Place").
 */
import { plainText, type Found } from './clean';
import { parseTitleText } from './title-text';

/** Content of the first meta tag whose `property` or `name` is `key` (case-insensitive), or null. */
export function meta(doc: Document, key: string): string | null {
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
    if (rels.includes('canonical') && href?.trim()) return href;
  }
  return null;
}

/** The share title (og:title, twitter:title, `<meta name="title">`), or null. */
export const shareTitle = (doc: Document): string | null => meta(doc, 'og:title') ?? meta(doc, 'twitter:title') ?? meta(doc, 'title');

/**
 * The share title's job, company and place. `company` is what a stronger layer found, so a share title
 * ending with it loses that end. When the page's `<h1>` is the start of the share title up to a separator,
 * the h1 is the full title and the rest is not ("Staff Engineer - Payments" of "Staff Engineer - Payments -
 * Springfield | Board").
 */
export function fromMeta(doc: Document, siteNames: ReadonlySet<string>, company: string | null = null): Found {
  const line = shareTitle(doc);
  const parsed = line ? parseTitleText(line, siteNames, company) : null;
  let title = parsed?.title ?? null;
  const h1 = plainText(doc.querySelector('h1'), 1_000)?.replace(/\s+/g, ' ').trim();
  if (title && h1 && title.length > h1.length && title.startsWith(h1) && /^ (?:-|\||·|–|—) /.test(title.slice(h1.length))) title = h1;
  return {
    title,
    company: parsed?.explicit ? parsed.company : null,
    location: parsed?.explicit ? parsed.location : null,
    url: meta(doc, 'og:url'),
  };
}
