/**
 * The job cards of Glassdoor's search pages. Written against the public markup of Glassdoor's search
 * pages as read in 2026-11: results as `li[data-test="jobListing"]` carrying `data-jobid`, with
 * `a[data-test="job-title"]` and an `EmployerProfile_compactEmployerName…` span.
 */
import { plainText } from '../../clean';
import type { CardReader } from '../../types';
import { collectCards, textOf } from '../shared';
import { jobKey, jobUrl } from './site';

/** Search results. */
export const cards: CardReader = ({ doc, url: base }) =>
  collectCards(doc, 'li[data-test="jobListing"], li[data-jobid]', (el) => {
    const link = el.querySelector('a[data-test="job-title"], a[href*="jl="]');
    let path = '/job-listing/j.htm';
    try {
      path = new URL(link?.getAttribute('href') ?? '', base).pathname;
    } catch {
      // keep the generic path
    }
    const id = (el.getAttribute('data-jobid') ?? '').trim();
    const url = jobUrl(base, path, encodeURIComponent(id));
    const key = jobKey(new URL(url));
    if (!key) return null;
    return {
      url,
      jobKey: key,
      text: () => ({
        title: plainText(link),
        company: textOf(el, '[class*="EmployerProfile_compactEmployerName"]', '[data-test="employer-short-name"]', '.employer-name'),
      }),
    };
  });
