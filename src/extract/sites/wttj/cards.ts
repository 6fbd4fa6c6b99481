/**
 * The job cards of Welcome to the Jungle's listings, a styled-components app where only `data-testid`
 * attributes and element roles are stable. Written against the site's public structure as described in
 * 2026-11. Not checked: no real listing page was found in public material (2026-12-01): search results as
 * `li[data-testid="search-results-list-item-wrapper"]` holding the job link, an `h4` title and the
 * company logo `img[alt]`.
 */
import type { CardReader } from '../../types';
import { attrOf, linkCards, textOf } from '../shared';
import { site } from './site';

/** Search results and a company's job list. */
export const cards: CardReader = (page) =>
  linkCards(
    page,
    site.id,
    'li[data-testid="search-results-list-item-wrapper"] a[href*="/jobs/"], [data-testid="job-list"] a[href*="/jobs/"]',
    'li',
    (card) => ({
      title: textOf(card, 'h4', 'h3', 'h2'),
      company: textOf(card, '[data-testid="search-results-list-item-company-name"]') ?? attrOf(card, 'alt', 'img[alt]'),
    }),
  );
