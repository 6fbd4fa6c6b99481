/**
 * Workday career sites. URL shapes handled:
 * - https://<tenant>.wd<n>.myworkdayjobs.com/[<locale>/]<site>/job/<location>/<title>_<requisition id>[/apply]
 * - https://<tenant>.wd<n>.myworkdayjobs.com/[<locale>/]<site>/details/<title>_<requisition id>
 * - https://wd<n>.myworkdaysite.com/[<locale>/]recruiting/<tenant>/<site>/job/…
 * - listing: https://<tenant>.wd<n>.myworkdayjobs.com/[<locale>/]<site>?q=…
 * Job pages carry JobPosting JSON-LD (title, hiringOrganization, place), which wins over this adapter.
 * Built from Workday's public markup as I know it: `data-automation-id` attributes
 * (`jobPostingHeader`, `locations` with a `dd`, and `jobTitle` links in the results list).
 */
import { SITE_HOSTS, siteJobKey } from '../../core/site-keys';
import { plainText, type Found } from '../clean';
import type { PostingReader, SiteAdapter } from '../types';
import { linkCards, textOf } from './shared';

const jobKey = (url: URL) => siteJobKey('workday', url);

function extract(doc: Document): Found {
  return {
    title: textOf(doc, '[data-automation-id="jobPostingHeader"]'),
    location: textOf(
      doc,
      '[data-automation-id="jobPostingPage"] [data-automation-id="locations"] dd',
      '[data-automation-id="locations"] dd',
    ),
  };
}

function cards(doc: Document, base: URL) {
  return linkCards('workday', doc, base, 'a[data-automation-id="jobTitle"]', 'li', (_card, link) => ({ title: plainText(link) }));
}

export const workday: SiteAdapter = { id: 'workday', hosts: SITE_HOSTS.workday, jobKey, cards };
/** The posting a page of this site shows (sites/index.ts POSTING_READERS). */
export const workdayPosting: PostingReader = extract;

/*
 * Fixtures: test/fixtures/pages/workday/job.html (JSON-LD), search.html (3 results).
 * Live URL shapes:
 *   https://acme.wd3.myworkdayjobs.com/en-US/External/job/Paris-France/Data-Engineer_R0012345
 *   https://acme.wd3.myworkdayjobs.com/fr-FR/External/job/Paris-France/Ingnieur-Donnes_R0012345/apply
 *   https://acme.wd3.myworkdayjobs.com/External/details/Data-Engineer_R0012345
 *   https://wd3.myworkdaysite.com/recruiting/acme/External/job/Paris-France/Data-Engineer_R0012345
 */
