/**
 * Ashby. URL shapes handled:
 * - https://jobs.ashbyhq.com/<company>/<uuid>, /<uuid>/application
 * - an employer's own page embedding the board with ?ashby_jid=<uuid> (any host, see `embed`)
 * - listing: https://jobs.ashbyhq.com/<company>
 */
import type { SiteDeclaration } from '../../types';
import { COMPANY_UUID, param, uuid } from '../key-parts';

/** Ashby (sites/registry.ts). */
export const site = {
  id: 'ashby',
  hosts: /^jobs\.ashbyhq\.com$/,
  matches: ['https://jobs.ashbyhq.com/*'],
  hints: ['ashbyhq.'],
  // /<company>/<uuid>, /<company>/<uuid>/application. UUIDs are global; ?ashby_jid= embeds match too.
  jobId: (url) => uuid(COMPANY_UUID.exec(url.pathname)?.[1] ?? null) ?? uuid(param(url, 'ashby_jid')),
  embed: { param: 'ashby_jid', id: uuid },
} as const satisfies SiteDeclaration;

/*
 * Fixtures: test/fixtures/pages/ashby/job.html (JSON-LD with @graph and an @id reference), board.html
 * (3 job links).
 * Live URL shapes:
 *   https://jobs.ashbyhq.com/acme/2f8e6a1c-5b3d-4e7f-9a0b-1c2d3e4f5a6b
 *   https://jobs.ashbyhq.com/acme/2f8e6a1c-5b3d-4e7f-9a0b-1c2d3e4f5a6b/application
 *   https://www.acme.com/careers?ashby_jid=2f8e6a1c-5b3d-4e7f-9a0b-1c2d3e4f5a6b
 */
