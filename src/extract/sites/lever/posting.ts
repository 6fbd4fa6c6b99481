/**
 * The posting a Lever job page shows. Written against the public markup of Lever job pages as read in
 * 2026-11: `.posting-headline h2` and `.posting-categories .location`. The title must come from here and
 * never from document.title, which reads "<company> - <title>".
 */
import type { PostingReader } from '../../types';
import { textOf } from '../shared';
import { company } from './cards';

/** Lever's posting fields (sites/posting-readers.ts). */
export const posting: PostingReader = (doc) => {
  const title = textOf(doc, '.posting-headline h2', '.posting-header h2');
  return {
    title,
    company: company(doc, title),
    location: textOf(doc, '.posting-headline .location', '.posting-categories .location'),
  };
};
