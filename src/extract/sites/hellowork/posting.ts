/**
 * The posting a HelloWork offer page shows. Offer pages carry JobPosting JSON-LD, which wins over this
 * reader. Checked against public repository material read 2026-12-01 (a HelloWork scraper's notes on the offer header h1#main-content): an `h1` holding `[data-cy="jobTitle"]` and a link to the company page, `[data-cy="localisationCard"]`
 * for the place.
 */
import type { PostingReader } from '../../types';
import { textOf } from '../shared';

/** HelloWork's posting fields (sites/posting-readers.ts). */
export const posting: PostingReader = (doc) => ({
  title: textOf(doc, '[data-cy="jobTitle"]'),
  company: textOf(doc, 'h1 a[href*="/entreprises/"]', '[data-cy="companyName"]'),
  location: textOf(doc, '[data-cy="localisationCard"]', '[data-cy="localisation"]'),
});
