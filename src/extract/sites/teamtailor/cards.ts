/**
 * The job cards of a Teamtailor career site. Written against the public markup of Teamtailor career
 * sites as read in 2026-11: `ul#jobs_list_container` items linking to jobs, and og:site_name naming the
 * employer (on these sites it is the company's own career site).
 */
import { meta } from '../../meta';
import type { CardReader } from '../../types';
import { linkCards, textOf } from '../shared';
import { site } from './site';

/** A career site's job list. */
export const cards: CardReader = (page) => {
  const company = meta(page.doc, 'og:site_name');
  return linkCards(
    page,
    site.id,
    '#jobs_list_container a[href*="/jobs/"], [data-controller="jobs-list"] a[href*="/jobs/"]',
    'li',
    (card) => ({
      title: textOf(card, 'span[title]', 'a'),
      company,
    }),
  );
};
