/**
 * Jobteaser (students and graduates). URL shapes handled:
 * - https://www.jobteaser.com/<fr|en|de|…>/job-offers/<uuid or number>-<slug>, also schools' career centres
 *   on <school>.jobteaser.com
 * - listing: https://www.jobteaser.com/fr/job-offers?q=…
 */
import type { SiteDeclaration } from '../../types';
import { LOCALE, UUID } from '../key-parts';

const JOB_PATH = new RegExp(`^${LOCALE}/job-offers/(${UUID}|\\d{3,15})(?:-|/|$)`, 'i');

/** Jobteaser (sites/registry.ts). */
export const site = {
  id: 'jobteaser',
  hosts: /(?:^|\.)jobteaser\.com$/,
  matches: ['https://*.jobteaser.com/*'],
  hints: ['jobteaser.'],
  // /<lang>/job-offers/<uuid or number>-<slug>, also on schools' <school>.jobteaser.com.
  jobId: (url) => JOB_PATH.exec(url.pathname)?.[1]?.toLowerCase() ?? null,
} as const satisfies SiteDeclaration;

/*
 * Fixtures: test/fixtures/pages/jobteaser/offer-fr.html (no structured data, French), search.html (3 cards).
 * Checked 2026-12-01 against public material (each fixture's header names it): offer-locations.html (offer page, `…__Locations`).
 * Live URL shapes:
 *   https://www.jobteaser.com/fr/job-offers/3b1f0c2e-7d4a-4e8b-9c6d-5a4b3c2d1e0f-acme-stage-developpeur-web
 *   https://www.jobteaser.com/en/job-offers/3b1f0c2e-7d4a-4e8b-9c6d-5a4b3c2d1e0f-acme-web-developer-internship
 *   https://www.jobteaser.com/fr/job-offers?q=developpeur&contract=internship
 */
