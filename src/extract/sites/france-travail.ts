/**
 * France Travail (formerly Pôle emploi). URL shapes handled:
 * - https://candidat.francetravail.fr/offres/recherche/detail/<id> (ids like 183XKZT; also on
 *   candidat.pole-emploi.fr)
 * - listing: https://candidat.francetravail.fr/offres/recherche?motsCles=…&lieux=…
 * Offer pages describe the job in schema.org microdata (`itemtype="http://schema.org/JobPosting"`),
 * which wins over this adapter. The markup below is built from the site's public structure as I know
 * it: the offer's `h1#labelPopinDetailsOffre`, the employer block `.media-body h3.t4.title`, and results
 * as `li.result[data-id-offre]` with `.media-heading-title` and a `p.subtext` "Company - 75 - PARIS 08".
 */
import { SITE_HOSTS, siteJobKey } from '../../core/site-keys';
import type { Found } from '../clean';
import type { PostingReader, SiteAdapter } from '../types';
import { collectCards, firstPart, textOf } from './shared';

const jobKey = (url: URL) => siteJobKey('francetravail', url);
const detailUrl = (id: string) => `https://candidat.francetravail.fr/offres/recherche/detail/${id}`;

function extract(doc: Document): Found {
  return {
    title: textOf(doc, '#labelPopinDetailsOffre', '.modal-details h1', 'h1.title'),
    company: textOf(doc, '.media-body h3.t4.title', '.company-block .title'),
    location: textOf(doc, '[itemprop="jobLocation"] [itemprop="addressLocality"]', 'p.t4.title-complementary'),
  };
}

function cards(doc: Document) {
  return collectCards(doc, 'li.result[data-id-offre]', (el) => {
    const id = (el.getAttribute('data-id-offre') ?? '').trim();
    const url = detailUrl(encodeURIComponent(id));
    const key = jobKey(new URL(url));
    if (!key) return null;
    return {
      url,
      jobKey: key,
      text: () => {
        // The subtext reads "ACME - 75 - PARIS 08", or just "75 - PARIS 08" when the employer is not shown.
        const company = firstPart(textOf(el, 'p.subtext'), /\s-\s/);
        return {
          title: textOf(el, '.media-heading-title', 'h2'),
          company: company && !/^\s*\d{2,3}[AB]?\s*$/.test(company) ? company : null,
        };
      },
    };
  });
}

export const franceTravail: SiteAdapter = { id: 'francetravail', hosts: SITE_HOSTS.francetravail, jobKey, cards };
/** The posting a page of this site shows (sites/index.ts POSTING_READERS). */
export const franceTravailPosting: PostingReader = extract;

/*
 * Fixtures: test/fixtures/pages/francetravail/detail.html (microdata, French), results.html (4 results).
 * Live URL shapes:
 *   https://candidat.francetravail.fr/offres/recherche/detail/183XKZT
 *   https://candidat.pole-emploi.fr/offres/recherche/detail/183XKZT
 *   https://candidat.francetravail.fr/offres/recherche?motsCles=developpeur&lieux=75D&offresPartenaires=true
 */
