/**
 * Greenhouse. URL shapes handled:
 * - https://job-boards.greenhouse.io/<board>/jobs/<id> (current boards), https://boards.greenhouse.io/<board>/jobs/<id>
 *   (classic boards), the .eu. variants, and /embed/job_app?for=<board>&token=<id>
 * - an employer's own careers page embedding the board with ?gh_jid=<id> (any host, see `embed`; the
 *   posting itself is in Greenhouse's iframe, so only the page's own layers apply)
 * - listings: https://job-boards.greenhouse.io/<board>, https://boards.greenhouse.io/<board>
 */
import type { SiteDeclaration } from '../../types';
import { digits, param } from '../key-parts';

const embedId = (value: string | null) => digits(value, 4);

/** Greenhouse (sites/registry.ts). */
export const site = {
  id: 'greenhouse',
  hosts: /(?:^|\.)greenhouse\.io$/,
  matches: ['https://boards.greenhouse.io/*', 'https://job-boards.greenhouse.io/*', 'https://job-boards.eu.greenhouse.io/*'],
  hints: ['greenhouse.io'],
  // Job ids are global across Greenhouse, so the board is left out: the board page and the employer's
  // page embedding it (?gh_jid=) then give the same key.
  jobId: (url) =>
    /\/jobs\/(\d{4,20})(?:\/|$)/.exec(url.pathname)?.[1] ??
    (/\/embed\/job_app/.test(url.pathname) ? digits(param(url, 'token'), 4) : null) ??
    embedId(param(url, 'gh_jid')),
  embed: { param: 'gh_jid', id: embedId },
} as const satisfies SiteDeclaration;

/*
 * Fixtures: test/fixtures/pages/greenhouse/job.html (current board, JSON-LD), classic-job.html (classic
 * board, no structured data), board.html (current board listing, 3 jobs), embedded.html (employer page
 * with ?gh_jid=).
 * Live URL shapes:
 *   https://job-boards.greenhouse.io/acme/jobs/4012345006
 *   https://boards.greenhouse.io/acme/jobs/4012345006?gh_src=…
 *   https://boards.greenhouse.io/embed/job_app?for=acme&token=4012345006
 *   https://www.acme.com/careers/?gh_jid=4012345006
 */
