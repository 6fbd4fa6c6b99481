/**
 * The posting a Teamtailor job page shows. Job pages carry JobPosting JSON-LD, which wins over this
 * reader. Written against the public markup of Teamtailor career sites as read in 2026-11: the job `h1`
 * and og:site_name naming the employer.
 */
import { meta } from '../../meta';
import type { PostingReader } from '../../types';
import { textOf } from '../shared';

/** Teamtailor's posting fields (sites/posting-readers.ts). */
export const posting: PostingReader = (doc) => ({ title: textOf(doc, 'main h1', 'h1'), company: meta(doc, 'og:site_name') });
