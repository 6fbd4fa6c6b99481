/**
 * The job cards of an Ashby board. Written against the public markup of Ashby boards as read in
 * 2026-11: job links as cards (the class names are hashed CSS-module classes) and page titles
 * "Jobs at <company>".
 */
import type { CardReader } from '../../types';
import { linkCards, textOf } from '../shared';
import { site } from './site';

/** A company's board. */
export const cards: CardReader = (page) => {
  const company = / @ (.+)$|^(?:Jobs|Careers) (?:at|@) (.+)$/i.exec((page.doc.title ?? '').slice(0, 2000).trim());
  return linkCards(page, site.id, 'a[href]', 'a', (card) => ({
    title: textOf(card, 'h3'),
    company: company?.[1] ?? company?.[2] ?? null,
  }));
};
