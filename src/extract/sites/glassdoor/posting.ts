/**
 * The posting a Glassdoor job page shows. Written against the public markup of Glassdoor's job pages as
 * read in 2026-11: the details header `h1[id^="jd-job-title-"]`, `[data-test="employer-name"]` and
 * `[data-test="location"]`.
 */
import type { PostingReader } from '../../types';
import { textOf } from '../shared';
import { jobKey, jobUrl } from './site';

/** Glassdoor's posting fields (sites/posting-readers.ts). */
export const posting: PostingReader = (doc, url) => {
  const id = jobKey(url)?.slice('glassdoor:'.length);
  return {
    title: textOf(doc, 'h1[id^="jd-job-title-"]', '[data-test="job-title"]'),
    company: textOf(
      doc,
      '[data-test="employer-name"] h4',
      '[class*="EmployerProfile_employerNameHeading"] h4',
      '[data-test="employer-name"]',
    ),
    location: textOf(doc, '[data-test="location"]'),
    url: id && !url.pathname.startsWith('/job-listing/') ? jobUrl(url, '/job-listing/j.htm', id) : null,
  };
};
