/**
 * The posting a Jobteaser offer page shows. Checked against public repository material read 2026-12-01
 * (Jobteaser scrapers' selectors; see test/fixtures/pages/jobteaser/offer-locations.html): `data-testid`
 * attributes `jobad-DetailView__Heading__title` (an h1), `…__Heading__company_name` (an h2) and
 * `…__CandidacyDetails__Locations` (plural; the singular is kept for older pages).
 */
import type { PostingReader } from '../../types';
import { textOf } from '../shared';

/** Jobteaser's posting fields (sites/posting-readers.ts). */
export const posting: PostingReader = (doc) => ({
  title: textOf(doc, '[data-testid="jobad-DetailView__Heading__title"]'),
  company: textOf(doc, '[data-testid="jobad-DetailView__Heading__company_name"]'),
  location: textOf(
    doc,
    '[data-testid="jobad-DetailView__CandidacyDetails__Locations"]',
    '[data-testid="jobad-DetailView__CandidacyDetails__Location"]',
  ),
});
