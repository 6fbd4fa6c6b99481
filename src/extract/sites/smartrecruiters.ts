/**
 * SmartRecruiters. URL shapes handled:
 * - https://jobs.smartrecruiters.com/<Company>/<numeric id>-<slug>
 * - listing: https://careers.smartrecruiters.com/<Company> (links to jobs.smartrecruiters.com)
 * Job ads are described in schema.org microdata (`itemprop="title"`, `hiringOrganization`, `jobLocation`),
 * which wins over this adapter. Built from the public structure as I know it: `h1.job-title`,
 * `spl-job-location[formattedaddress]`, and list items `li.opening-job` with a link and `h4.job-title`.
 */
import { SITE_HOSTS, siteJobKey } from '../../core/site-keys';
import type { Found } from '../clean';
import type { PostingReader, SiteAdapter } from '../types';
import { attrOf, linkCards, textOf } from './shared';

const jobKey = (url: URL) => siteJobKey('smartrecruiters', url);

function extract(doc: Document): Found {
  return {
    title: textOf(doc, 'h1.job-title'),
    company: attrOf(doc, 'content', '[itemprop="hiringOrganization"] meta[itemprop="name"]'),
    location: attrOf(doc, 'formattedaddress', 'spl-job-location'),
  };
}

function cards(doc: Document, base: URL) {
  const company = textOf(doc, '.company-name', 'h1');
  return linkCards('smartrecruiters', doc, base, 'li.opening-job a[href]', 'li.opening-job', (card) => ({
    title: textOf(card, 'h4.job-title', 'h4'),
    company,
  }));
}

export const smartrecruiters: SiteAdapter = { id: 'smartrecruiters', hosts: SITE_HOSTS.smartrecruiters, jobKey, cards };
/** The posting a page of this site shows (sites/index.ts POSTING_READERS). */
export const smartrecruitersPosting: PostingReader = extract;

/*
 * Fixtures: test/fixtures/pages/smartrecruiters/job.html (microdata), careers.html (2 openings).
 * Live URL shapes:
 *   https://jobs.smartrecruiters.com/Acme1/744000012345678-data-analyst-h-f
 *   https://careers.smartrecruiters.com/Acme1
 */
