/**
 * The job cards of Monster's search results, a React app whose stable hooks are `data-testid`
 * attributes. Checked against public repository material read 2026-12-01 (Monster scrapers'
 * selectors; test/fixtures/pages/monster/search-cards.html): result cards `article[data-testid="svx_jobCard"]` holding an `a[data-testid="jobTitle"]` link.
 */
import type { CardReader } from '../../types';
import { linkCards, textOf } from '../shared';
import { site } from './site';

/** Search results. */
export const cards: CardReader = (page) =>
  linkCards(
    page,
    site.id,
    'article[data-testid="svx_jobCard"] a[href], [data-testid="JobCard"] a[href]',
    'article, [data-testid="JobCard"]',
    (card) => ({
      title: textOf(card, '[data-testid="jobTitle"]'),
      company: textOf(card, '[data-testid="company"]'),
    }),
  );
