import { describe, expect, it } from 'vitest';
import { canonicalUrl, jobKeyFor, normalizedUrls, TRACKING_PARAMS } from '../../src/core/job-key';
import { LIMITS } from '../../src/core/types';

describe('canonicalUrl', () => {
  it.each([
    ['fragment', 'https://jobs.example.com/offer/42#apply', 'https://jobs.example.com/offer/42'],
    ['utm_*', 'https://a.test/j/1?utm_source=x&utm_medium=mail&UTM_Campaign=c', 'https://a.test/j/1'],
    ['utm_* among real params', 'https://a.test/j?utm_source=x&id=7', 'https://a.test/j?id=7'],
    ['click ids', 'https://a.test/j/1?fbclid=a&gclid=b&msclkid=c&dclid=d&igshid=e', 'https://a.test/j/1'],
    ['mail tools', 'https://a.test/j/1?mc_cid=1&mc_eid=2&_hsenc=3&_hsmi=4', 'https://a.test/j/1'],
    [
      'LinkedIn tracking',
      'https://www.linkedin.com/jobs/view/123/?refId=a&trackingId=b&trk=c&trkInfo=d&lipi=e&originalSubdomain=fr',
      'https://www.linkedin.com/jobs/view/123',
    ],
    ['ref, src, source', 'https://a.test/j/1?ref=hn&src=tw&source=feed', 'https://a.test/j/1'],
    ['default https port', 'https://a.test:443/j/1', 'https://a.test/j/1'],
    ['default http port', 'http://a.test:80/j/1', 'http://a.test/j/1'],
    ['other port kept', 'https://a.test:8443/j/1', 'https://a.test:8443/j/1'],
    ['trailing slash', 'https://a.test/jobs/42/', 'https://a.test/jobs/42'],
    ['several trailing slashes', 'https://a.test/jobs/42///', 'https://a.test/jobs/42'],
    ['root keeps its slash', 'https://a.test/', 'https://a.test/'],
    ['root without slash', 'https://a.test', 'https://a.test/'],
    ['host case', 'https://JOBS.Example.COM/Offer/42', 'https://jobs.example.com/Offer/42'],
    ['param order', 'https://a.test/j?b=2&a=1&c=3', 'https://a.test/j?a=1&b=2&c=3'],
    ['repeated names keep their order', 'https://a.test/j?t=2&a=1&t=1', 'https://a.test/j?a=1&t=2&t=1'],
    ['value encoding kept', 'https://a.test/j?q=front%20end', 'https://a.test/j?q=front%20end'],
    ['empty query dropped', 'https://a.test/j?', 'https://a.test/j'],
    ['empty pieces dropped', 'https://a.test/j?&&a=1&', 'https://a.test/j?a=1'],
    ['credentials dropped', 'https://user:pw@a.test/j', 'https://a.test/j'],
    ['surrounding spaces', '  https://a.test/j  ', 'https://a.test/j'],
  ])('%s', (_name, raw, expected) => {
    expect(canonicalUrl(raw)).toBe(expected);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<p>hi</p>'],
    ['chrome:', 'chrome://extensions/'],
    ['chrome-extension:', 'chrome-extension://abc/popup.html'],
    ['file:', 'file:///etc/passwd'],
    ['ftp:', 'ftp://a.test/j'],
    ['relative', '/jobs/42'],
    ['garbage', 'not a url'],
    ['empty', ''],
  ])('rejects %s', (_name, raw) => {
    expect(canonicalUrl(raw)).toBeNull();
  });

  it('caps the length', () => {
    const base = 'https://a.test/';
    expect(canonicalUrl(base + 'x'.repeat(LIMITS.url - base.length))).toHaveLength(LIMITS.url);
    expect(canonicalUrl(base + 'x'.repeat(LIMITS.url - base.length + 1))).toBeNull();
    expect(canonicalUrl(base + 'x'.repeat(1_000_000))).toBeNull();
  });

  it('measures the cap after dropping tracking parameters', () => {
    const long = `https://a.test/j?utm_content=${'x'.repeat(LIMITS.url)}`;
    expect(canonicalUrl(long)).toBe('https://a.test/j');
  });

  it('is idempotent', () => {
    const once = canonicalUrl('https://A.test:443/j/?b=1&utm_x=2&a=%20#f');
    expect(once).toBe('https://a.test/j?a=%20&b=1');
    expect(canonicalUrl(once!)).toBe(once);
  });

  it('exports its tracking list in lower case', () => {
    for (const p of TRACKING_PARAMS) expect(p).toBe(p.toLowerCase());
  });
});

describe('jobKeyFor', () => {
  const page = 'https://board.test/view/9?utm_source=mail#top';
  it.each([
    ['page URL alone', page, undefined, 'https://board.test/view/9'],
    ['canonical preferred', page, 'https://Employer.test/jobs/9/', 'https://employer.test/jobs/9'],
    ['null canonical', page, null, 'https://board.test/view/9'],
    ['empty canonical', page, '', 'https://board.test/view/9'],
    ['invalid canonical falls back', page, 'not a url', 'https://board.test/view/9'],
    ['relative canonical falls back', page, '/jobs/9', 'https://board.test/view/9'],
    ['javascript: canonical falls back', page, 'javascript:alert(1)', 'https://board.test/view/9'],
    ['invalid page, valid canonical', 'chrome://newtab', 'https://a.test/j', 'https://a.test/j'],
    ['nothing valid', 'chrome://newtab', 'data:,x', null],
  ])('%s', (_name, pageUrl, canonical, expected) => {
    expect(jobKeyFor(pageUrl, canonical)).toBe(expected);
  });
});

describe('normalizedUrls', () => {
  it.each([
    ['both', 'https://a.test/j?trk=1', 'https://b.test/j/', ['https://a.test/j', 'https://b.test/j']],
    ['duplicates merged', 'https://a.test/j#x', 'https://A.test/j/', ['https://a.test/j']],
    ['no canonical', 'https://a.test/j', undefined, ['https://a.test/j']],
    ['invalid canonical dropped', 'https://a.test/j', 'javascript:void 0', ['https://a.test/j']],
    ['nothing valid', 'about:blank', null, []],
  ])('%s', (_name, pageUrl, canonical, expected) => {
    expect(normalizedUrls(pageUrl, canonical)).toEqual(expected);
  });
});
