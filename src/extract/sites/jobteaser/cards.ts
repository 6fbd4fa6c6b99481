/**
 * The job cards of Jobteaser's search results, a React app whose stable hooks are `data-testid`
 * attributes. Written against the site's public structure as described in
 * 2026-11. Not checked: no real search page was found in public material (2026-12-01): result cards `[data-testid="jobad-card"]` with the offer link.
 */
import type { CardReader } from '../../types';
import { linkCards, textOf } from '../shared';
import { site } from './site';

/** Search results. */
export const cards: CardReader = (page) =>
  linkCards(page, site.id, '[data-testid="jobad-card"] a[href*="/job-offers/"]', '[data-testid="jobad-card"]', (card) => ({
    title: textOf(card, 'h3', 'h2'),
    company: textOf(card, '[data-testid="jobad-card-company-name"]'),
  }));
