/**
 * The site adapters, one file each. Adding a site: its key rule and host pattern in core/site-keys.ts,
 * an adapter here, a fixture under test/fixtures/pages/<site>/ and a row in test/extract/sites.test.ts.
 */
import type { SiteAdapter } from '../types';
import { apec } from './apec';
import { ashby } from './ashby';
import { franceTravail } from './france-travail';
import { glassdoor } from './glassdoor';
import { greenhouse } from './greenhouse';
import { hellowork } from './hellowork';
import { indeed } from './indeed';
import { jobteaser } from './jobteaser';
import { lever } from './lever';
import { linkedin } from './linkedin';
import { monster } from './monster';
import { smartrecruiters } from './smartrecruiters';
import { teamtailor } from './teamtailor';
import { workday } from './workday';
import { wttj } from './wttj';

export const ADAPTERS: readonly SiteAdapter[] = [
  linkedin, indeed, wttj, franceTravail, apec, hellowork, glassdoor, greenhouse, lever, workday,
  smartrecruiters, ashby, teamtailor, jobteaser, monster,
];

export function servesHost(adapter: SiteAdapter, host: string): boolean {
  const h = host.toLowerCase();
  return adapter.hosts instanceof RegExp ? adapter.hosts.test(h) : adapter.hosts.includes(h);
}

/** The adapter for the site serving `url`, or null. */
export function adapterFor(url: URL): SiteAdapter | null {
  return ADAPTERS.find((a) => servesHost(a, url.hostname)) ?? null;
}
