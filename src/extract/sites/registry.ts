/**
 * The registry of job sites. A site is one folder under sites/: its declaration in `site.ts` (id, hosts,
 * match patterns, key rule: no DOM, so every bundle may carry it), its card reader in `cards.ts`
 * (card-readers.ts: the content script's part) and its posting reader in `posting.ts` (posting-readers.ts:
 * the injected extractor's part). Every other list of sites is derived from here: the key rules and link
 * hints (extract/job-key.ts), the match patterns (matches.ts, written into the manifest by build.mjs).
 */
import { site as apec } from './apec/site';
import { site as ashby } from './ashby/site';
import { site as francetravail } from './francetravail/site';
import { site as glassdoor } from './glassdoor/site';
import { site as greenhouse } from './greenhouse/site';
import { site as hellowork } from './hellowork/site';
import { site as indeed } from './indeed/site';
import { site as jobteaser } from './jobteaser/site';
import { site as lever } from './lever/site';
import { site as linkedin } from './linkedin/site';
import { site as monster } from './monster/site';
import { site as smartrecruiters } from './smartrecruiters/site';
import { site as teamtailor } from './teamtailor/site';
import { site as workday } from './workday/site';
import { site as wttj } from './wttj/site';

/** Every site, in the order their hosts are tried. */
export const SITES = [
  linkedin,
  indeed,
  wttj,
  francetravail,
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
] as const;

/** A site's id, the prefix of its job keys. */
export type SiteId = (typeof SITES)[number]['id'];
