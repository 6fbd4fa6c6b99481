/**
 * The posting an Indeed page shows: a view page, or the job open in a search page's right-hand pane.
 * Checked against public repository material read 2026-12-01 (see test/fixtures/pages/indeed/): the
 * `jobsearch-JobInfoHeader-title` header (an h1 on view pages, an h2 in the pane, also
 * `simpler-jobTitle`), `data-testid="inlineHeader-companyName"` and `inlineHeader-companyLocation`; in a
 * search page's pane (`#jobsearch-ViewjobPaneWrapper` in `.jobsearch-RightPane`), the job's own key in the
 * company link's `fromjk=` or an element's `data-jk`, else the highlighted result card (`.vjs-highlight`).
 */
import type { PostingReader } from '../../types';
import { textOf } from '../shared';
import { jobKey, viewUrl } from './site';

/** The header title ends with a visually hidden " - job post" ("- offre d'emploi", "- Stellenanzeige"). */
const HIDDEN_SUFFIX = /\s*-\s*(?:job post|offre d[’']emploi|stellenanzeige|oferta de empleo)\s*$/i;
const PANE = '#jobsearch-ViewjobPaneWrapper, .jobsearch-RightPane';

/** The key of the job open in a search page's pane, from its own markup, or null. */
function paneKey(pane: Element, host: string): string | null {
  const candidates = [
    ...Array.from(pane.querySelectorAll('a[href*="jk="]'), (a) => /[?&](?:from)?jk=([0-9a-z]+)/i.exec(a.getAttribute('href') ?? '')?.[1]),
    pane.querySelector('[data-jk]')?.getAttribute('data-jk'),
    pane.ownerDocument.querySelector('.vjs-highlight [data-jk], .vjs-highlight[data-jk]')?.getAttribute('data-jk'),
  ];
  for (const jk of candidates.slice(0, 20)) {
    const key = jk ? jobKey(new URL(viewUrl(host, encodeURIComponent(jk.trim())))) : null;
    if (key) return key;
  }
  return null;
}

/** Indeed's posting fields (sites/posting-readers.ts). */
export const posting: PostingReader = (doc, url) => {
  const pane = /\/viewjob$/.test(url.pathname) ? null : doc.querySelector(PANE);
  const root = pane ?? doc;
  const key = (pane ? paneKey(pane, url.hostname) : null) ?? jobKey(url);
  const jk = key?.slice('indeed:'.length);
  const title = textOf(
    root,
    '[data-testid="jobsearch-JobInfoHeader-title"]',
    '.jobsearch-JobInfoHeader-title',
    '[data-testid="simpler-jobTitle"]',
  );
  return {
    title: title?.replace(HIDDEN_SUFFIX, '') ?? null,
    company: textOf(
      root,
      '[data-testid="inlineHeader-companyName"] a',
      '[data-testid="inlineHeader-companyName"]',
      '[data-company-name="true"]',
    ),
    location: textOf(
      root,
      '[data-testid="inlineHeader-companyLocation"]',
      '[data-testid="jobsearch-JobInfoHeader-companyLocation"]',
      '[data-testid="job-location"]',
      '#jobLocationText',
    ),
    url: jk && !/\/viewjob$/.test(url.pathname) ? viewUrl(url.hostname, jk) : null,
    key: pane ? key : null,
  };
};
