// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PostingDraft } from '../../src/core/types';
import { LIMITS } from '../../src/core/types';
import { extractPosting } from '../../src/extract/index';

// A path, not `new URL(…, import.meta.url)`: under happy-dom the global URL is not the one node's fs accepts.
const pagesDir = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/pages');
const fixture = (name: string) => readFileSync(join(pagesDir, name), 'utf8');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const page = (name: string) => new URL(`https://example.test/jobs/${name}`);

/** Wraps JSON-LD bodies (and extra head markup) in a minimal page. */
function withJsonLd(blocks: string[], head = ''): Document {
  const scripts = blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join('\n');
  return parse(`<!doctype html><html><head>${head}${scripts}</head><body></body></html>`);
}

const none = { title: null, company: null, location: null };

/** The draft without its `sources` map, which the layer tests check separately. */
function withoutSources(draft: PostingDraft): PostingDraft {
  const { sources: _sources, ...rest } = draft;
  return rest;
}

describe('extractPosting on fixture pages', () => {
  const cases: Array<[file: string, pageUrl: string, expected: PostingDraft]> = [
    [
      'jsonld-graph.html',
      'https://example.test/jobs/jsonld-graph?utm_medium=x#top',
      {
        title: 'Data Engineer',
        company: 'Northwind Analytics',
        location: 'Nantes, Pays de la Loire, France',
        url: 'https://careers.northwind.test/jobs/data-engineer',
        jobKey: 'https://careers.northwind.test/jobs/data-engineer',
      },
    ],
    [
      'jsonld-array-type.html',
      'https://example.test/jobs/jsonld-array-type',
      {
        title: 'Embedded Software Engineer',
        company: 'Acme Robotics',
        location: 'Grenoble, FR',
        url: 'https://example.test/jobs/jsonld-array-type',
        jobKey: 'https://example.test/jobs/jsonld-array-type',
      },
    ],
    [
      'jsonld-string-org.html',
      'https://example.test/jobs/jsonld-string-org',
      {
        title: 'Site Reliability Engineer',
        company: 'Initech',
        location: 'Paris, France; Bordeaux, France',
        url: 'https://example.test/jobs/jsonld-string-org',
        jobKey: 'https://example.test/jobs/jsonld-string-org',
      },
    ],
    [
      'jsonld-remote.html',
      'https://example.test/jobs/123?trk=feed',
      {
        title: 'Product Designer',
        company: 'Globex',
        location: 'France (Remote)', // remote, open to applicants in France
        url: 'https://example.test/jobs/product-designer',
        jobKey: 'https://example.test/jobs/product-designer',
      },
    ],
    [
      'broken-jsonld-og.html',
      'https://example.test/jobs/broken-jsonld-og',
      {
        title: 'QA Analyst',
        company: null, // og:site_name is the board, not the employer
        location: null,
        url: 'https://jobboard.test/offers/981',
        jobKey: 'https://example.test/jobs/broken-jsonld-og',
      },
    ],
    [
      'meta-only.html',
      'https://example.test/jobs/meta-only',
      { ...none, title: 'Technical Writer', url: 'https://example.test/jobs/meta-only', jobKey: 'https://example.test/jobs/meta-only' },
    ],
    [
      'bare.html',
      'https://example.test/jobs/bare/',
      {
        title: 'Backend Developer',
        company: 'Initech',
        location: null,
        url: 'https://example.test/jobs/bare',
        jobKey: 'https://example.test/jobs/bare',
      },
    ],
    [
      'empty.html',
      'https://example.test/jobs/empty',
      { ...none, url: 'https://example.test/jobs/empty', jobKey: 'https://example.test/jobs/empty' },
    ],
    [
      'entities.html',
      'https://example.test/jobs/entities',
      {
        title: 'Développeur & Lead',
        company: 'Café & Fils SARL',
        location: 'Saint-Étienne, France',
        url: 'https://example.test/jobs/entities', // the JSON-LD url is javascript:
        jobKey: 'https://example.test/jobs/entities',
      },
    ],
    [
      'demo-posting.html',
      'https://example.test/jobs/demo?utm_source=newsletter',
      {
        title: 'Senior Frontend Engineer',
        company: 'Luciole Labs',
        location: 'Lyon, France',
        url: 'https://example.test/jobs/senior-frontend-engineer',
        jobKey: 'https://example.test/jobs/senior-frontend-engineer',
      },
    ],
  ];

  it.each(cases)('%s', (file, pageUrl, expected) => {
    expect(withoutSources(extractPosting(parse(fixture(file)), new URL(pageUrl)))).toEqual(expected);
  });

  it.each(cases.map(([file]) => file))('does not modify %s', (file) => {
    const doc = parse(fixture(file));
    const before = doc.documentElement.outerHTML;
    extractPosting(doc, page(file));
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('extractPosting layers', () => {
  const url = page('x');

  it('finds a JobPosting nested as mainEntity', () => {
    const doc = withJsonLd(['{"@type":"WebPage","mainEntity":{"@type":"JobPosting","title":"Nested","hiringOrganization":{"name":"N"}}}']);
    expect(extractPosting(doc, url)).toMatchObject({ title: 'Nested', company: 'N' });
  });

  it('repairs raw newlines and comment wrappers but skips truncated JSON', () => {
    const doc = withJsonLd(['{"@type":"JobPosting","title":"Bro', '<!-- {"@type":"JobPosting","title":"Line\none"} -->']);
    expect(extractPosting(doc, url).title).toBe('Line one');
  });

  it('uses og:title before <meta name=title> and h1', () => {
    const doc = parse('<head><meta name="title" content="Meta"><meta property="og:title" content="OG"></head><h1>H1</h1>');
    expect(extractPosting(doc, url).title).toBe('OG');
  });

  it('skips a JSON-LD title that is empty after cleaning', () => {
    const doc = parse(
      '<head><script type="application/ld+json">{"@type":"JobPosting","title":"<b> </b>","hiringOrganization":"Co"}</script></head><h1>From h1</h1>',
    );
    expect(extractPosting(doc, url)).toMatchObject({ title: 'From h1', company: 'Co' });
  });

  it.each([
    ['Title chez Société | Board', 'Title', 'Société'],
    ['Head of Data at Scale at Umbrella · Jobs', 'Head of Data at Scale', 'Umbrella'],
    ['Frontend Engineer - Acme - Board', 'Frontend Engineer', null],
    ['Just a title', 'Just a title', null],
  ])('reads document.title %j', (title, expectedTitle, expectedCompany) => {
    const doc = parse(`<head><title>${title}</title></head><body></body>`);
    expect(extractPosting(doc, url)).toMatchObject({ title: expectedTitle, company: expectedCompany });
  });

  it('rejects non-http urls from every source and falls back to the next', () => {
    const doc = parse(
      '<head><link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="data:text/html,x">' +
        '<script type="application/ld+json">{"@type":"JobPosting","url":"chrome://settings"}</script></head>',
    );
    expect(extractPosting(doc, url)).toMatchObject({ url: url.href, jobKey: url.href });
  });

  it('prefers the canonical link over og:url', () => {
    const doc = parse(
      '<head><meta property="og:url" content="https://og.test/a"><link rel="Canonical" href="https://canon.test/a"></head>',
    );
    expect(extractPosting(doc, url)).toMatchObject({ url: 'https://canon.test/a', jobKey: 'https://canon.test/a' });
  });
});

describe('extractPosting on hostile input', () => {
  const url = page('hostile');

  it('skips a 5 MB JSON-LD block without throwing', () => {
    const huge = `{"@type":"JobPosting","title":"Huge","description":"${'x'.repeat(5_000_000)}"}`;
    const doc = withJsonLd([huge, '{"@type":"JobPosting","title":"Small"}']);
    expect(extractPosting(doc, url).title).toBe('Small');
  });

  it('survives 10,000 nested arrays', () => {
    const deep = `${'['.repeat(10_000)}{"@type":"JobPosting","title":"Deep"}${']'.repeat(10_000)}`;
    const doc = withJsonLd([deep, '{"@type":"JobPosting","title":"Shallow"}']);
    expect(extractPosting(doc, url).title).toBe('Shallow');
  });

  it('caps a 100,000-character title', () => {
    const doc = withJsonLd([
      JSON.stringify({ '@type': 'JobPosting', title: 'T'.repeat(100_000), hiringOrganization: 'C'.repeat(100_000) }),
    ]);
    const draft = extractPosting(doc, url);
    expect(draft.title).toHaveLength(LIMITS.title);
    expect(draft.company).toHaveLength(LIMITS.company);
  });

  it('caps a huge h1', () => {
    const doc = parse(`<h1>${'word '.repeat(50_000)}</h1>`);
    expect(extractPosting(doc, url).title!.length).toBeLessThanOrEqual(LIMITS.title);
  });

  it('never throws, even on something that is not a document', () => {
    const broken = new Proxy({} as Document, {
      get() {
        throw new Error('boom');
      },
    });
    expect(extractPosting(broken, url)).toEqual({ ...none, url: url.href, jobKey: url.href, sources: {} });
  });

  it('ignores JSON-LD values of the wrong shape', () => {
    const doc = withJsonLd([
      '{"@type":"JobPosting","title":{"x":1},"hiringOrganization":[null],"jobLocation":[1,{"address":null}],"url":42}',
      'null',
      '"JobPosting"',
    ]);
    expect(extractPosting(doc, url)).toEqual({ ...none, url: url.href, jobKey: url.href, sources: {} });
  });
});
