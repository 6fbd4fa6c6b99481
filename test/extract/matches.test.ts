import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isJobSiteUrl, JOB_SITE_MATCHES } from '../../src/extract/sites/matches';

const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'));

describe('declared job sites', () => {
  it('are exactly the content script matches of the manifest (no <all_urls>)', () => {
    const matches = manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
    expect([...matches].sort()).toEqual([...JOB_SITE_MATCHES].sort());
    expect(matches).not.toContain('<all_urls>');
  });

  it.each([
    ['https://www.linkedin.com/jobs/view/123/', true],
    ['https://fr.linkedin.com/jobs/search/?currentJobId=1', true],
    ['https://www.linkedin.com/feed/', false],
    ['https://linkedin.com.evil.test/jobs/', false],
    ['http://www.linkedin.com/jobs/view/1', false],
    ['https://fr.indeed.com/viewjob?jk=abc', true],
    ['https://www.indeed.fr/emplois', true],
    ['https://acme.wd3.myworkdayjobs.com/en-US/careers/job/Paris/Dev_R123', true],
    ['https://candidat.francetravail.fr/offres/recherche/detail/123ABC', true],
    ['https://candidat.francetravail.fr/espacepersonnel/', false],
    ['https://example.com/jobs/1', false],
  ])('%s → %s', (url, expected) => {
    expect(isJobSiteUrl(url)).toBe(expected);
  });
});
