import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isJobSiteUrl, JOB_SITE_MATCHES } from '../../src/extract/sites/matches';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** The manifest build.mjs writes (its writer is a script, so imported untyped). */
const manifestOf = async (target: string, test = false) => {
  const { buildManifest } = await import(new URL('../../scripts/manifest.mjs', import.meta.url).href);
  return buildManifest(root, { target, test });
};

describe('declared job sites', () => {
  it.each(['chrome', 'firefox'])('are exactly the content script matches build.mjs writes for %s (no <all_urls>)', async (target) => {
    const manifest = await manifestOf(target);
    const matches = manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
    expect(matches).toEqual([...JOB_SITE_MATCHES]);
    expect(matches).not.toContain('<all_urls>');
  });

  it('are the host permissions of the test build, with the fixture server', async () => {
    const manifest = await manifestOf('chrome', true);
    expect(manifest.host_permissions).toEqual(['http://127.0.0.1/*', ...JOB_SITE_MATCHES]);
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
