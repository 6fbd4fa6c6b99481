/**
 * Monster (monster.com, monster.fr, monster.co.uk…). URL shapes handled:
 * - https://www.monster.com/job-openings/<slug>--<uuid>
 * - search with the selected job: https://www.monster.com/jobs/search?q=…&where=…&id=<uuid>
 * - older offer pages: /v2/job/View?JobID=<number>
 */
import type { SiteDeclaration } from '../../types';
import { ANY_TLD, digits, param, siteJobKey, UUID, uuid } from '../key-parts';

const JOB_PATH = new RegExp(`/job-openings/(?:[^/]*-)?(${UUID})(?:/|$)`, 'i');

/** Monster (sites/registry.ts). */
export const site = {
  id: 'monster',
  hosts: new RegExp(String.raw`(?:^|\.)monster\.${ANY_TLD}$`),
  matches: ['https://*.monster.com/*', 'https://*.monster.fr/*'],
  hints: ['monster.'],
  // /job-openings/<slug>--<uuid>, search pages' selected job ?id=<uuid>, older /v2/job/View?JobID=<n>.
  jobId: (url) => uuid(JOB_PATH.exec(url.pathname)?.[1] ?? null) ?? uuid(param(url, 'jobid', 'id')) ?? digits(param(url, 'jobid'), 4),
} as const satisfies SiteDeclaration;

/** The key of the Monster job `url` shows, or null. */
export const jobKey = (url: URL) => siteJobKey(site, url);

/*
 * Fixtures: test/fixtures/pages/monster/job.html (job view, broken JSON-LD), search.html (3 cards).
 * Checked 2026-12-01 against public material (each fixture's header names it): search-cards.html (svx_jobCard results).
 * Live URL shapes:
 *   https://www.monster.com/job-openings/registered-nurse-boston-ma--8c0b1e2a-3d4f-4a5b-9c6d-7e8f9a0b1c2d
 *   https://www.monster.com/jobs/search?q=nurse&where=Boston%2C+MA&id=8c0b1e2a-3d4f-4a5b-9c6d-7e8f9a0b1c2d
 */
