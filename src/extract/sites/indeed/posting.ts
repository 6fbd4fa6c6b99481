/**
 * The posting an Indeed job page shows. Written against the public markup of Indeed's view pages as
 * read in 2026-11: the `jobsearch-JobInfoHeader-title` header with `data-testid="inlineHeader-companyName"`
 * and `inlineHeader-companyLocation`.
 */
import type { PostingReader } from '../../types';
import { textOf } from '../shared';
import { jobKey, viewUrl } from './site';

/** The header title ends with a visually hidden " - job post" ("- offre d'emploi", "- Stellenanzeige"). */
const HIDDEN_SUFFIX = /\s*-\s*(?:job post|offre d[’']emploi|stellenanzeige|oferta de empleo)\s*$/i;

/** Indeed's posting fields (sites/posting-readers.ts). */
export const posting: PostingReader = (doc, url) => {
  const jk = jobKey(url)?.slice('indeed:'.length);
  const title = textOf(doc, '[data-testid="jobsearch-JobInfoHeader-title"]', '.jobsearch-JobInfoHeader-title');
  return {
    title: title?.replace(HIDDEN_SUFFIX, '') ?? null,
    company: textOf(
      doc,
      '[data-testid="inlineHeader-companyName"] a',
      '[data-testid="inlineHeader-companyName"]',
      '[data-company-name="true"]',
    ),
    location: textOf(
      doc,
      '[data-testid="inlineHeader-companyLocation"]',
      '[data-testid="jobsearch-JobInfoHeader-companyLocation"]',
      '[data-testid="job-location"]',
      '#jobLocationText',
    ),
    url: jk && !/\/viewjob$/.test(url.pathname) ? viewUrl(url.hostname, jk) : null,
  };
};
