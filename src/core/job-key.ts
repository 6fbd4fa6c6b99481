/** Canonical URLs and job keys: how one job posting is recognised across visits, tabs and links. */
import { LIMITS } from './types';

/**
 * Query parameters that only say where a click came from, never which page it is.
 * Compared in lower case; every `utm_*` parameter is dropped as well (see {@link TRACKING_PARAM_PREFIXES}).
 * `ref`, `src` and `source` are on the list because job boards append them to every link they share.
 */
export const TRACKING_PARAMS: readonly string[] = [
  // Ad and social click ids
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid',
  'igshid', 'li_fat_id', '_ga', '_gl',
  // Mailing tools (Mailchimp, HubSpot, Marketo, Vero)
  'mc_cid', 'mc_eid', '_hsenc', '_hsmi', 'hsctatracking', 'mkt_tok', 'vero_id',
  // LinkedIn and generic referrers
  'ref', 'ref_src', 'refid', 'trackingid', 'trk', 'trkinfo', 'src', 'source', 'originalsubdomain', 'lipi',
];

/** Parameter name prefixes that are tracking whatever follows (compared in lower case). */
export const TRACKING_PARAM_PREFIXES: readonly string[] = ['utm_'];

const trackingParams = new Set(TRACKING_PARAMS);

/** Inputs this long cannot shrink under the cap by dropping parameters often enough to be worth parsing. */
const MAX_RAW_LENGTH = 16 * LIMITS.url;

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return trackingParams.has(lower) || TRACKING_PARAM_PREFIXES.some((p) => lower.startsWith(p));
}

function decodeName(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw; // malformed %-escape: compare it as written
  }
}

/**
 * Keeps the non-tracking parameters, sorted by name. Works on the raw `name=value` pieces rather than
 * URLSearchParams so each value keeps the page's own encoding (URLSearchParams would rewrite `%20` as `+`).
 * The sort is stable, so repeated names keep their relative order, which some sites give meaning to.
 */
function cleanQuery(search: string): string {
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((piece) => piece !== '')
    .map((piece) => ({ piece, name: decodeName(piece.split('=', 1)[0] ?? '') }))
    .filter(({ name }) => !isTrackingParam(name));
  kept.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return kept.map(({ piece }) => piece).join('&');
}

/**
 * The stable form of a page address, or null when it is not an http(s) URL or is longer than LIMITS.url.
 * Lower-cases the host (URL does), drops credentials, the fragment, default ports (URL does), tracking
 * parameters, sorts the rest, and removes trailing slashes from the path except the root "/".
 */
export function canonicalUrl(raw: string): string | null {
  if (typeof raw !== 'string' || raw.length > MAX_RAW_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // Credentials never identify a posting and must not end up stored.
  url.username = '';
  url.password = '';
  url.hash = '';
  url.search = cleanQuery(url.search);
  if (url.pathname !== '/') url.pathname = url.pathname.replace(/\/+$/, '') || '/';
  const href = url.href;
  return href.length > LIMITS.url ? null : href;
}

/**
 * A per-site rule: the job's own id when the site has one, as `"<site>:<id>"` (e.g. `"linkedin:123"`).
 * Such keys can never equal a URL key (they do not start with `http`), so adding a rule later only
 * changes keys for that site and leaves every other key as it was.
 */
type SiteKeyRule = (url: URL) => string | null;

/** Empty for now; the front step of jobKeyFor. */
const siteKeyRules: readonly SiteKeyRule[] = [];

function siteKey(candidates: readonly string[]): string | null {
  for (const href of candidates) {
    const url = new URL(href); // candidates are canonical URLs: parsing cannot fail
    for (const rule of siteKeyRules) {
      const key = rule(url);
      if (key) return key;
    }
  }
  return null;
}

/**
 * The identity of the job shown at `pageUrl`, or null when neither address is a usable http(s) URL.
 * Today it is the canonical form of the page's `<link rel=canonical>` (`canonical`, which must already be
 * absolute) when that is valid, else of the page URL. The canonical link is trusted even when it points to
 * another site: job boards often declare the employer's own posting as canonical.
 * Per-site rules (LinkedIn job id, Indeed `jk`, …) go in `siteKeyRules`, tried first.
 */
export function jobKeyFor(pageUrl: string, canonical?: string | null): string | null {
  const fromCanonical = canonical ? canonicalUrl(canonical) : null;
  const fromPage = canonicalUrl(pageUrl);
  const candidates = [fromCanonical, fromPage].filter((u): u is string => u !== null);
  return siteKey(candidates) ?? candidates[0] ?? null;
}

/**
 * The distinct canonical forms of the page URL and of its canonical link (page first), dropping invalid
 * ones. These are stored with an application so a tab showing either address finds it again.
 */
export function normalizedUrls(pageUrl: string, canonical?: string | null): string[] {
  const urls = [canonicalUrl(pageUrl), canonical ? canonicalUrl(canonical) : null];
  return [...new Set(urls.filter((u): u is string => u !== null))];
}
