// @vitest-environment happy-dom
/**
 * Recognition on pages shaped like the real ones, one table per class of miss: the job open in a search
 * page's pane, LinkedIn's signed-in top card, titles carrying a place or a board, remote and multi-city
 * places, labelled fields on boards without an adapter, and the adapters checked against public material.
 * Each fixture's header says which public page structure it follows.
 */
import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../src/core/job-key';
import type { ExtractLayer, PostingDraft } from '../../src/core/types';
import { extractPosting, findJobCards } from '../../src/extract/index';
import { page } from './fixtures';

interface Row {
  file: string;
  pageUrl: string;
  title: string | null;
  company: string | null;
  location: string | null;
  jobKey: string;
  /** Layer of title / company / location; null where the field is null. */
  from: [ExtractLayer | null, ExtractLayer | null, ExtractLayer | null];
  /** The posting's own address, when it is not the page URL in canonical form. */
  url?: string;
}

function check(row: Row): void {
  const draft: PostingDraft = extractPosting(page(row.file), new URL(row.pageUrl));
  expect({ title: draft.title, company: draft.company, location: draft.location, jobKey: draft.jobKey }).toEqual({
    title: row.title,
    company: row.company,
    location: row.location,
    jobKey: row.jobKey,
  });
  const s = draft.sources ?? {};
  expect([s.title ?? null, s.company ?? null, s.location ?? null]).toEqual(row.from);
  expect(draft.url).toBe(row.url ?? canonicalUrl(row.pageUrl));
}

const table = (rows: Row[]) => rows.map((r) => [r.file, r] as const);

describe('a search page with one job open in its pane, the address not naming it', () => {
  it.each(
    table([
      {
        file: 'indeed/search-pane.html',
        pageUrl: 'https://www.indeed.com/jobs?q=python+developer&l=Austin%2C+TX&from=searchOnHP',
        title: 'Python Developer - Data Platform',
        company: 'Marrowgate Analytics',
        location: 'Austin, TX 78702 • Hybrid work',
        jobKey: 'indeed:7c1a9e3d5b2f4a81',
        from: ['site', 'site', 'site'],
        url: 'https://www.indeed.com/viewjob?jk=7c1a9e3d5b2f4a81',
      },
      {
        file: 'linkedin/search-pane.html',
        pageUrl: 'https://www.linkedin.com/jobs/search/?keywords=data%20engineer&geoId=100025096',
        title: 'Data Engineer',
        company: 'Quillfeather Systems',
        location: 'Toronto, ON (Hybrid)',
        jobKey: 'linkedin:4102030499',
        from: ['site', 'site', 'site'],
        url: 'https://www.linkedin.com/jobs/view/4102030499',
      },
      {
        file: 'glassdoor/search-pane.html',
        pageUrl: 'https://www.glassdoor.com/Job/denver-data-analyst-jobs-SRCH_IL.0,6_IC1148170_KO7,19.htm',
        title: 'Data Analyst',
        company: 'Fernhollow Energy',
        location: 'Denver, CO',
        jobKey: 'glassdoor:1009871234567',
        from: ['site', 'site', 'site'],
        url: 'https://www.glassdoor.com/job-listing/data-analyst-fernhollow-energy-JV_IC1148170_KO0,12_KE13,30.htm?jl=1009871234567',
      },
    ]),
  )('%s', (_f, row) => check(row));

  it.each([
    ['indeed/search-pane.html', 'https://www.indeed.com/jobs?q=python+developer&l=Austin%2C+TX', 'indeed:7c1a9e3d5b2f4a81'],
    ['linkedin/search-pane.html', 'https://www.linkedin.com/jobs/search/?keywords=data%20engineer', 'linkedin:4102030499'],
    [
      'glassdoor/search-pane.html',
      'https://www.glassdoor.com/Job/denver-data-analyst-jobs-SRCH_IL.0,6_IC1148170_KO7,19.htm',
      'glassdoor:1009871234567',
    ],
  ])('%s: the open job is one of the cards, under the same key (its chip and the popup meet)', (file, pageUrl, key) => {
    const doc = page(file);
    expect(findJobCards(doc, new URL(pageUrl)).map((c) => c.jobKey)).toContain(key);
    expect(extractPosting(doc, new URL(pageUrl)).jobKey).toBe(key);
  });
});

describe('LinkedIn job pages as seen signed in', () => {
  it.each(
    table([
      {
        file: 'linkedin/view-signed-in-remote.html',
        pageUrl: 'https://www.linkedin.com/jobs/view/4088776655/?refId=x&trackingId=y',
        title: 'Site Reliability Engineer',
        company: 'Harrowgate Cloud',
        location: 'United States (Remote)',
        jobKey: 'linkedin:4088776655',
        from: ['site', 'site', 'site'],
      },
    ]),
  )('%s', (_f, row) => check(row));
});

