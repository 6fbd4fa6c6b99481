/**
 * The job cards of HelloWork's search results. Checked against public repository material read 2026-12-01 (HelloWork scrapers'
 * selectors; test/fixtures/pages/hellowork/results-serp.html): results as `li[data-id-storage-target="item"]`
 * with an `a[data-cy="offerTitle"]` whose `h3` holds the title and the company in two `p`.
 */
import type { CardReader } from '../../types';
import { linkCards, textOf } from '../shared';
import { site } from './site';

/** Search results. */
export const cards: CardReader = (page) =>
  linkCards(page, site.id, 'a[data-cy="offerTitle"]', 'li', (_card, link) => ({
    title: textOf(link, 'h3 p:first-child', 'h3') ?? link.getAttribute('title'),
    company: textOf(link, 'h3 p:nth-child(2)'),
  }));
