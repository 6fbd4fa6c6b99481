/**
 * The posting an Ashby job page shows. Job pages carry JobPosting JSON-LD, which wins over this reader.
 * Written against the public markup of Ashby job pages as read in 2026-11: the stable
 * `ashby-job-posting-heading` and `ashby-job-posting-left-pane` class names and page titles
 * "<title> @ <company>".
 */
import { plainText } from '../../clean';
import type { PostingReader } from '../../types';
import { textOf } from '../shared';

/** The value under the left pane's "Location" heading. */
function location(doc: Document): string | null {
  const pane = doc.querySelector('.ashby-job-posting-left-pane');
  for (const heading of Array.from(pane?.querySelectorAll('h2') ?? []).slice(0, 20)) {
    if (/^\s*(?:location|lieu|localisation)\s*$/i.test(heading.textContent ?? '')) return plainText(heading.nextElementSibling);
  }
  return null;
}

/** Ashby's posting fields (sites/posting-readers.ts). */
export const posting: PostingReader = (doc) => {
  const at = / @ (.+)$/.exec((doc.title ?? '').slice(0, 2000).trim());
  return { title: textOf(doc, 'h1.ashby-job-posting-heading'), company: at?.[1] ?? null, location: location(doc) };
};
