/**
 * Teamtailor career sites. URL shapes handled:
 * - https://<company>.teamtailor.com/jobs/<id>-<slug>, /<locale>/jobs/<id>-<slug> (also <company>.na.teamtailor.com)
 * - listing: https://<company>.teamtailor.com/jobs
 * Custom domains (careers.acme.com served by Teamtailor) are not recognised by host: their JSON-LD and
 * meta still apply, keyed by URL.
 */
import type { SiteDeclaration } from '../../types';
import { LOCALE } from '../key-parts';

const JOB_PATH = new RegExp(`^${LOCALE}/jobs/(\\d{1,12})(?:-[^/]*)?(?:/|$)`, 'i');

/** Teamtailor (sites/registry.ts). */
export const site = {
  id: 'teamtailor',
  hosts: /^[a-z0-9-]+\.(?:[a-z]{2}\.)?teamtailor\.com$/,
  matches: ['https://*.teamtailor.com/*'],
  hints: ['teamtailor.'],
  // <company>.teamtailor.com/[<locale>/]jobs/<id>-<slug>: ids are per career site.
  jobId: (url) => {
    const id = JOB_PATH.exec(url.pathname)?.[1];
    return id ? `${url.hostname.split('.')[0]}/${id}` : null;
  },
} as const satisfies SiteDeclaration;

/*
 * Fixtures: test/fixtures/pages/teamtailor/job-fr.html (JSON-LD, French locale path), jobs.html (3 jobs).
 * Live URL shapes:
 *   https://acme.teamtailor.com/jobs/3456789-product-designer
 *   https://acme.teamtailor.com/fr/jobs/3456789-product-designer
 *   https://acme.teamtailor.com/jobs
 */
