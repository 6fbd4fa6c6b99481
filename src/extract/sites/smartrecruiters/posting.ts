/**
 * The posting a SmartRecruiters job page shows. Job ads are described in schema.org microdata
 * (`itemprop="title"`, `hiringOrganization`, `jobLocation`), which wins over this reader. Written against
 * the public markup of SmartRecruiters job pages as read in 2026-11: `h1.job-title`, the organisation's
 * `meta[itemprop="name"]` and `spl-job-location[formattedaddress]`.
 */
import type { PostingReader } from '../../types';
import { attrOf, textOf } from '../shared';

/** SmartRecruiters' posting fields (sites/posting-readers.ts). */
export const posting: PostingReader = (doc) => ({
  title: textOf(doc, 'h1.job-title'),
  company: attrOf(doc, 'content', '[itemprop="hiringOrganization"] meta[itemprop="name"]'),
  location: attrOf(doc, 'formattedaddress', 'spl-job-location'),
});
