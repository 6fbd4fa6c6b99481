/**
 * The posting a France Travail offer page shows. Offer pages describe the job in schema.org microdata
 * (`itemtype="http://schema.org/JobPosting"`), which wins over this reader. Checked against public repository material read 2026-12-01 (France Travail scrapers' selectors; test/fixtures/pages/francetravail/detail-popin.html): the offer's
 * `h1#labelPopinDetailsOffre` and the employer block `.media-body h3.t4.title`.
 */
import type { PostingReader } from '../../types';
import { textOf } from '../shared';

/** France Travail's posting fields (sites/posting-readers.ts). */
export const posting: PostingReader = (doc) => ({
  title: textOf(doc, '#labelPopinDetailsOffre', '.modal-details h1', 'h1.title'),
  company: textOf(doc, '.media-body h3.t4.title', '.company-block .title'),
  location: textOf(doc, '[itemprop="jobLocation"] [itemprop="addressLocality"]', 'p.t4.title-complementary'),
});
