/**
 * The job cards of France Travail's search results. Checked against public repository material read 2026-12-01 (France Travail
 * scrapers read li.result > a.media): results as `li.result[data-id-offre]` with
 * `.media-heading-title` and a `p.subtext` "Company - 75 - PARIS 08".
 */
import type { CardReader } from '../../types';
import { siteJobKey } from '../key-parts';
import { collectCards, firstPart, textOf } from '../shared';
import { site } from './site';

const detailUrl = (id: string) => `https://candidat.francetravail.fr/offres/recherche/detail/${id}`;

/** Search results. */
export const cards: CardReader = ({ doc }) =>
  collectCards(doc, 'li.result[data-id-offre]', (el) => {
    const id = (el.getAttribute('data-id-offre') ?? '').trim();
    const url = detailUrl(encodeURIComponent(id));
    const key = siteJobKey(site, new URL(url));
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
