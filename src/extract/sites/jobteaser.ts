/**
 * Jobteaser (students and graduates). URL shapes handled:
 * - https://www.jobteaser.com/<fr|en|de|…>/job-offers/<uuid or number>-<slug>, also schools' career centres
 *   on <school>.jobteaser.com
 * - listing: https://www.jobteaser.com/fr/job-offers?q=…
 * A React app; the markup below is built from the site's public structure as I know it, which relies on
 * `data-testid` attributes: `jobad-DetailView__Heading__title`, `…__Heading__company_name`,
 * `…__CandidacyDetails__Location`, and result cards `[data-testid="jobad-card"]` with the offer link.
 */
import { SITE_HOSTS, siteJobKey } from '../../core/site-keys';
import type { Found } from '../clean';
import type { PostingReader, SiteAdapter } from '../types';
import { linkCards, textOf } from './shared';

const jobKey = (url: URL) => siteJobKey('jobteaser', url);

function extract(doc: Document): Found {
  return {
    title: textOf(doc, '[data-testid="jobad-DetailView__Heading__title"]'),
    company: textOf(doc, '[data-testid="jobad-DetailView__Heading__company_name"]'),
    location: textOf(doc, '[data-testid="jobad-DetailView__CandidacyDetails__Location"]'),
  };
}

function cards(doc: Document, base: URL) {
  return linkCards('jobteaser', doc, base, '[data-testid="jobad-card"] a[href*="/job-offers/"]', '[data-testid="jobad-card"]', (card) => ({
    title: textOf(card, 'h3', 'h2'),
    company: textOf(card, '[data-testid="jobad-card-company-name"]'),
  }));
}

export const jobteaser: SiteAdapter = { id: 'jobteaser', hosts: SITE_HOSTS.jobteaser, jobKey, cards };
/** The posting a page of this site shows (sites/index.ts POSTING_READERS). */
export const jobteaserPosting: PostingReader = extract;

/*
 * Fixtures: test/fixtures/pages/jobteaser/offer-fr.html (no structured data, French), search.html (3 cards).
 * Live URL shapes:
 *   https://www.jobteaser.com/fr/job-offers/3b1f0c2e-7d4a-4e8b-9c6d-5a4b3c2d1e0f-acme-stage-developpeur-web
 *   https://www.jobteaser.com/en/job-offers/3b1f0c2e-7d4a-4e8b-9c6d-5a4b3c2d1e0f-acme-web-developer-internship
 *   https://www.jobteaser.com/fr/job-offers?q=developpeur&contract=internship
 */
