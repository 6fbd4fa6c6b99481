/**
 * Lever. URL shapes handled:
 * - https://jobs.lever.co/<company>/<uuid>, /<uuid>/apply, and jobs.eu.lever.co
 * - listing: https://jobs.lever.co/<company>[?team=…&location=…]
 * Built from Lever's public markup as I know it: `.posting-headline h2`, `.posting-categories .location`,
 * the header logo `.main-header-logo img[alt]`, list items `.posting` with `a.posting-title`,
 * `h5[data-qa="posting-name"]` and `.location`. Lever's page titles read "<company> - <title>", the
 * reverse of most sites, which is why the title must come from here and never from document.title.
 */
import { SITE_HOSTS, siteJobKey } from '../../core/site-keys';
import type { Found } from '../clean';
import type { PostingReader, SiteAdapter } from '../types';
import { attrOf, linkCards, textOf } from './shared';

const jobKey = (url: URL) => siteJobKey('lever', url);

/** The company: the header logo's alt ("Acme logo"), else the part of "Acme - Job" before the title. */
function company(doc: Document, title: string | null): string | null {
  const alt = attrOf(doc, 'alt', '.main-header-logo img[alt]');
  if (alt) return alt.replace(/\s+logo\s*$/i, '');
  const line = (doc.title ?? '').slice(0, 2000).trim();
  const dash = line.indexOf(' - ');
  if (dash > 0 && (!title || line.slice(dash + 3).trim() === title.trim())) return line.slice(0, dash);
  return title ? null : line || null; // a listing page's title is the company alone
}

function extract(doc: Document): Found {
  const title = textOf(doc, '.posting-headline h2', '.posting-header h2');
  return {
    title,
    company: company(doc, title),
    location: textOf(doc, '.posting-headline .location', '.posting-categories .location'),
  };
}

function cards(doc: Document, base: URL) {
  const employer = company(doc, null);
  return linkCards('lever', doc, base, '.posting a.posting-title, .posting a[href]', '.posting', (card) => ({
    title: textOf(card, '[data-qa="posting-name"]', 'h5'),
    company: employer,
  }));
}

export const lever: SiteAdapter = { id: 'lever', hosts: SITE_HOSTS.lever, jobKey, cards };
/** The posting a page of this site shows (sites/index.ts POSTING_READERS). */
export const leverPosting: PostingReader = extract;

/*
 * Fixtures: test/fixtures/pages/lever/posting.html (no structured data), list.html (3 postings).
 * Live URL shapes:
 *   https://jobs.lever.co/acme/7c1e4b52-93a8-4d0f-b6e1-2f9a0c3d4e5f
 *   https://jobs.lever.co/acme/7c1e4b52-93a8-4d0f-b6e1-2f9a0c3d4e5f/apply
 *   https://jobs.eu.lever.co/acme?team=Engineering
 */
