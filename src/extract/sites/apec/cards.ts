/**
 * The job cards of APEC's search results, an Angular app. Checked against public repository material read 2026-12-01 (APEC scrapers' selectors; test/fixtures/pages/apec/results-cards.html): result cards `.card-offer` wrapped in a link
 * to the offer, with `.card-offer__company` and the title in an `h2.card-title`.
 */
import type { CardReader } from '../../types';
import { collectCards, linkJob, textOf } from '../shared';

/** Search results. */
export const cards: CardReader = (page) =>
  collectCards(page.doc, 'a[href*="/detail-offre/"]', (link) => {
    const job = linkJob(link.getAttribute('href'), page);
    if (!job?.jobKey.startsWith('apec:')) return null;
    const card = link.querySelector('.card-offer') ?? link;
    return {
      ...job,
      element: card,
      text: () => ({ title: textOf(card, '.card-title', 'h2'), company: textOf(card, '.card-offer__company') }),
    };
  });
