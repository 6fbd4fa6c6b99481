/**
 * The job cards of a Lever board. Written against the public markup of Lever boards as read in
 * 2026-11: list items `.posting` with `a.posting-title` and `h5[data-qa="posting-name"]`, and the header
 * logo `.main-header-logo img[alt]` naming the employer.
 */
import type { CardReader } from '../../types';
import { attrOf, linkCards, textOf } from '../shared';
import { site } from './site';

/**
 * The company: the header logo's alt ("Acme logo"), else the part of "Acme - Job" before the title.
 * Lever's page titles read "<company> - <title>", the reverse of most sites.
 */
export function company(doc: Document, title: string | null): string | null {
  const alt = attrOf(doc, 'alt', '.main-header-logo img[alt]');
  if (alt) return alt.replace(/\s+logo\s*$/i, '');
  const line = (doc.title ?? '').slice(0, 2000).trim();
  const dash = line.indexOf(' - ');
  if (dash > 0 && (!title || line.slice(dash + 3).trim() === title.trim())) return line.slice(0, dash);
  return title ? null : line || null; // a listing page's title is the company alone
}

/** A company's list of postings. */
export const cards: CardReader = (page) => {
  const employer = company(page.doc, null);
  return linkCards(page, site.id, '.posting a.posting-title, .posting a[href]', '.posting', (card) => ({
    title: textOf(card, '[data-qa="posting-name"]', 'h5'),
    company: employer,
  }));
};
