/**
 * Lever. URL shapes handled:
 * - https://jobs.lever.co/<company>/<uuid>, /<uuid>/apply, and jobs.eu.lever.co
 * - listing: https://jobs.lever.co/<company>[?team=…&location=…]
 */
import type { SiteDeclaration } from '../../types';
import { COMPANY_UUID, uuid } from '../key-parts';

/** Lever (sites/registry.ts). */
export const site = {
  id: 'lever',
  hosts: /^jobs(?:\.eu)?\.lever\.co$/,
  matches: ['https://jobs.lever.co/*', 'https://jobs.eu.lever.co/*'],
  hints: ['lever.co'],
  // /<company>/<uuid>, /<company>/<uuid>/apply. Posting UUIDs are global.
  jobId: (url) => uuid(COMPANY_UUID.exec(url.pathname)?.[1] ?? null),
} as const satisfies SiteDeclaration;

/*
 * Fixtures: test/fixtures/pages/lever/posting.html (no structured data), list.html (3 postings).
 * Live URL shapes:
 *   https://jobs.lever.co/acme/7c1e4b52-93a8-4d0f-b6e1-2f9a0c3d4e5f
 *   https://jobs.lever.co/acme/7c1e4b52-93a8-4d0f-b6e1-2f9a0c3d4e5f/apply
 *   https://jobs.eu.lever.co/acme?team=Engineering
 */
