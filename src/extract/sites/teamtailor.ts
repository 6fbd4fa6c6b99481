/**
 * Teamtailor career sites. URL shapes handled:
 * - https://<company>.teamtailor.com/jobs/<id>-<slug>, /<locale>/jobs/<id>-<slug> (also <company>.na.teamtailor.com)
 * - listing: https://<company>.teamtailor.com/jobs
 * Custom domains (careers.acme.com served by Teamtailor) are not recognised by host: their JSON-LD and
 * meta still apply, keyed by URL. Job pages carry JobPosting JSON-LD, which wins over this adapter.
 * Built from the public structure as I know it: the job `h1`, og:site_name naming the employer (on
 * these sites it is the company's own career site), and `ul#jobs_list_container` items linking to jobs.
 */
import { SITE_HOSTS, siteJobKey } from '../../core/site-keys';
import type { Found } from '../clean';
import { meta } from '../meta';
import type { PostingReader, SiteAdapter } from '../types';
import { linkCards, textOf } from './shared';

const jobKey = (url: URL) => siteJobKey('teamtailor', url);

function extract(doc: Document): Found {
  return { title: textOf(doc, 'main h1', 'h1'), company: meta(doc, 'og:site_name') };
}

function cards(doc: Document, base: URL) {
  const company = meta(doc, 'og:site_name');
  return linkCards(
    'teamtailor',
    doc,
    base,
    '#jobs_list_container a[href*="/jobs/"], [data-controller="jobs-list"] a[href*="/jobs/"]',
    'li',
    (card) => ({
      title: textOf(card, 'span[title]', 'a'),
      company,
    }),
  );
}

export const teamtailor: SiteAdapter = { id: 'teamtailor', hosts: SITE_HOSTS.teamtailor, jobKey, cards };
/** The posting a page of this site shows (sites/index.ts POSTING_READERS). */
export const teamtailorPosting: PostingReader = extract;

/*
 * Fixtures: test/fixtures/pages/teamtailor/job-fr.html (JSON-LD, French locale path), jobs.html (3 jobs).
 * Live URL shapes:
 *   https://acme.teamtailor.com/jobs/3456789-product-designer
 *   https://acme.teamtailor.com/fr/jobs/3456789-product-designer
 *   https://acme.teamtailor.com/jobs
 */
