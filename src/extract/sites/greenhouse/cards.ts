/**
 * The job cards of a Greenhouse board. Written against the public markup of Greenhouse boards as read
 * in 2026-11: classic boards' `div.opening` list items, current boards' `tr.job-post` rows, and board
 * page titles "Jobs at <company>".
 */
import { plainText } from '../../clean';
import type { CardReader } from '../../types';
import { linkCards, textOf } from '../shared';
import { site } from './site';

const BOARD_TITLE = /^(?:Jobs|Current openings|Careers) at (.+)$/i;

/** A board's list of openings, classic and current. */
export const cards: CardReader = (page) => {
  // Read with the cards' text, if at all: finding the jobs reads no text.
  let company: string | null | undefined;
  return linkCards(page, site.id, 'div.opening a[href], tr.job-post a[href]', 'div.opening, tr.job-post', (_card, link) => ({
    title: textOf(link, 'p.body--medium', 'p') ?? plainText(link),
    company: company === undefined ? (company = BOARD_TITLE.exec((page.doc.title ?? '').slice(0, 2000).trim())?.[1] ?? null) : company,
  }));
};
