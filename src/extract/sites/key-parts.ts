/**
 * Pieces of the sites' job-key rules: query parameters, ids and path slugs read from a URL, and the
 * key of a URL on one site. Pure: URL in, text out; no registry, so a site's module can use them.
 */
import type { SiteDeclaration } from '../types';

/** A UUID, as job boards write them in paths and parameters. */
export const UUID = `[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`;
const UUID_ONLY = new RegExp(`^${UUID}$`, 'i');
/** An optional locale segment: /fr/, /en-us/, /fr-fr/. */
export const LOCALE = `(?:/[a-z]{2}(?:[-_][a-z]{2})?)?`;
/** Country-code or generic top-level domains a board runs on: indeed.fr, indeed.co.uk, glassdoor.com.au. */
export const ANY_TLD = String.raw`[a-z]{2,3}(?:\.[a-z]{2})?`;
/** `/<company>/<uuid>`: Lever and Ashby job paths. */
export const COMPANY_UUID = new RegExp(`^/[^/]+/(${UUID})(?:/|$)`, 'i');

/** First value of a query parameter, matched case-insensitively (`JobID`, `jobId`). */
export function param(url: URL, ...names: string[]): string | null {
  for (const name of names) {
    const exact = url.searchParams.get(name);
    if (exact) return exact;
  }
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  for (const [name, value] of url.searchParams) if (wanted.has(name.toLowerCase()) && value) return value;
  return null;
}

const DIGITS = /^\d{1,20}$/;
/** A numeric id of at least `min` digits, else null. */
export const digits = (v: string | null, min = 1) => {
  const t = v?.trim();
  return t && t.length >= min && DIGITS.test(t) ? t : null;
};
/** A UUID in lower case, else null. */
export const uuid = (v: string | null) => (v !== null && UUID_ONLY.test(v.trim()) ? v.trim().toLowerCase() : null);
/** A path slug as a key part: lower case, only URL-safe characters, bounded. */
export const slug = (v: string | undefined) => (v && /^[\w.~%-]{1,200}$/.test(v) ? v.toLowerCase() : null);

/** `"<site>:<id>"` of the job `url` shows on `site`, or null; does not check the host. */
export function siteJobKey(site: SiteDeclaration, url: URL): string | null {
  try {
    const id = site.jobId(url);
    return id ? `${site.id}:${id}` : null;
  } catch {
    return null;
  }
}
