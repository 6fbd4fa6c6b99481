// @vitest-environment happy-dom
/** The recognition layers one by one: what each reads, which layer each field is reported from, and the guards. */
import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/extract/index';
import { parse } from './fixtures';

const url = new URL('https://example.test/jobs/9');
const ld = (body: unknown) => `<script type="application/ld+json">${typeof body === 'string' ? body : JSON.stringify(body)}</script>`;

describe('sources', () => {
  it('reports the layer of every field, and of the url', () => {
    const doc = parse(
      `<head>${ld({ '@type': 'JobPosting', title: 'From LD' })}<meta property="og:title" content="Meta at Acme">
       <link rel="canonical" href="/jobs/canonical"></head><body><h1>H1</h1></body>`,
    );
    expect(extractPosting(doc, url)).toEqual({
      title: 'From LD',
      company: 'Acme',
      location: null,
      url: 'https://example.test/jobs/canonical',
      jobKey: 'https://example.test/jobs/canonical',
      sources: { title: 'json-ld', company: 'meta', url: 'meta' },
    });
  });

  it('gives no url source when the page URL itself is used', () => {
    expect(extractPosting(parse('<h1>Job</h1>'), url).sources).toEqual({ title: 'heuristic' });
  });
});

describe('microdata', () => {
  it('reads only the posting’s own properties, not those of nested items', () => {
    const doc = parse(`
      <div itemscope itemtype="https://schema.org/JobPosting">
        <div itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization">
          <span itemprop="name">Initech</span><span itemprop="title">Not the job title</span>
        </div>
        <h2 itemprop="title">Backend Developer</h2>
        <meta itemprop="jobLocationType" content="TELECOMMUTE">
        <a itemprop="url" href="/jobs/backend">link</a>
      </div>`);
    expect(extractPosting(doc, url)).toMatchObject({
      title: 'Backend Developer',
      company: 'Initech',
      location: 'Remote',
      url: 'https://example.test/jobs/backend',
      sources: { title: 'microdata', company: 'microdata', location: 'microdata', url: 'microdata' },
    });
  });

  it('ignores other item types', () => {
    const doc = parse('<div itemscope itemtype="https://schema.org/Product"><span itemprop="name">Phone</span></div>');
    expect(extractPosting(doc, url).title).toBeNull();
  });
});

describe('JSON-LD shapes', () => {
  it('follows an @id reference to the hiring organisation and to the place', () => {
    const doc = parse(
      ld({
        '@graph': [
          { '@type': 'JobPosting', title: 'Ops', hiringOrganization: { '@id': '#org' }, jobLocation: { '@id': '#hq' } },
          { '@id': '#org', '@type': 'Organization', name: 'Globex' },
          { '@id': '#hq', '@type': 'Place', address: { addressLocality: 'Nantes', addressCountry: 'France' } },
        ],
      }),
    );
    expect(extractPosting(doc, url)).toMatchObject({ title: 'Ops', company: 'Globex', location: 'Nantes, France' });
  });

  it('decodes entities encoded twice', () => {
    const doc = parse(ld({ '@type': 'JobPosting', title: 'Ing&amp;eacute;nieur R&amp;amp;D' }));
    expect(extractPosting(doc, url).title).toBe('Ingénieur R&D');
  });
});

describe('guards', () => {
  it.each([
    ['LinkedIn', 'Senior Dev - Acme | LinkedIn', 'Acme'],
    ['Indeed', 'Comptable - Lyon (69) - Indeed.com', null], // a place, not a company
    ['Welcome to the Jungle', 'Designer - Alan | Welcome to the Jungle', 'Alan'],
    ['Glassdoor', 'Data Engineer · Glassdoor', null],
    ['France Travail', 'Aide-soignant chez France Travail', null],
  ])('never takes the board (%s) as company from the page title', (_board, title, company) => {
    const doc = parse(`<head><title>${title}</title></head><body><h1>Job</h1></body>`);
    expect(extractPosting(doc, url).company).toBe(company);
  });

  it('never takes og:site_name as company, nor a board name as title', () => {
    const doc = parse(
      '<head><meta property="og:site_name" content="Acme Careers"><meta property="og:title" content="Indeed">' +
        '<title>Buyer - Acme Careers</title></head><body></body>',
    );
    expect(extractPosting(doc, url)).toMatchObject({ title: 'Buyer', company: null });
  });

  it('never reports the title as its own employer', () => {
    const doc = parse(ld({ '@type': 'JobPosting', title: 'Acme', hiringOrganization: 'ACME' }));
    expect(extractPosting(doc, url)).toMatchObject({ title: 'Acme', company: null });
  });

  it('keeps company suffixes as written', () => {
    const doc = parse(ld({ '@type': 'JobPosting', title: 'Dev', hiringOrganization: 'Initech SARL' }));
    expect(extractPosting(doc, url).company).toBe('Initech SARL');
  });
});

describe('titles in words', () => {
  it.each([
    ['Acme hiring Data Engineer in Lyon, France | LinkedIn', 'Data Engineer', 'Acme', 'Lyon, France'],
    ['Acme recrute un Développeur à Nantes', 'Développeur', 'Acme', 'Nantes'],
    ['Rust Engineer @ Oxide', 'Rust Engineer', 'Oxide', null],
  ])('og:title %j', (ogTitle, title, company, location) => {
    const doc = parse(`<head><meta property="og:title" content="${ogTitle}"></head>`);
    expect(extractPosting(doc, url)).toMatchObject({ title, company, location, sources: { title: 'meta', company: 'meta' } });
  });

  it.each([
    ['Analyste · Banque Populaire | Emplois', 'Analyste', null],
    ['Analyste | Banque Populaire | LinkedIn', 'Analyste', 'Banque Populaire'],
    ['Analyste – Banque Populaire – Indeed', 'Analyste', 'Banque Populaire'],
  ])('document.title %j', (docTitle, title, company) => {
    const doc = parse(`<head><title>${docTitle}</title></head>`);
    expect(extractPosting(doc, url)).toMatchObject({ title, company });
  });
});
