/**
 * LinkedIn. URL shapes handled:
 * - https://www.linkedin.com/jobs/view/<id>/ (signed in), https://fr.linkedin.com/jobs/view/<title>-at-<company>-<id>
 *   (signed-out "guest" pages, any locale subdomain), /comm/jobs/view/<id> (e-mail links)
 * - /jobs/search/?currentJobId=<id>&keywords=…, /jobs/collections/<name>/?currentJobId=<id>: the job selected
 *   in the search page's detail pane
 * Built from LinkedIn's public markup as I know it (2024–2025 class names: the signed-in
 * `job-details-jobs-unified-top-card__*` top card and `li[data-occludable-job-id]` result items, the
 * guest `topcard__*` and `base-card` / `base-search-card__*` classes). Guest pages also carry JSON-LD,
 * which wins over this adapter.
 */
import { SITE_HOSTS, siteJobKey } from '../../core/site-keys';
import type { Found } from '../clean';
import type { PostingReader, SiteAdapter } from '../types';
import { collectCards, firstPart, linkJob, textOf } from './shared';

const jobKey = (url: URL) => siteJobKey('linkedin', url);
const viewUrl = (id: string) => `https://www.linkedin.com/jobs/view/${id}`;

function extract(doc: Document, url: URL): Found {
  const id = jobKey(url)?.slice('linkedin:'.length);
  return {
    title: textOf(
      doc,
      '.job-details-jobs-unified-top-card__job-title h1',
      '.job-details-jobs-unified-top-card__job-title',
      '.jobs-unified-top-card__job-title',
      'h1.top-card-layout__title',
      '.topcard__title',
    ),
    company: textOf(
      doc,
      '.job-details-jobs-unified-top-card__company-name a',
      '.job-details-jobs-unified-top-card__company-name',
      '.jobs-unified-top-card__company-name',
      'a.topcard__org-name-link',
      '.topcard__flavor--black-link',
    ),
    // "Paris, Île-de-France, France · Reposted 2 weeks ago · Over 100 applicants"
    location: firstPart(
      textOf(
        doc,
        '.job-details-jobs-unified-top-card__primary-description-container',
        '.job-details-jobs-unified-top-card__tertiary-description-container',
        '.jobs-unified-top-card__bullet',
        '.topcard__flavor--bullet',
      ),
    ),
    // On a search page the job's own address is its view page, not the search.
    url: id && !/\/jobs\/view\//.test(url.pathname) ? viewUrl(id) : null,
  };
}

const CARD = 'li[data-occludable-job-id], .job-card-container[data-job-id], .base-card[data-entity-urn*="jobPosting:"]';
const CARD_LINK = 'a.job-card-list__title--link, a.job-card-list__title, a.job-card-container__link, a.base-card__full-link';

function cards(doc: Document, base: URL) {
  // A signed-in result is an item holding a card with the same id: parse its URL once, not twice.
  const keys = new Map<string, string | null>();
  const keyOf = (url: string): string | null => {
    let key = keys.get(url);
    if (key === undefined) keys.set(url, (key = jobKey(new URL(url))));
    return key;
  };
  return collectCards(doc, CARD, (el) => {
    const id =
      el.getAttribute('data-occludable-job-id') ??
      el.getAttribute('data-job-id') ??
      /jobPosting:(\d+)/.exec(el.getAttribute('data-entity-urn') ?? '')?.[1];
    const fromId = id && /^\d{5,20}$/.test(id.trim()) ? viewUrl(id.trim()) : null;
    const job = fromId ? { url: fromId, jobKey: keyOf(fromId) } : linkJob(el.querySelector(CARD_LINK)?.getAttribute('href'), base);
    if (!job?.jobKey) return null;
    return {
      url: job.url,
      jobKey: job.jobKey,
      text: () => ({
        // The title link repeats the title in a visually hidden span ("… with verification"): read <strong>.
        title: textOf(el, '.job-card-list__title--link strong', '.job-card-list__title strong', CARD_LINK, '.base-search-card__title'),
        company: textOf(
          el,
          '.artdeco-entity-lockup__subtitle',
          '.job-card-container__primary-description',
          '.job-card-container__company-name',
          '.base-search-card__subtitle',
        ),
      }),
    };
  });
}

export const linkedin: SiteAdapter = { id: 'linkedin', hosts: SITE_HOSTS.linkedin, jobKey, cards };
/** The posting a page of this site shows (sites/index.ts POSTING_READERS). */
export const linkedinPosting: PostingReader = extract;

/*
 * Fixtures: test/fixtures/pages/linkedin/view.html (signed-in view page), guest-view-fr.html (guest page,
 * French, JSON-LD), search-selected.html (search page with the selected job's pane), search-20.html
 * (20 result cards, used by the end-to-end tests), guest-search.html (signed-out search results).
 * Live URL shapes:
 *   https://www.linkedin.com/jobs/view/3912345678/
 *   https://fr.linkedin.com/jobs/view/developpeur-backend-at-acme-3912345678
 *   https://www.linkedin.com/jobs/search/?currentJobId=3912345678&keywords=backend
 *   https://www.linkedin.com/jobs/collections/recommended/?currentJobId=3912345678
 *   https://www.linkedin.com/comm/jobs/view/3912345678/?trackingId=…
 */
