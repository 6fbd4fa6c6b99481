/**
 * The posting a Greenhouse job page shows. Written against the public markup of Greenhouse boards as
 * read in 2026-11: classic boards' `#header h1.app-title`, `.company-name` ("at Acme") and `.location`;
 * current boards' `.job__title h1` and `.job__location`. Both page titles read
 * "Job Application for <title> at <company>", the most reliable place for the company.
 */
import type { PostingReader } from '../../types';
import { textOf } from '../shared';

const APPLICATION_TITLE = /^Job Application for (.+) at (.+)$/;

/** Greenhouse's posting fields (sites/posting-readers.ts). */
export const posting: PostingReader = (doc) => {
  const fromTitle = APPLICATION_TITLE.exec((doc.title ?? '').slice(0, 2000).trim());
  const companyLine = textOf(doc, '#header .company-name', '.company-name');
  return {
    title: textOf(doc, '.job__title h1', '#header h1.app-title', 'h1.app-title') ?? fromTitle?.[1] ?? null,
    company: fromTitle?.[2] ?? companyLine?.replace(/^\s*at\s+/i, '') ?? null,
    location: textOf(doc, '.job__location', '#header .location', '.location'),
  };
};
