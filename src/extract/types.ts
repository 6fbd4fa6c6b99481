/** Types of the extract layer's public surface and of its sites. */
import type { Found } from './clean';

/** One job card of a listing or search page. */
export interface JobCard {
  /** The card's root element, where a chip can be attached. */
  element: Element;
  /** The job's own page (canonical http(s) URL). */
  url: string;
  /** The job's key (core/job-key.ts), e.g. `linkedin:4000000001`. */
  jobKey: string;
  /** Plain, capped text, or null when the card does not show it (e.g. an occluded LinkedIn card). */
  title: string | null;
  company: string | null;
}

/** A card's visible text, raw (cleaned by findJobCards). */
export interface CardText {
  title?: string | null;
  company?: string | null;
}

/**
 * A job card as a site's card reader finds it: the card and its job at once, its text only when asked
 * for (`text`), so a caller that needs only the jobs (the content script) never reads it.
 */
export interface CardRef {
  element: Element;
  url: string;
  jobKey: string;
  text?: () => CardText;
}

/**
 * What a site is (`sites/<site>/site.ts`): enough to recognise its pages and key its jobs, and nothing
 * that reads a page. Every list of sites (key rules, hosts, link hints, the manifest's content-script
 * matches) is derived from the registry of these (sites/registry.ts).
 */
export interface SiteDeclaration {
  /** The prefix of its job keys, `"<id>:<job id>"`; stored in users' data, so it never changes. */
  readonly id: string;
  /** The hosts it serves job pages from (compared in lower case). */
  readonly hosts: RegExp;
  /**
   * Match patterns of its pages, where the content script runs (manifest `content_scripts.matches`,
   * written by build.mjs). Syntax: https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns
   */
  readonly matches: readonly string[];
  /**
   * Text every URL its rule accepts contains (compared case-insensitively): lets a listing page's
   * hundreds of other links be skipped before they are parsed.
   */
  readonly hints: readonly string[];
  /** The job's own id in a URL already known to be on `hosts`, or null. */
  jobId(url: URL): string | null;
  /**
   * A query parameter that carries one of its jobs in an employer's own page, on any host (`gh_jid`),
   * and the id its value gives, or null.
   */
  readonly embed?: { readonly param: string; id(value: string | null): string | null };
}

/** A listing page as a site's card reader sees it. */
export interface ListingPage {
  doc: Document;
  url: URL;
  /**
   * The site key of the job a link leads to, on any site (extract/job-key.ts `siteKeyOf`). Passed in
   * so that a site's module never imports the registry it belongs to.
   */
  keyOf(target: URL): string | null;
}

/** A site's job cards on a listing page, in page order; one querySelectorAll, no layout reads. */
export type CardReader = (page: ListingPage) => CardRef[];

/**
 * Raw fields of the posting a site's page shows, read from the site's own markup (cleaned by the
 * caller). In its own module (`sites/<site>/posting.ts`, sites/posting-readers.ts) so that the content script,
 * which only needs cards, does not carry them.
 */
export type PostingReader = (doc: Document, url: URL) => Found;
