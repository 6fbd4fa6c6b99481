/**
 * HelloWork (formerly RegionsJob). URL shapes handled:
 * - https://www.hellowork.com/fr-fr/emplois/<id>.html
 * - listing: https://www.hellowork.com/fr-fr/emploi/recherche.html?k=…&l=…
 * Offer pages carry JobPosting JSON-LD, which wins over this adapter. The markup below is built from
 * the site's public structure as I know it: an `h1` holding `[data-cy="jobTitle"]` and a link to the
 * company page, `[data-cy="localisationCard"]` for the place; results as `li[data-id-storage-target="item"]`
 * with an `a[data-cy="offerTitle"]` whose `h3` holds the title and the company in two `p`.
 */
import { SITE_HOSTS, siteJobKey } from '../../core/site-keys';
import type { Found } from '../clean';
import type { PostingReader, SiteAdapter } from '../types';
import { linkCards, textOf } from './shared';

const jobKey = (url: URL) => siteJobKey('hellowork', url);

function extract(doc: Document): Found {
  return {
    title: textOf(doc, '[data-cy="jobTitle"]'),
    company: textOf(doc, 'h1 a[href*="/entreprises/"]', '[data-cy="companyName"]'),
    location: textOf(doc, '[data-cy="localisationCard"]', '[data-cy="localisation"]'),
  };
}

function cards(doc: Document, base: URL) {
  return linkCards('hellowork', doc, base, 'a[data-cy="offerTitle"]', 'li', (_card, link) => ({
    title: textOf(link, 'h3 p:first-child', 'h3') ?? link.getAttribute('title'),
    company: textOf(link, 'h3 p:nth-child(2)'),
  }));
}

export const hellowork: SiteAdapter = { id: 'hellowork', hosts: SITE_HOSTS.hellowork, jobKey, cards };
/** The posting a page of this site shows (sites/index.ts POSTING_READERS). */
export const helloworkPosting: PostingReader = extract;

/*
 * Fixtures: test/fixtures/pages/hellowork/offer.html (JSON-LD, French), results.html (3 results).
 * Live URL shapes:
 *   https://www.hellowork.com/fr-fr/emplois/58234117.html
 *   https://www.hellowork.com/fr-fr/emploi/recherche.html?k=d%C3%A9veloppeur&l=Nantes
 */
