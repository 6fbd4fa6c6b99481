/**
 * Job keys with the sites' own rules: the job's own id on the sites job seekers use, as `"<site>:<id>"`,
 * else the canonical URL (core/job-key.ts). Pure: URL in, key out. Every rule here is derived from the
 * registry of sites (sites/registry.ts); no DOM is read, so the popup and the worker use it too.
 *
 * Each site's rule reads only what identifies the job (an id in the path or one query parameter) and
 * ignores the host's locale, so a search page, a view page, a share link and another locale of the same
 * job give the same key. A site key never starts with `http`, so it can never equal a URL key, and adding
 * a site only changes keys for that site.
 */
import { canonicalUrl, isUrlKey } from '../core/job-key';
import { LIMITS } from '../core/types';
import { param, siteJobKey } from './sites/key-parts';
import { SITES as REGISTRY, type SiteId } from './sites/registry';
import type { SiteDeclaration } from './types';

// The storage migrations import all three from here (their fingerprinted source names one module).
export { normalizeForMatch } from '../core/job-key';

const SITES: readonly SiteDeclaration[] = REGISTRY;
/** Parameters that embed a site's job in an employer's own page, on any host (`gh_jid`), with their site. */
export const EMBEDS = SITES.flatMap((site) => (site.embed ? [{ site: site.id, ...site.embed }] : []));

/** Parameters redirectors and share links carry the destination in (LinkedIn /redir, Google /url, …). */
const REDIRECT_PARAMS = [
  'url',
  'u',
  'q',
  'dest',
  'destination',
  'redirect',
  'redirect_url',
  'redirecturl',
  'target',
  'to',
  'next',
  'continue',
  'session_redirect',
];

function siteFor(url: URL) {
  const host = url.hostname.toLowerCase();
  return REGISTRY.find((s) => s.hosts.test(host)) ?? null;
}

/** Which site serves `url`, or null. */
export function siteOf(url: URL): SiteId | null {
  return siteFor(url)?.id ?? null;
}

function directKey(url: URL): string | null {
  const site = siteFor(url);
  const own = site ? siteJobKey(site, url) : null;
  if (own) return own;
  for (const embed of EMBEDS) {
    const id = embed.id(param(url, embed.param));
    if (id) return `${embed.site}:${id}`;
  }
  return null;
}

/**
 * The site key of the job at `url` (any site: the rules check the host), following one level of
 * redirect or share link whose destination is an absolute http(s) URL in a query parameter. Null when no
 * site rule applies: the caller then keys the job by its canonical URL.
 */
export function siteKeyOf(url: URL): string | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const direct = directKey(url);
  if (direct) return direct;
  for (const [name, value] of url.searchParams) {
    if (!REDIRECT_PARAMS.includes(name.toLowerCase()) || !/^https?:\/\//i.test(value)) continue;
    try {
      const target = new URL(value);
      const found = directKey(target);
      if (found) return found;
    } catch {
      // not a URL after all
    }
  }
  return null;
}

/**
 * The identity of the job shown at `pageUrl`, or null when neither address is a usable http(s) URL.
 * Site rules come first: the job's own id on the sites that have one (`linkedin:<id>`, `indeed:<jk>`, …),
 * from the canonical link, else from the page URL, so a search page with the job selected, its view
 * page, a share link, a tracking redirect and another locale give the same key. Otherwise the canonical
 * form of `canonical` (which must already be absolute) when valid, else of the page URL. The canonical
 * link is trusted even when it points to another site: job boards often declare the employer's own
 * posting as canonical.
 */
export function jobKeyFor(pageUrl: string, canonical?: string | null): string | null {
  const fromCanonical = canonical ? canonicalUrl(canonical) : null;
  const fromPage = canonicalUrl(pageUrl);
  const candidates = [fromCanonical, fromPage].filter((u): u is string => u !== null);
  for (const href of candidates) {
    const key = siteKeyOf(new URL(href)); // candidates are canonical URLs: parsing cannot fail
    if (key) return key;
  }
  return candidates[0] ?? null;
}

/** `linkedin:123`, `workday:acme/R123`: a site key's shape, for validating keys that cross a boundary. */
let siteKeyPattern: RegExp | undefined;

/** Whether `s` is a key of a known site (`linkedin:123`, `wttj:acme/dev`) rather than a URL key. */
export function isSiteKey(s: unknown): s is string {
  siteKeyPattern ??= new RegExp(`^(?:${SITES.map((site) => site.id).join('|')}):[\\w.~%/-]{1,420}$`);
  return typeof s === 'string' && s.length <= LIMITS.url && siteKeyPattern.test(s);
}

/** Whether `s` has the shape of a job key: a key of a known site, or a URL key (core/job-key.ts `isUrlKey`). */
export function isJobKey(s: unknown): s is string {
  return isSiteKey(s) || isUrlKey(s);
}
