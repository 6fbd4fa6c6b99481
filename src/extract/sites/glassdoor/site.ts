/**
 * Glassdoor, every country site (glassdoor.com, glassdoor.fr, glassdoor.co.uk…). URL shapes handled:
 * - /job-listing/<slug>-JV_IC<loc>_KO<a>,<b>_KE<c>,<d>.htm?jl=<id> (job view)
 * - /Job/…-SRCH_….htm?jl=<id>, /Emploi/…-SRCH_….htm?jl=<id> (search page, selected job)
 * - /partner/jobListing.htm?…&jobListingId=<id> (partner and e-mail links)
 */
import type { SiteDeclaration } from '../../types';
import { ANY_TLD, digits, param, siteJobKey } from '../key-parts';

/** Glassdoor (sites/registry.ts). */
export const site = {
  id: 'glassdoor',
  hosts: new RegExp(String.raw`(?:^|\.)glassdoor\.${ANY_TLD}$`),
  matches: [
    'https://*.glassdoor.com/*',
    'https://*.glassdoor.fr/*',
    'https://*.glassdoor.co.uk/*',
    'https://*.glassdoor.de/*',
    'https://*.glassdoor.ca/*',
  ],
  hints: ['glassdoor.'],
  // jl= on job-listing (…_JV_IC…_KO…_KE….htm), search and partner pages; jobListingId= on older links.
  jobId: (url) => digits(param(url, 'jl', 'jobListingId'), 4),
} as const satisfies SiteDeclaration;

/** The key of the Glassdoor job `url` shows, or null. */
export const jobKey = (url: URL) => siteJobKey(site, url);

/** A job's page at `path`, on the country site of `base` when it is one. */
export function jobUrl(base: URL, path: string, id: string): string {
  const origin = site.hosts.test(base.hostname) ? base.origin : 'https://www.glassdoor.com';
  return `${origin}${path}?jl=${id}`;
}

/*
 * Fixtures: test/fixtures/pages/glassdoor/job-listing.html (job view, JSON-LD broken), search-fr.html
 * (glassdoor.fr results, French, 3 cards).
 * Checked 2026-12-01 against public material (each fixture's header names it): search-pane.html (search page, job open in the details pane).
 * Live URL shapes:
 *   https://www.glassdoor.com/job-listing/senior-data-engineer-acme-JV_IC2881970_KO0,20_KE21,25.htm?jl=1009345678901
 *   https://www.glassdoor.fr/Emploi/paris-data-engineer-emplois-SRCH_IL.0,5_IC2881970_KO6,19.htm?jl=1009345678901
 *   https://www.glassdoor.com/partner/jobListing.htm?pos=101&ao=1110586&jobListingId=1009345678901
 */
