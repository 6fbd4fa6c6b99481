/**
 * The posting a Welcome to the Jungle job page shows. Job pages carry JobPosting JSON-LD, which wins
 * over this reader. Checked against public repository material read 2026-12-01 (WTTJ scrapers' selectors; test/fixtures/pages/wttj/job-metadata-fr.html): `[data-testid="job-metadata-block"]` with the company link, the title `h2` and an
 * `i[name="location"]` icon before the place.
 */
import type { PostingReader } from '../../types';
import { textOf } from '../shared';

/** Welcome to the Jungle's posting fields (sites/posting-readers.ts). */
export const posting: PostingReader = (doc) => {
  const block = doc.querySelector('[data-testid="job-metadata-block"]');
  if (!block) return {};
  return {
    title: textOf(block, 'h2', 'h1'),
    company: textOf(block, 'a[href*="/companies/"] span', 'a[href*="/companies/"]'),
    location: textOf(block, 'i[name="location"] + span', 'i[name="location"] + *'),
  };
};
