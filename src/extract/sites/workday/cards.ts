/**
 * The job cards of a Workday career site's search. Written against the public markup of Workday career
 * sites as read in 2026-11: `jobTitle` links (`data-automation-id`) in the results list.
 */
import { plainText } from '../../clean';
import type { CardReader } from '../../types';
import { linkCards } from '../shared';
import { site } from './site';

/** Search results. */
export const cards: CardReader = (page) =>
  linkCards(page, site.id, 'a[data-automation-id="jobTitle"]', 'li', (_card, link) => ({ title: plainText(link) }));
