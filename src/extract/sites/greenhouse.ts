/**
 * Greenhouse. URL shapes handled:
 * - https://job-boards.greenhouse.io/<board>/jobs/<id> (current boards), https://boards.greenhouse.io/<board>/jobs/<id>
 *   (classic boards), the .eu. variants, and /embed/job_app?for=<board>&token=<id>
 * - an employer's own careers page embedding the board with ?gh_jid=<id> (any host: keyed by
 *   core/site-keys.ts; the posting itself is in Greenhouse's iframe, so only the page's own layers apply)
 * - listings: https://job-boards.greenhouse.io/<board>, https://boards.greenhouse.io/<board>
 * Built from Greenhouse's public markup as I know it: classic boards' `#header h1.app-title`,
 * `.company-name` ("at Acme") and `.location`, and `div.opening` list items; current boards'
 * `.job__title h1`, `.job__location` and `tr.job-post` rows. Both title pages read
 * "Job Application for <title> at <company>", the most reliable place for the company.
 */
import { SITE_HOSTS, siteJobKey } from '../../core/site-keys';
import { plainText, type Found } from '../clean';
import type { PostingReader, SiteAdapter } from '../types';
import { linkCards, textOf } from './shared';

const jobKey = (url: URL) => siteJobKey('greenhouse', url);
const APPLICATION_TITLE = /^Job Application for (.+) at (.+)$/;
const BOARD_TITLE = /^(?:Jobs|Current openings|Careers) at (.+)$/i;

function extract(doc: Document): Found {
  const fromTitle = APPLICATION_TITLE.exec((doc.title ?? '').slice(0, 2000).trim());
  const companyLine = textOf(doc, '#header .company-name', '.company-name');
  return {
    title: textOf(doc, '.job__title h1', '#header h1.app-title', 'h1.app-title') ?? fromTitle?.[1] ?? null,
    company: fromTitle?.[2] ?? companyLine?.replace(/^\s*at\s+/i, '') ?? null,
    location: textOf(doc, '.job__location', '#header .location', '.location'),
  };
}

function cards(doc: Document, base: URL) {
  const company = BOARD_TITLE.exec((doc.title ?? '').slice(0, 2000).trim())?.[1] ?? null;
  return linkCards('greenhouse', doc, base, 'div.opening a[href], tr.job-post a[href]', 'div.opening, tr.job-post', (_card, link) => ({
    title: textOf(link, 'p.body--medium', 'p') ?? plainText(link),
    company,
  }));
}

export const greenhouse: SiteAdapter = { id: 'greenhouse', hosts: SITE_HOSTS.greenhouse, jobKey, cards };
/** The posting a page of this site shows (sites/index.ts POSTING_READERS). */
export const greenhousePosting: PostingReader = extract;

/*
 * Fixtures: test/fixtures/pages/greenhouse/job.html (current board, JSON-LD), classic-job.html (classic
 * board, no structured data), board.html (current board listing, 3 jobs), embedded.html (employer page
 * with ?gh_jid=).
 * Live URL shapes:
 *   https://job-boards.greenhouse.io/acme/jobs/4012345006
 *   https://boards.greenhouse.io/acme/jobs/4012345006?gh_src=…
 *   https://boards.greenhouse.io/embed/job_app?for=acme&token=4012345006
 *   https://www.acme.com/careers/?gh_jid=4012345006
 */
