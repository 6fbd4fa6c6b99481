/**
 * APEC (apec.fr, jobs for managers in France). URL shapes handled:
 * - https://www.apec.fr/candidat/recherche-emploi.html/emploi/detail-offre/<number><letter>?… (e.g. 174123456W)
 * - listing: https://www.apec.fr/candidat/recherche-emploi.html/emploi?motsCles=…&lieux=…
 * An Angular app; the markup below is built from the site's public structure as I know it: offer cards
 * `.card-offer` with `.card-offer__company`, the title in `.card-title` (an `h1` on the offer page, an
 * `h2` in results) and `ul.details-offer` lists whose items include the place ("Paris 08 - 75"). Result
 * cards are wrapped in a link to the offer.
 */
import { SITE_HOSTS, siteJobKey } from '../../core/site-keys';
import type { Found } from '../clean';
import type { PostingReader, SiteAdapter } from '../types';
import { collectCards, linkJob, textOf } from './shared';

const jobKey = (url: URL) => siteJobKey('apec', url);
/** "Paris 08 - 75", "Lyon - 69", "Nantes (44)": a place ends with a French département number. */
const PLACE = /(?:\s-\s(?:\d{2,3}|2[AB])|\((?:\d{2,3}|2[AB])\))\s*$/;

/** The item of the offer's detail lists that names a place. */
function place(root: ParentNode): string | null {
  for (const li of Array.from(root.querySelectorAll('ul.details-offer li')).slice(0, 30)) {
    const text = li.textContent ?? '';
    if (PLACE.test(text.trim())) return text;
  }
  return null;
}

function extract(doc: Document): Found {
  const offer = doc.querySelector('.card-offer--detail, .card-offer') ?? doc;
  return {
    title: textOf(offer, 'h1.card-title', 'h1', '.card-title'),
    company: textOf(offer, '.card-offer__company'),
    location: place(offer),
  };
}

function cards(doc: Document, base: URL) {
  return collectCards(doc, 'a[href*="/detail-offre/"]', (link) => {
    const job = linkJob(link.getAttribute('href'), base);
    if (!job?.jobKey.startsWith('apec:')) return null;
    const card = link.querySelector('.card-offer') ?? link;
    return {
      ...job,
      element: card,
      text: () => ({ title: textOf(card, '.card-title', 'h2'), company: textOf(card, '.card-offer__company') }),
    };
  });
}

export const apec: SiteAdapter = { id: 'apec', hosts: SITE_HOSTS.apec, jobKey, cards };
/** The posting a page of this site shows (sites/index.ts POSTING_READERS). */
export const apecPosting: PostingReader = extract;

/*
 * Fixtures: test/fixtures/pages/apec/offer.html (no structured data, French), results.html (3 results).
 * Live URL shapes:
 *   https://www.apec.fr/candidat/recherche-emploi.html/emploi/detail-offre/174123456W
 *   https://www.apec.fr/candidat/recherche-emploi.html/emploi/detail-offre/174123456W?motsCles=data&page=0&selectedIndex=2
 *   https://www.apec.fr/candidat/recherche-emploi.html/emploi?motsCles=data&lieux=75
 */