describe('titles carrying the place, the board or the company', () => {
  it.each(
    table([
      {
        file: 'generic/title-location-suffix.html',
        pageUrl: 'https://jobs.civicroles.test/postings/1182',
        title: 'Software Engineer - USDS',
        company: null,
        location: 'Washington, DC 20005',
        jobKey: 'https://jobs.civicroles.test/postings/1182',
        from: ['meta', null, 'heuristic'],
      },
      {
        file: 'generic/title-dash-no-h1.html',
        pageUrl: 'https://careers.example.test/p/77',
        title: 'Software Engineer - USDS',
        company: null,
        location: null,
        jobKey: 'https://careers.example.test/p/77',
        from: ['meta', null, null],
      },
      {
        file: 'generic/title-at-company-place.html',
        pageUrl: 'https://carewell.test/jobs/np-2231',
        title: 'Nurse Practitioner',
        company: 'Riverside Family Clinic',
        location: 'Springfield, IL',
        jobKey: 'https://carewell.test/jobs/np-2231',
        from: ['meta', 'meta', 'meta'],
      },
    ]),
  )('%s', (_f, row) => check(row));
});

describe('remote jobs and jobs in several places', () => {
  it.each(
    table([
      {
        file: 'generic/jsonld-remote-country.html',
        pageUrl: 'https://jobs.lanternfish.test/support-engineer',
        title: 'Support Engineer',
        company: 'Lanternfish',
        location: 'United States (Remote)',
        jobKey: 'https://jobs.lanternfish.test/support-engineer',
        from: ['json-ld', 'json-ld', 'json-ld'],
      },
      {
        file: 'generic/jsonld-multi-city.html',
        pageUrl: 'https://careers.meridianrail.test/jobs/sa',
        title: 'Solutions Architect',
        company: 'Meridian Rail',
        location:
          'New York, NY, United States; San Francisco, CA, United States; Chicago, IL, United States; Austin, TX, United States; Seattle, WA, United States; Boston, MA, United States (+2)',
        jobKey: 'https://careers.meridianrail.test/jobs/sa',
        from: ['json-ld', 'json-ld', 'json-ld'],
      },
      {
        file: 'generic/microdata-multi-city.html',
        pageUrl: 'https://recrutement.aubepine.test/offres/12',
        title: 'Comptable (H/F)',
        company: 'Cabinet Aubépine',
        location: 'Nantes, FR; Angers, FR',
        jobKey: 'https://recrutement.aubepine.test/offres/12',
        from: ['microdata', 'microdata', 'microdata'],
      },
      {
        file: 'generic/multi-city-text.html',
        pageUrl: 'https://jobs.ospreyledger.test/pm-payments',
        title: 'Product Manager, Payments',
        company: 'Osprey Ledger',
        location: 'New York, NY; San Francisco, CA; Remote - United States',
        jobKey: 'https://jobs.ospreyledger.test/pm-payments',
        from: ['heuristic', 'label', 'label'],
      },
    ]),
  )('%s', (_f, row) => check(row));
});

describe('labelled fields on boards without an adapter', () => {
  it.each(
    table([
      {
        file: 'generic/labelled-dl.html',
        pageUrl: 'https://northfield-jobs.test/job/88123',
        title: 'Warehouse Supervisor',
        company: 'Bramblegate Logistics Ltd',
        location: 'Leeds, West Yorkshire',
        jobKey: 'https://northfield-jobs.test/job/88123',
        from: ['heuristic', 'label', 'label'],
      },
      {
        file: 'generic/labelled-fr.html',
        pageUrl: 'https://emplois.auvergne.test/offre/5521',
        title: 'Chargé(e) de recrutement',
        company: 'Maison Verrier & Fils',
        location: 'Clermont-Ferrand (63)',
        jobKey: 'https://emplois.auvergne.test/offre/5521',
        from: ['heuristic', 'label', 'label'],
      },
      {
        file: 'generic/labelled-icons.html',
        pageUrl: 'https://artjobs.test/listing/junior-illustrator',
        title: 'Junior Illustrator',
        company: 'Paperkite Studio',
        location: 'Bristol, United Kingdom',
        jobKey: 'https://artjobs.test/listing/junior-illustrator',
        from: ['heuristic', 'label', 'label'],
      },
    ]),
  )('%s', (_f, row) => check(row));
});

describe('adapters checked against public material', () => {
  it.each(
    table([
      {
        file: 'wttj/job-metadata-fr.html',
        pageUrl: 'https://www.welcometothejungle.com/fr/companies/hublot-mobile/jobs/developpeuse-ios_nantes',
        title: 'Développeuse iOS',
        company: 'Hublot Mobile',
        location: 'Nantes, Rennes',
        jobKey: 'wttj:hublot-mobile/developpeuse-ios_nantes',
        from: ['site', 'site', 'site'],
      },
      {
        file: 'jobteaser/offer-locations.html',
        pageUrl:
          'https://www.jobteaser.com/fr/job-offers/5d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a-tisserand-bio-alternance-assistant-e-marketing',
        title: 'Alternance - Assistant(e) marketing',
        company: 'Tisserand Bio',
        location: 'Lille, France',
        jobKey: 'jobteaser:5d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a',
        from: ['site', 'site', 'site'],
      },
      {
        file: 'francetravail/detail-popin.html',
        pageUrl: 'https://candidat.francetravail.fr/offres/recherche/detail/199QWRT',
        title: 'Cuisinier / Cuisinière (H/F)',
        company: 'LE GALION DU BASSIN',
        location: '33 - ARCACHON',
        jobKey: 'francetravail:199QWRT',
        from: ['microdata', 'site', 'microdata'],
      },
    ]),
  )('%s', (_f, row) => check(row));
});
