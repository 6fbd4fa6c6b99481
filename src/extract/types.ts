/** Types of the extract layer's public surface and of its site adapters. */
import type { SiteId } from '../core/site-keys';
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

/** What one site adds to the generic layers: its job key rule and its cards. */
export interface SiteAdapter {
  id: SiteId;
  /** The hosts the site serves job pages from. */
  hosts: RegExp | readonly string[];
  /** The key of the job a URL of this site shows, or null (core/site-keys.ts). */
  jobKey(url: URL): string | null;
  /** The job cards of a listing page, in page order; one querySelectorAll, no layout reads. */
  cards?(doc: Document, url: URL): CardRef[];
}

/**
 * Raw fields of the posting a site's page shows, read from the site's own markup (cleaned by the
 * caller). Kept apart from the adapter (sites/index.ts POSTING_READERS) so that the content script,
 * which only needs cards, does not carry them.
 */
export type PostingReader = (doc: Document, url: URL) => Found;
