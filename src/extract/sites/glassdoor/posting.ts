/**
 * The posting a Glassdoor page shows: a job page, or the job open in a search page's details pane.
 * Checked against public repository material read 2026-12-01 (see test/fixtures/pages/glassdoor/): the
 * pane `JobDetails_jobDetailsContainer…` with `header[data-test="job-details-header"]`, the title
 * `h1#jd-job-title-<listing id>` (the pane's own job), `EmployerProfile_employerNameHeading… h4` and
 * `[data-test="location"]`.
 */
import type { PostingReader } from '../../types';
import { textOf } from '../shared';
import { jobKey, jobUrl } from './site';

const PANE = '[class*="JobDetails_jobDetailsContainer"], [data-test="job-details-header"]';
const TITLE = 'h1[id^="jd-job-title-"]';

/** The listing id the pane's title carries, and the result card's own link to it when there is one. */
function paneJob(doc: Document, pane: Element, base: URL): { key: string; url: string } | null {
  const id = /^jd-job-title-(\d{4,20})$/.exec(pane.querySelector(TITLE)?.id ?? '')?.[1];
  if (!id) return null;
  let path = '/job-listing/j.htm';
  try {
    const href = doc.querySelector(`a[href*="jl=${id}"]`)?.getAttribute('href');
    if (href) path = new URL(href, base).pathname;
  } catch {
    // keep the generic path
  }
  const url = jobUrl(base, path, id);
  const key = jobKey(new URL(url));
  return key ? { key, url } : null;
}

/** Glassdoor's posting fields (sites/posting-readers.ts). */
export const posting: PostingReader = (doc, url) => {
  const onJobPage = url.pathname.startsWith('/job-listing/');
  const pane = onJobPage ? null : doc.querySelector(PANE);
  const shown = pane ? paneJob(doc, pane, url) : null;
  const id = jobKey(url)?.slice('glassdoor:'.length);
  const root = pane ?? doc;
  return {
    title: textOf(root, TITLE, '[data-test="job-title"]'),
    company: textOf(
      root,
      '[data-test="employer-name"] h4',
      '[class*="EmployerProfile_employerNameHeading"] h4',
      '[data-test="employer-name"]',
    ),
    location: textOf(root, '[data-test="location"]'),
    url: shown?.url ?? (id && !onJobPage ? jobUrl(url, '/job-listing/j.htm', id) : null),
    key: shown?.key ?? null,
  };
};
