/**
 * Indeed, every country site (www.indeed.com, fr.indeed.com, indeed.fr / www.indeed.fr, uk.indeed.com,
 * indeed.co.uk, de.indeed.com…). URL shapes handled:
 * - /viewjob?jk=<jk>, /m/viewjob?jk=<jk>, /applystart?jk=<jk>, /cmp/<company>/jobs?jk=<jk>
 * - /rc/clk?jk=<jk>&… (the search results' tracking redirect); /pagead/clk ad redirects carry no jk
 * - /jobs?q=…&vjk=<jk>, /emplois?q=…&vjk=<jk>, /q-<query>-emplois.html?vjk=<jk>: the job selected in
 *   the search page's right pane
 * Built from Indeed's public markup as I know it: the `jobsearch-JobInfoHeader-title` header with
 * `data-testid="inlineHeader-companyName"` / `inlineHeader-companyLocation`, and result cards as
 * `.job_seen_beacon` blocks holding `a.jcs-JobTitle[data-jk]`, `[data-testid="company-name"]` and
 * `[data-testid="text-location"]`.
 */
import { SITE_HOSTS, siteJobKey } from '../../core/site-keys';
import { plainText, type Found } from '../clean';
import type { PostingReader, SiteAdapter } from '../types';
import { collectCards, textOf } from './shared';

const jobKey = (url: URL) => siteJobKey('indeed', url);
/** The header title ends with a visually hidden " - job post" ("- offre d'emploi", "- Stellenanzeige"). */
const HIDDEN_SUFFIX = /\s*-\s*(?:job post|offre d[’']emploi|stellenanzeige|oferta de empleo)\s*$/i;

function viewUrl(host: string, jk: string): string {
  return `https://${SITE_HOSTS.indeed.test(host) ? host : 'www.indeed.com'}/viewjob?jk=${jk}`;
}

function extract(doc: Document, url: URL): Found {
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
}

function cards(doc: Document, base: URL) {
  return collectCards(doc, 'a[data-jk]', (link) => {
    const jk = link.getAttribute('data-jk') ?? '';
    const url = viewUrl(base.hostname, encodeURIComponent(jk.trim()));
    const key = jobKey(new URL(url));
    if (!key) return null;
    const card = link.closest('.job_seen_beacon, .cardOutline, li') ?? link;
    return {
      url,
      jobKey: key,
      element: card,
      text: () => ({
        title: link.querySelector('span[title]')?.getAttribute('title') ?? plainText(link),
        company: textOf(card, '[data-testid="company-name"]', '.companyName'),
      }),
    };
  });
}

export const indeed: SiteAdapter = { id: 'indeed', hosts: SITE_HOSTS.indeed, jobKey, cards };
/** The posting a page of this site shows (sites/index.ts POSTING_READERS). */
export const indeedPosting: PostingReader = extract;

/*
 * Fixtures: test/fixtures/pages/indeed/viewjob-fr.html (fr.indeed.com view page, French),
 * search.html (www.indeed.com results with the selected job's pane).
 * Live URL shapes:
 *   https://fr.indeed.com/viewjob?jk=5f2b8c0d9e1a3b47
 *   https://www.indeed.fr/viewjob?jk=5f2b8c0d9e1a3b47 (redirects to fr.indeed.com)
 *   https://www.indeed.com/jobs?q=frontend&l=Remote&vjk=5f2b8c0d9e1a3b47
 *   https://fr.indeed.com/rc/clk?jk=5f2b8c0d9e1a3b47&bb=…&xkcb=…
 */
