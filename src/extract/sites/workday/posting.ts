/**
 * The posting a Workday job page shows. Job pages carry JobPosting JSON-LD (title, hiringOrganization,
 * place), which wins over this reader. Written against the public markup of Workday career sites as read
 * in 2026-11: `data-automation-id` attributes `jobPostingHeader` and `locations` with a `dd`.
 */
import type { PostingReader } from '../../types';
import { textOf } from '../shared';

/** Workday's posting fields (sites/posting-readers.ts). */
export const posting: PostingReader = (doc) => ({
  title: textOf(doc, '[data-automation-id="jobPostingHeader"]'),
  location: textOf(doc, '[data-automation-id="jobPostingPage"] [data-automation-id="locations"] dd', '[data-automation-id="locations"] dd'),
});
