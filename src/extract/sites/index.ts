/**
 * The site adapters, one file each. Adding a site: its key rule and host pattern in core/site-keys.ts,
 * an adapter here and its posting reader in POSTING_READERS, a fixture under test/fixtures/pages/<site>/
 * and a row in test/extract/sites.test.ts.
 */
import type { SiteId } from '../../core/site-keys';
import type { PostingReader, SiteAdapter } from '../types';
import { apec, apecPosting } from './apec';
import { ashby, ashbyPosting } from './ashby';
import { franceTravail, franceTravailPosting } from './france-travail';
import { glassdoor, glassdoorPosting } from './glassdoor';
import { greenhouse, greenhousePosting } from './greenhouse';
import { hellowork, helloworkPosting } from './hellowork';
import { indeed, indeedPosting } from './indeed';
import { jobteaser, jobteaserPosting } from './jobteaser';
import { lever, leverPosting } from './lever';
import { linkedin, linkedinPosting } from './linkedin';
import { monster, monsterPosting } from './monster';
import { smartrecruiters, smartrecruitersPosting } from './smartrecruiters';
import { teamtailor, teamtailorPosting } from './teamtailor';
import { workday, workdayPosting } from './workday';
import { wttj, wttjPosting } from './wttj';

export const ADAPTERS: readonly SiteAdapter[] = [
  linkedin,
  indeed,
  wttj,
  franceTravail,
  apec,
  hellowork,
  glassdoor,
  greenhouse,
  lever,
  workday,
  smartrecruiters,
  ashby,
  teamtailor,
  jobteaser,
  monster,
];

/**
 * Each site's reader of the posting its pages show (extractPosting's "site" layer), by site. Apart from
 * ADAPTERS so that a bundle needing only cards (the content script) leaves them out.
 */
export const POSTING_READERS: Readonly<Record<SiteId, PostingReader>> = {
  linkedin: linkedinPosting,
  indeed: indeedPosting,
  wttj: wttjPosting,
  francetravail: franceTravailPosting,
  apec: apecPosting,
  hellowork: helloworkPosting,
  glassdoor: glassdoorPosting,
  greenhouse: greenhousePosting,
  lever: leverPosting,
  workday: workdayPosting,
  smartrecruiters: smartrecruitersPosting,
  ashby: ashbyPosting,
  teamtailor: teamtailorPosting,
  jobteaser: jobteaserPosting,
  monster: monsterPosting,
};

export function servesHost(adapter: SiteAdapter, host: string): boolean {
  const h = host.toLowerCase();
  return adapter.hosts instanceof RegExp ? adapter.hosts.test(h) : adapter.hosts.includes(h);
}

/** The adapter for the site serving `url`, or null. */
export function adapterFor(url: URL): SiteAdapter | null {
  return ADAPTERS.find((a) => servesHost(a, url.hostname)) ?? null;
}
