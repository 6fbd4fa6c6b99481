/**
 * Welcome to the Jungle. URL shapes handled:
 * - https://www.welcometothejungle.com/<fr|en|es|cs|sk>/companies/<company>/jobs/<job-slug>[?q=…&o=…]
 * - listings: /<lang>/jobs?query=…&refinementList…, /<lang>/companies/<company>/jobs
 * Job pages carry JobPosting JSON-LD, which wins over this adapter. The markup below is built from the
 * site's public structure as I know it (a styled-components app, so only `data-testid` attributes and
 * element roles are stable): `[data-testid="job-metadata-block"]` with the company link, the title
 * `h2` and an `i[name="location"]` icon before the place; search results as
 * `li[data-testid="search-results-list-item-wrapper"]` holding the job link, an `h4` title and the
 * company logo `img[alt]`.
 */
import { SITE_HOSTS, siteJobKey } from '../../core/site-keys';
import type { Found } from '../clean';
import type { PostingReader, SiteAdapter } from '../types';
import { attrOf, linkCards, textOf } from './shared';

const jobKey = (url: URL) => siteJobKey('wttj', url);

function extract(doc: Document): Found {
  const block = doc.querySelector('[data-testid="job-metadata-block"]');
  if (!block) return {};
  return {
    title: textOf(block, 'h2', 'h1'),
    company: textOf(block, 'a[href*="/companies/"] span', 'a[href*="/companies/"]'),
    location: textOf(block, 'i[name="location"] + span', 'i[name="location"] + *'),
  };
}

function cards(doc: Document, base: URL) {
  return linkCards(
    'wttj',
    doc,
    base,
    'li[data-testid="search-results-list-item-wrapper"] a[href*="/jobs/"], [data-testid="job-list"] a[href*="/jobs/"]',
    'li',
    (card) => ({
      title: textOf(card, 'h4', 'h3', 'h2'),
      company: textOf(card, '[data-testid="search-results-list-item-company-name"]') ?? attrOf(card, 'alt', 'img[alt]'),
    }),
  );
}

export const wttj: SiteAdapter = { id: 'wttj', hosts: SITE_HOSTS.wttj, jobKey, cards };
/** The posting a page of this site shows (sites/index.ts POSTING_READERS). */
export const wttjPosting: PostingReader = extract;

/*
 * Fixtures: test/fixtures/pages/wttj/job-fr.html (JSON-LD posting, French), job-no-jsonld-en.html (same
 * job in English without structured data, read from the markup), search-fr.html (5 result cards).
 * Live URL shapes:
 *   https://www.welcometothejungle.com/fr/companies/alan/jobs/software-engineer-backend_paris
 *   https://www.welcometothejungle.com/en/companies/alan/jobs/software-engineer-backend_paris?q=…&o=…
 *   https://www.welcometothejungle.com/fr/jobs?query=developpeur&refinementList%5Boffices.country_code%5D%5B%5D=FR
 */
