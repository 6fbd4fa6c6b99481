/**
 * Indeed, every country site (www.indeed.com, fr.indeed.com, indeed.fr / www.indeed.fr, uk.indeed.com,
 * indeed.co.uk, de.indeed.com…). URL shapes handled:
 * - /viewjob?jk=<jk>, /m/viewjob?jk=<jk>, /applystart?jk=<jk>, /cmp/<company>/jobs?jk=<jk>
 * - /rc/clk?jk=<jk>&… (the search results' tracking redirect); /pagead/clk ad redirects carry no jk
 * - /jobs?q=…&vjk=<jk>, /emplois?q=…&vjk=<jk>, /q-<query>-emplois.html?vjk=<jk>: the job selected in
 *   the search page's right pane
 */
import type { SiteDeclaration } from '../../types';
import { ANY_TLD, param, siteJobKey } from '../key-parts';

/** Indeed (sites/registry.ts). */
export const site = {
  id: 'indeed',
  hosts: new RegExp(String.raw`(?:^|\.)indeed\.${ANY_TLD}$`),
  matches: [
    'https://*.indeed.com/*',
    'https://*.indeed.fr/*',
    'https://*.indeed.co.uk/*',
    'https://*.indeed.de/*',
    'https://*.indeed.ca/*',
  ],
  hints: ['indeed.'],
  // viewjob?jk=, rc/clk?jk= (tracking redirect), applystart?jk=, and search pages' selected job vjk=.
  jobId: (url) => {
    const jk = param(url, 'jk') ?? param(url, 'vjk');
    return jk && /^[0-9a-z]{8,40}$/i.test(jk) ? jk.toLowerCase() : null;
  },
} as const satisfies SiteDeclaration;

/** The key of the Indeed job `url` shows, or null. */
export const jobKey = (url: URL) => siteJobKey(site, url);

/** A job's own page, on the country site of `host` when it is one. */
export function viewUrl(host: string, jk: string): string {
  return `https://${site.hosts.test(host) ? host : 'www.indeed.com'}/viewjob?jk=${jk}`;
}

/*
 * Fixtures: test/fixtures/pages/indeed/viewjob-fr.html (fr.indeed.com view page, French),
 * search.html (www.indeed.com results with the selected job's pane).
 * Checked 2026-12-01 against public material (each fixture's header names it): search-pane.html (search page, job open in the pane, no vjk).
 * Live URL shapes:
 *   https://fr.indeed.com/viewjob?jk=5f2b8c0d9e1a3b47
 *   https://www.indeed.fr/viewjob?jk=5f2b8c0d9e1a3b47 (redirects to fr.indeed.com)
 *   https://www.indeed.com/jobs?q=frontend&l=Remote&vjk=5f2b8c0d9e1a3b47
 *   https://fr.indeed.com/rc/clk?jk=5f2b8c0d9e1a3b47&bb=…&xkcb=…
 */
