/**
 * Ashby. URL shapes handled:
 * - https://jobs.ashbyhq.com/<company>/<uuid>, /<uuid>/application
 * - an employer's own page embedding the board with ?ashby_jid=<uuid> (any host, keyed in core/site-keys.ts)
 * - listing: https://jobs.ashbyhq.com/<company>
 * Job pages carry JobPosting JSON-LD, which wins over this adapter. Built from Ashby's public markup as
 * I know it: its stable `ashby-job-posting-heading` and `ashby-job-posting-left-pane` class names (the
 * rest are hashed CSS-module classes), page titles "<title> @ <company>", and job links as cards.
 */
import { SITE_HOSTS, siteJobKey } from '../../core/site-keys';
import { plainText, type Found } from '../clean';
import type { PostingReader, SiteAdapter } from '../types';
import { linkCards, textOf } from './shared';

const jobKey = (url: URL) => siteJobKey('ashby', url);

/** The value under the left pane's "Location" heading. */
function location(doc: Document): string | null {
  const pane = doc.querySelector('.ashby-job-posting-left-pane');
  for (const heading of Array.from(pane?.querySelectorAll('h2') ?? []).slice(0, 20)) {
    if (/^\s*(?:location|lieu|localisation)\s*$/i.test(heading.textContent ?? '')) return plainText(heading.nextElementSibling);
  }
  return null;
}

function extract(doc: Document): Found {
  const at = / @ (.+)$/.exec((doc.title ?? '').slice(0, 2000).trim());
  return { title: textOf(doc, 'h1.ashby-job-posting-heading'), company: at?.[1] ?? null, location: location(doc) };
}

function cards(doc: Document, base: URL) {
  const company = / @ (.+)$|^(?:Jobs|Careers) (?:at|@) (.+)$/i.exec((doc.title ?? '').slice(0, 2000).trim());
  return linkCards('ashby', doc, base, 'a[href]', 'a', (card) => ({
    title: textOf(card, 'h3'),
    company: company?.[1] ?? company?.[2] ?? null,
  }));
}

export const ashby: SiteAdapter = { id: 'ashby', hosts: SITE_HOSTS.ashby, jobKey, cards };
/** The posting a page of this site shows (sites/index.ts POSTING_READERS). */
export const ashbyPosting: PostingReader = extract;

/*
 * Fixtures: test/fixtures/pages/ashby/job.html (JSON-LD with @graph and an @id reference), board.html
 * (3 job links).
 * Live URL shapes:
 *   https://jobs.ashbyhq.com/acme/2f8e6a1c-5b3d-4e7f-9a0b-1c2d3e4f5a6b
 *   https://jobs.ashbyhq.com/acme/2f8e6a1c-5b3d-4e7f-9a0b-1c2d3e4f5a6b/application
 *   https://www.acme.com/careers?ashby_jid=2f8e6a1c-5b3d-4e7f-9a0b-1c2d3e4f5a6b
 */
