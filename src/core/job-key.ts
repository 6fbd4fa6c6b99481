/**
 * Canonical URLs and the site-independent parts of job keys: how one job posting is recognised across
 * visits, tabs and links. The sites' own keys (`linkedin:<id>`) and `jobKeyFor` are in extract/job-key.ts,
 * derived from the registry of sites.
 */
import { LIMITS } from './types';

/**
 * Query parameters that only say where a click came from, never which page it is.
 * Compared in lower case; every `utm_*` parameter is dropped as well (see {@link TRACKING_PARAM_PREFIXES}).
 * `ref`, `src` and `source` are on the list because job boards append them to every link they share.
 */
export const TRACKING_PARAMS: readonly string[] = [
  // Ad and social click ids
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'igshid',
  'li_fat_id',
  '_ga',
  '_gl',
  // Mailing tools (Mailchimp, HubSpot, Marketo, Vero)
  'mc_cid',
  'mc_eid',
  '_hsenc',
  '_hsmi',
  'hsctatracking',
  'mkt_tok',
  'vero_id',
  // LinkedIn and generic referrers
  'ref',
  'ref_src',
  'refid',
  'trackingid',
  'trk',
  'trkinfo',
  'src',
  'source',
  'originalsubdomain',
  'lipi',
];

/** Parameter name prefixes that are tracking whatever follows (compared in lower case). */
const TRACKING_PARAM_PREFIXES: readonly string[] = ['utm_'];

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

/** A check of a job key's shape; the one that knows the sites is extract/job-key.ts `isJobKey`. */
export type JobKeyCheck = (s: unknown) => s is string;

/**
 * Whether `s` has the shape of a URL key: an absolute http(s) URL without spaces or fragment. URL keys
 * are not required to be in today's canonical form: keys stored before a change of the tracking-parameter
 * list must stay valid.
 */
export function isUrlKey(s: unknown): s is string {
  if (typeof s !== 'string' || s.length === 0 || s.length > LIMITS.url) return false;
  if (!/^https?:\/\/[^\s#]+$/i.test(s)) return false;
  try {
    return new URL(s).hostname !== '';
  } catch {
    return false;
  }
}

/** Legal-form words dropped from the end of a company name for matching: "Acme SAS" is "Acme". */
const COMPANY_SUFFIXES = new Set([
  'sa',
  'sas',
  'sasu',
  'sarl',
  'eurl',
  'sca',
  'snc',
  'sci',
  'scop',
  'se',
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'ltd',
  'limited',
  'llc',
  'llp',
  'lp',
  'plc',
  'gmbh',
  'ag',
  'kg',
  'ug',
  'bv',
  'nv',
  'srl',
  'spa',
  'sl',
  'ab',
  'as',
  'oy',
  'pty',
  'pte',
  'kk',
]);
/** Gender markers job titles carry in France and Germany: "(H/F)", "F/H", "(m/w/d)". */
const GENDER_MARKER = /\(?\b(?:[hf]\s*\/\s*[hf](?:\s*\/\s*x)?|[mfwd]\s*\/\s*[mfwd](?:\s*\/\s*[mfwdx])?)\b\)?/gi;

/** Lower case, accents and ligatures folded, punctuation to spaces, whitespace collapsed. */
function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/\.(?=\S)/g, '') // "S.A.S." and "Inc." become "sas." and "inc." before punctuation goes
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A comparison key for "the same job posted on another board": company and title folded (lower case,
 * no accents, no punctuation, whitespace collapsed), legal-form suffixes (SAS, SARL, Inc, Ltd, GmbH,
 * LLC…) dropped from the end of the company and gender markers ("H/F") from the title. Only for
 * matching: stored names keep their suffixes as written.
 */
export function normalizeForMatch(company: string, title: string): string {
  const words = fold(company.slice(0, 1000)).split(' ').filter(Boolean);
  while (words.length > 1 && COMPANY_SUFFIXES.has(words[words.length - 1]!)) words.pop();
  const job = fold(title.slice(0, 1000).replace(GENDER_MARKER, ' '));
  return `${words.join(' ')} | ${job}`;
}

/**
 * The distinct canonical forms of the page URL and of its canonical link (page first), dropping invalid
 * ones. These are stored with an application so a tab showing either address finds it again.
 */
export function normalizedUrls(pageUrl: string, canonical?: string | null): string[] {
  const urls = [canonicalUrl(pageUrl), canonical ? canonicalUrl(canonical) : null];
  return [...new Set(urls.filter((u): u is string => u !== null))];
}
