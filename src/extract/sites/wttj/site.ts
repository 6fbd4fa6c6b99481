/**
 * Welcome to the Jungle. URL shapes handled:
 * - https://www.welcometothejungle.com/<fr|en|es|cs|sk>/companies/<company>/jobs/<job-slug>[?q=…&o=…]
 * - listings: /<lang>/jobs?query=…&refinementList…, /<lang>/companies/<company>/jobs
 */
import type { SiteDeclaration } from '../../types';
import { LOCALE, slug } from '../key-parts';

const JOB_PATH = new RegExp(`^${LOCALE}/companies/([^/]+)/jobs/([^/]+)`, 'i');

/** Welcome to the Jungle (sites/registry.ts). */
export const site = {
  id: 'wttj',
  hosts: /(?:^|\.)welcometothejungle\.(?:com|co)$/,
  matches: ['https://*.welcometothejungle.com/*'],
  hints: ['welcometothejungle.'],
  // /<lang>/companies/<company>/jobs/<job-slug>: the slug alone is not unique across companies.
  jobId: (url) => {
    const m = JOB_PATH.exec(url.pathname);
    const company = slug(m?.[1]);
    const job = slug(m?.[2]);
    return company && job ? `${company}/${job}` : null;
  },
} as const satisfies SiteDeclaration;

/*
 * Fixtures: test/fixtures/pages/wttj/job-fr.html (JSON-LD posting, French), job-no-jsonld-en.html (same
 * job in English without structured data, read from the markup), search-fr.html (5 result cards).
 * Checked 2026-12-01 against public material (each fixture's header names it): job-metadata-fr.html (job page without JSON-LD, two cities).
 * Live URL shapes:
 *   https://www.welcometothejungle.com/fr/companies/alan/jobs/software-engineer-backend_paris
 *   https://www.welcometothejungle.com/en/companies/alan/jobs/software-engineer-backend_paris?q=…&o=…
 *   https://www.welcometothejungle.com/fr/jobs?query=developpeur&refinementList%5Boffices.country_code%5D%5B%5D=FR
 */
