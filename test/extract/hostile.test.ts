// @vitest-environment happy-dom
/**
 * The hostile page: markup and handlers inside JSON-LD strings, javascript:/data: URLs, a 5 MB JSON-LD
 * block, 10,000 nested arrays and a 100,000-character title. Recognition must not throw, not change the
 * page, stay bounded, and return plain capped text. That it runs nothing is not provable here: happy-dom
 * runs no script and no inline handler, so a payload's flag could never be set even if the extraction
 * injected markup. test/e2e/hostile.test.mjs proves it in Chromium; test/core/no-unsafe-sinks.test.ts
 * forbids the sinks that could run it.
 */
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/core/types';
import { extractPosting, findJobCards } from '../../src/extract/index';
import { fixture, parse } from './fixtures';

const URL_ = new URL('https://hostile.example.test/jobs/1?utm_source=x');
const MARKER = '<!--HOSTILE_INSERT-->';
const ldJson = (body: string) => `<script type="application/ld+json">${body}</script>`;

function hostile(extra = '', edit: (html: string) => string = (h) => h): Document {
  const huge = ldJson(`{"@type":"JobPosting","title":"Huge","description":"${'x'.repeat(5 * 1024 * 1024)}"}`);
  const deep = ldJson(`${'['.repeat(10_000)}{"@type":"JobPosting","title":"Deep"}${']'.repeat(10_000)}`);
  return parse(edit(fixture('hostile/hostile.html')).replace(MARKER, huge + deep + extra));
}

describe('the hostile page', () => {
  it('gives plain text, skips the huge and deep blocks, and rejects javascript: and data: URLs', () => {
    const draft = extractPosting(hostile(), URL_);
    expect(draft).toMatchObject({
      title: 'Pwn Engineer',
      company: 'Evil Corp',
      location: 'Nowhere, XX',
      url: 'https://hostile.example.test/jobs/1',
      jobKey: 'https://hostile.example.test/jobs/1',
    });
  });

  it('keeps only the real job link as a card', () => {
    const cards = findJobCards(hostile(), URL_);
    expect(cards.map((c) => [c.jobKey, c.title])).toEqual([['linkedin:4000000099', 'Real card']]);
  });

  it('leaves the document as it was', () => {
    const doc = hostile();
    const before = doc.documentElement.outerHTML;
    extractPosting(doc, URL_);
    findJobCards(doc, URL_);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('caps a 100,000-character title and company', () => {
    const long = ldJson(
      JSON.stringify({ '@type': 'JobPosting', title: 'T'.repeat(100_000), hiringOrganization: { name: 'C'.repeat(100_000) } }),
    );
    const doc = hostile(long, (h) => h.replace('<title>Hostile posting</title>', `<title>${'word '.repeat(20_000)}</title>`));
    const draft = extractPosting(doc, URL_);
    expect(draft.title).toBe('T'.repeat(LIMITS.title));
    expect(draft.company).toBe('C'.repeat(LIMITS.company));
  });

  it('falls back to og:title with its markup stripped when there is no JSON-LD', () => {
    const doc = hostile('', (h) =>
      h
        .replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, '')
        .replace('<title>Hostile posting</title>', `<title>${'x'.repeat(100_000)} at ${'y'.repeat(100)}</title>`),
    );
    const draft = extractPosting(doc, URL_);
    expect(draft.title).toBe('Hostile title');
    expect(draft.sources?.title).toBe('meta');
    expect(draft.company).toBeNull(); // the document.title split is bounded, and this one is cut off
  });

  it('reads the whole page to the end (its speed is measured by npm run bench, never by a test)', () => {
    const doc = hostile();
    expect(extractPosting(doc, URL_).title).toBe('Pwn Engineer');
    expect(findJobCards(doc, URL_)).toEqual(expect.any(Array));
  });
});
