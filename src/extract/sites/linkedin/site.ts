/**
 * LinkedIn. URL shapes handled:
 * - https://www.linkedin.com/jobs/view/<id>/ (signed in), https://fr.linkedin.com/jobs/view/<title>-at-<company>-<id>
 *   (signed-out "guest" pages, any locale subdomain), /comm/jobs/view/<id> (e-mail links)
 * - /jobs/search/?currentJobId=<id>&keywords=…, /jobs/collections/<name>/?currentJobId=<id>: the job selected
 *   in the search page's detail pane
 */
import type { SiteDeclaration } from '../../types';
import { digits, param, siteJobKey } from '../key-parts';

/** LinkedIn (sites/registry.ts). */
export const site = {
  id: 'linkedin',
  hosts: /(?:^|\.)linkedin\.com$/,
  matches: ['https://*.linkedin.com/jobs/*'],
  hints: ['linkedin.'],
  // /jobs/view/<id>, /jobs/view/<title-at-company>-<id> (guest pages), /comm/jobs/view/<id> (e-mails),
  // /jobs-guest/jobs/api/jobPosting/<id>, and any page with the selected job in currentJobId.
  // A bare id may be short; one after a slug must be long, or "…/jobs/view/engineer-level-2" would match.
  jobId: (url) =>
    /\/jobs\/view\/(?:(\d{1,20})|[^/]*-(\d{5,20}))(?:\/|$)/.exec(url.pathname)?.slice(1).find(Boolean) ??
    /\/jobs-guest\/jobs\/api\/jobPosting\/(\d{1,20})(?:\/|$)/.exec(url.pathname)?.[1] ??
    digits(param(url, 'currentJobId')),
} as const satisfies SiteDeclaration;

/** The key of the LinkedIn job `url` shows, or null. */
export const jobKey = (url: URL) => siteJobKey(site, url);
/** A job's own page. */
export const viewUrl = (id: string) => `https://www.linkedin.com/jobs/view/${id}`;
/** The key of the job with this numeric id: what `jobKey(viewUrl(id))` gives, without parsing a URL per card. */
export const keyOfId = (id: string) => `${site.id}:${id}`;

/*
 * Fixtures: test/fixtures/pages/linkedin/view.html (signed-in view page), guest-view-fr.html (guest page,
 * French, JSON-LD), search-selected.html (search page with the selected job's pane), search-20.html
 * (20 result cards, used by the end-to-end tests), guest-search.html (signed-out search results).
 * Checked 2026-12-01 against public material (each fixture's header names it): search-pane.html (signed-in search, job open in the pane, no currentJobId), view-signed-in-remote.html (signed-in view, remote).
 * Live URL shapes:
 *   https://www.linkedin.com/jobs/view/3912345678/
 *   https://fr.linkedin.com/jobs/view/developpeur-backend-at-acme-3912345678
 *   https://www.linkedin.com/jobs/search/?currentJobId=3912345678&keywords=backend
 *   https://www.linkedin.com/jobs/collections/recommended/?currentJobId=3912345678
 *   https://www.linkedin.com/comm/jobs/view/3912345678/?trackingId=…
 */
