/**
 * The job cards of a SmartRecruiters career page. Written against the public markup of SmartRecruiters
 * career pages as read in 2026-11: list items `li.opening-job` with a link and `h4.job-title`.
 */
import type { CardReader } from '../../types';
import { linkCards, textOf } from '../shared';
import { site } from './site';

/** A company's list of openings. */
export const cards: CardReader = (page) => {
  // Read with the cards' text, if at all: finding the jobs reads no text.
  let company: string | null | undefined;
  return linkCards(page, site.id, 'li.opening-job a[href]', 'li.opening-job', (card) => ({
    title: textOf(card, 'h4.job-title', 'h4'),
    company: company === undefined ? (company = textOf(page.doc, '.company-name', 'h1')) : company,
  }));
};
