import { describe, expect, it } from 'vitest';
import { canonicalUrl, isUrlKey, normalizedUrls, normalizeForMatch, TRACKING_PARAMS } from '../../src/core/job-key';
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

describe('normalizeForMatch', () => {
  it.each([
    [
      ['Qonto SAS', 'Développeur Backend (H/F)'],
      ['QONTO', 'developpeur backend'],
    ],
    [
      ['Initech, Inc.', 'Senior Engineer'],
      ['initech', 'Senior  Engineer'],
    ],
    [
      ['Société Générale S.A.', 'Analyste – Risques'],
      ['Societe Generale', 'analyste risques'],
    ],
    [
      ['Acme GmbH', 'Entwickler (m/w/d)'],
      ['ACME', 'Entwickler'],
    ],
    [
      ['Globex Ltd', 'Data Engineer F/H'],
      ['Globex Limited', 'Data Engineer'],
    ],
    [
      ['Œuvre & Cie SARL', 'Chargé·e de mission'],
      ['oeuvre cie', 'charge e de mission'],
    ],
  ])('%j matches %j', ([c1, t1], [c2, t2]) => {
    expect(normalizeForMatch(c1!, t1!)).toBe(normalizeForMatch(c2!, t2!));
  });

  it('keeps a company that is only a suffix word, and different jobs apart', () => {
    expect(normalizeForMatch('SAS', 'Statistician')).toBe('sas | statistician');
    expect(normalizeForMatch('SAS Institute', 'Dev')).toBe('sas institute | dev');
    expect(normalizeForMatch('Acme', 'Backend Developer')).not.toBe(normalizeForMatch('Acme', 'Frontend Developer'));
    expect(normalizeForMatch('Acme', 'Dev')).not.toBe(normalizeForMatch('Acme Labs', 'Dev'));
  });

  it('is lower case, without accents, punctuation or repeated spaces', () => {
    expect(normalizeForMatch('  L’Oréal  Paris ', ' Chef   de Produit!! ')).toBe('l oreal paris | chef de produit');
  });
});

describe('canonicalUrl, every tracker the list names', () => {
  it.each([
    ['Google Ads', 'gclsrc=a&gbraid=b&wbraid=c'],
    ['Yandex, Twitter, TikTok', 'yclid=a&twclid=b&ttclid=c'],
    ['LinkedIn ads and Google Analytics', 'li_fat_id=a&_ga=b&_gl=c'],
    ['HubSpot, Marketo, Vero', 'hsctatracking=a&mkt_tok=b&vero_id=c'],
    ['a shared tweet', 'ref_src=twsrc'],
  ])('%s parameters are dropped', (_n, query) => {
    expect(canonicalUrl(`https://a.test/j?id=7&${query}`)).toBe('https://a.test/j?id=7');
  });

  it('keeps a parameter whose name has a malformed escape, sorted by its name as written', () => {
    expect(canonicalUrl('https://a.test/j?zz%E0%A4%A=1&id=7')).toBe('https://a.test/j?id=7&zz%E0%A4%A=1');
  });

  it('refuses an input over 16 times the cap before parsing it, even one that would shrink under the cap', () => {
    const huge = `https://a.test/j?utm_content=${'x'.repeat(16 * LIMITS.url)}`;
    expect(canonicalUrl(huge)).toBeNull();
  });
});

describe('isUrlKey', () => {
  const at = (n: number) => `https://a.test/${'x'.repeat(n - 'https://a.test/'.length)}`;

  it.each([
    ['an https address', 'https://jobs.acme.test/42', true],
    ['an http address', 'http://jobs.acme.test/42', true],
    ['one of exactly the cap', at(LIMITS.url), true],
    ['one over the cap', at(LIMITS.url + 1), false],
    ['another scheme ending in https', 'xhttps://jobs.acme.test/42', false],
    ['an address with a fragment', 'https://jobs.acme.test/42#apply', false],
    ['an address with no host', 'http://:80/jobs', false],
    ['empty text', '', false],
    ['not text', 42, false],
  ])('%s → %s', (_n, s, ok) => {
    expect(isUrlKey(s)).toBe(ok);
  });
});
