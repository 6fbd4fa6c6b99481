/**
 * Glassdoor, every country site (glassdoor.com, glassdoor.fr, glassdoor.co.uk…). URL shapes handled:
 * - /job-listing/<slug>-JV_IC<loc>_KO<a>,<b>_KE<c>,<d>.htm?jl=<id> (job view)
 * - /Job/…-SRCH_….htm?jl=<id>, /Emploi/…-SRCH_….htm?jl=<id> (search page, selected job)
 * - /partner/jobListing.htm?…&jobListingId=<id> (partner and e-mail links)
 * Built from Glassdoor's public markup as I know it: the details header `h1[id^="jd-job-title-"]`,
 * `[data-test="employer-name"]` and `[data-test="location"]`; results as `li[data-test="jobListing"]`
 * carrying `data-jobid`, with `a[data-test="job-title"]`, an `EmployerProfile_compactEmployerName…`
 * span and `[data-test="emp-location"]`.
 */
import { SITE_HOSTS, siteJobKey } from '../../core/site-keys';
import { plainText, type Found } from '../clean';
import type { PostingReader, SiteAdapter } from '../types';
import { collectCards, textOf } from './shared';

const jobKey = (url: URL) => siteJobKey('glassdoor', url);

function jobUrl(base: URL, path: string, id: string): string {
  const origin = SITE_HOSTS.glassdoor.test(base.hostname) ? base.origin : 'https://www.glassdoor.com';
  return `${origin}${path}?jl=${id}`;
}

function extract(doc: Document, url: URL): Found {
  const id = jobKey(url)?.slice('glassdoor:'.length);
  return {
    title: textOf(doc, 'h1[id^="jd-job-title-"]', '[data-test="job-title"]'),
    company: textOf(
      doc,
      '[data-test="employer-name"] h4',
      '[class*="EmployerProfile_employerNameHeading"] h4',
      '[data-test="employer-name"]',
    ),
    location: textOf(doc, '[data-test="location"]'),
    url: id && !url.pathname.startsWith('/job-listing/') ? jobUrl(url, '/job-listing/j.htm', id) : null,
  };
}

function cards(doc: Document, base: URL) {
  return collectCards(doc, 'li[data-test="jobListing"], li[data-jobid]', (el) => {
    const link = el.querySelector('a[data-test="job-title"], a[href*="jl="]');
    let path = '/job-listing/j.htm';
    try {
      path = new URL(link?.getAttribute('href') ?? '', base).pathname;
    } catch {
      // keep the generic path
    }
    const id = (el.getAttribute('data-jobid') ?? '').trim();
    const url = jobUrl(base, path, encodeURIComponent(id));
    const key = jobKey(new URL(url));
    if (!key) return null;
    return {
      url,
      jobKey: key,
      text: () => ({
        title: plainText(link),
        company: textOf(el, '[class*="EmployerProfile_compactEmployerName"]', '[data-test="employer-short-name"]', '.employer-name'),
      }),
    };
  });
}

export const glassdoor: SiteAdapter = { id: 'glassdoor', hosts: SITE_HOSTS.glassdoor, jobKey, cards };
/** The posting a page of this site shows (sites/index.ts POSTING_READERS). */
export const glassdoorPosting: PostingReader = extract;

/*
 * Fixtures: test/fixtures/pages/glassdoor/job-listing.html (job view, JSON-LD broken), search-fr.html
 * (glassdoor.fr results, French, 3 cards).
 * Live URL shapes:
 *   https://www.glassdoor.com/job-listing/senior-data-engineer-acme-JV_IC2881970_KO0,20_KE21,25.htm?jl=1009345678901
 *   https://www.glassdoor.fr/Emploi/paris-data-engineer-emplois-SRCH_IL.0,5_IC2881970_KO6,19.htm?jl=1009345678901
 *   https://www.glassdoor.com/partner/jobListing.htm?pos=101&ao=1110586&jobListingId=1009345678901
 */
