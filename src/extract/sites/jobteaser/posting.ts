/**
 * The posting a Jobteaser offer page shows. Written against the site's public structure as described in
 * 2026-11, not checked against live pages: `data-testid` attributes `jobad-DetailView__Heading__title`,
 * `…__Heading__company_name` and `…__CandidacyDetails__Location`.
 */
import type { PostingReader } from '../../types';
import { textOf } from '../shared';

/** Jobteaser's posting fields (sites/posting-readers.ts). */
export const posting: PostingReader = (doc) => ({
  title: textOf(doc, '[data-testid="jobad-DetailView__Heading__title"]'),
  company: textOf(doc, '[data-testid="jobad-DetailView__Heading__company_name"]'),
  location: textOf(doc, '[data-testid="jobad-DetailView__CandidacyDetails__Location"]'),
});
