// @vitest-environment happy-dom
/**
 * One row per fixture page: what extractPosting must find, and which layer must give the title and the
 * company. Adding a site adds a fixture and a row here.
 */
import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../src/core/job-key';
import type { ExtractLayer } from '../../src/core/types';
import { extractPosting } from '../../src/extract/index';
import { page } from './fixtures';

interface Row {
  file: string;
  pageUrl: string;
  title: string | null;
  company: string | null;
  location: string | null;
  jobKey: string;
  /** Layer of title / company; omitted when the field is null. */
  from: [title: ExtractLayer | null, company: ExtractLayer | null];
  /** The posting's own address, when it is not the page URL in canonical form. */
  url?: string;
}

const ROWS: Row[] = [
  {
    file: 'linkedin/view.html',
    pageUrl: 'https://www.linkedin.com/jobs/view/3912345678/?refId=abc&trackingId=xyz',
    title: 'Senior Backend Engineer',
    company: 'Qonto',
    location: 'Paris, Île-de-France, France',
    jobKey: 'linkedin:3912345678',
    from: ['site', 'site'],
  },
  {
    file: 'linkedin/guest-view-fr.html',
    pageUrl: 'https://fr.linkedin.com/jobs/view/ing%C3%A9nieur-e-data-f-h-at-back-market-3923456789?trk=public_jobs_jserp',
    title: 'Ingénieur·e Data (F/H)',
    company: 'Back Market',
    location: 'Paris, Île-de-France, FR',
    jobKey: 'linkedin:3923456789',
    from: ['json-ld', 'json-ld'],
  },
  {
    file: 'linkedin/search-selected.html',
    pageUrl: 'https://www.linkedin.com/jobs/search/?currentJobId=3934567890&keywords=product%20designer&geoId=105015875',
    title: 'Product Designer',
    company: 'Alan',
    location: 'Paris, Île-de-France, France',
    jobKey: 'linkedin:3934567890',
    from: ['site', 'site'],
    url: 'https://www.linkedin.com/jobs/view/3934567890',
  },
  {
    file: 'indeed/viewjob-fr.html',
    pageUrl: 'https://fr.indeed.com/viewjob?jk=5f2b8c0d9e1a3b47&from=serp&vjs=3',
    title: 'Développeur Full Stack H/F',
    company: 'Cegid',
    location: '69009 Lyon',
    jobKey: 'indeed:5f2b8c0d9e1a3b47',
    from: ['site', 'site'],
    url: 'https://fr.indeed.com/viewjob?jk=5f2b8c0d9e1a3b47',
  },
  {
    file: 'indeed/search.html',
    pageUrl: 'https://www.indeed.com/jobs?q=frontend&l=Remote&vjk=8a7b6c5d4e3f2a10',
    title: 'Frontend Engineer',
    company: 'Shopify',
    location: 'Remote',
    jobKey: 'indeed:8a7b6c5d4e3f2a10',
    from: ['site', 'site'],
    url: 'https://www.indeed.com/viewjob?jk=8a7b6c5d4e3f2a10',
  },
  {
    file: 'wttj/job-fr.html',
    pageUrl: 'https://www.welcometothejungle.com/fr/companies/alan/jobs/software-engineer-backend_paris?q=2c6e5&o=1942512',
    title: 'Software Engineer Backend',
    company: 'Alan',
    location: 'Paris, Île-de-France, FR (Remote)', // TELECOMMUTE beside the office
    jobKey: 'wttj:alan/software-engineer-backend_paris',
    from: ['json-ld', 'json-ld'],
    url: 'https://www.welcometothejungle.com/fr/companies/alan/jobs/software-engineer-backend_paris',
  },
  {
    file: 'wttj/job-no-jsonld-en.html',
    pageUrl: 'https://www.welcometothejungle.com/en/companies/alan/jobs/software-engineer-backend_paris',
    title: 'Software Engineer Backend',
    company: 'Alan',
    location: 'Paris',
    jobKey: 'wttj:alan/software-engineer-backend_paris',
    from: ['site', 'site'],
  },
  {
    file: 'francetravail/detail.html',
    pageUrl: 'https://candidat.francetravail.fr/offres/recherche/detail/183XKZT',
    title: 'Aide-soignant / Aide-soignante (H/F)',
    company: 'EHPAD Les Glycines',
    location: 'Rennes, FR',
    jobKey: 'francetravail:183XKZT',
    from: ['microdata', 'microdata'],
  },
  {
    file: 'apec/offer.html',
    pageUrl: 'https://www.apec.fr/candidat/recherche-emploi.html/emploi/detail-offre/174123456W?motsCles=data&page=0&selectedIndex=2',
    title: 'Chef de projet data H/F',
    company: 'Groupe Bel',
    location: 'Suresnes - 92',
    jobKey: 'apec:174123456W',
    from: ['site', 'site'],
  },
  {
    file: 'hellowork/offer.html',
    pageUrl: 'https://www.hellowork.com/fr-fr/emplois/58234117.html?utm_campaign=alerte',
    title: 'Technicien de maintenance H/F',
    company: 'Lactalis',
    location: 'Laval, Pays de la Loire, FR',
    jobKey: 'hellowork:58234117',
    from: ['json-ld', 'json-ld'],
  },
  {
    file: 'glassdoor/job-listing.html',
    pageUrl:
      'https://www.glassdoor.com/job-listing/senior-data-engineer-datadog-JV_IC1132348_KO0,20_KE21,28.htm?jl=1009345678901&src=GD_JOB_AD',
    title: 'Senior Data Engineer',
    company: 'Datadog',
    location: 'New York, NY',
    jobKey: 'glassdoor:1009345678901',
    from: ['site', 'site'],
  },
  {
    file: 'greenhouse/job.html',
    pageUrl: 'https://job-boards.greenhouse.io/doctolib/jobs/6012345',
    title: 'Staff Engineer, Platform',
    company: 'Doctolib',
    location: 'Paris, France',
    jobKey: 'greenhouse:6012345',
    from: ['site', 'site'],
  },
  {
    file: 'greenhouse/classic-job.html',
    pageUrl: 'https://boards.greenhouse.io/contentsquare/jobs/5801234?gh_src=8f2e1',
    title: 'Senior Product Manager',
    company: 'Contentsquare',
    location: 'Paris',
    jobKey: 'greenhouse:5801234',
    from: ['site', 'site'],
  },
  {
    file: 'greenhouse/embedded.html',
    pageUrl: 'https://careers.doctolib.com/jobs/?gh_jid=6012345',
    title: 'Staff Engineer, Platform',
    company: null, // "Doctolib Careers" is the page's own site name
    location: null,
    jobKey: 'greenhouse:6012345',
    from: ['heuristic', null],
  },
  {
    file: 'lever/posting.html',
    pageUrl: 'https://jobs.lever.co/mistral/7c1e4b52-93a8-4d0f-b6e1-2f9a0c3d4e5f',
    title: 'Research Engineer, Inference',
    company: 'Mistral AI',
    location: 'Paris',
    jobKey: 'lever:7c1e4b52-93a8-4d0f-b6e1-2f9a0c3d4e5f',
    from: ['site', 'site'],
  },
  {
    file: 'workday/job.html',
    pageUrl: 'https://schneiderelectric.wd3.myworkdayjobs.com/fr-FR/Careers/job/Rueil-Malmaison-France/Data-Scientist_R0012345',
    title: 'Data Scientist',
    company: 'Schneider Electric',
    location: 'Rueil-Malmaison, France',
    jobKey: 'workday:schneiderelectric/R0012345',
    from: ['json-ld', 'json-ld'],
    url: 'https://schneiderelectric.wd3.myworkdayjobs.com/en-US/Careers/job/Rueil-Malmaison-France/Data-Scientist_R0012345',
  },
  {
    file: 'smartrecruiters/job.html',
    pageUrl: 'https://jobs.smartrecruiters.com/Ubisoft2/744000012345678-game-designer-h-f?trid=2d92f286',
    title: 'Game Designer (H/F)',
    company: 'Ubisoft',
    location: 'Montpellier, Occitanie, France',
    jobKey: 'smartrecruiters:ubisoft2/744000012345678',
    from: ['microdata', 'microdata'],
    url: 'https://jobs.smartrecruiters.com/Ubisoft2/744000012345678-game-designer-h-f',
  },
  {
    file: 'ashby/job.html',
    pageUrl: 'https://jobs.ashbyhq.com/pennylane/2f8e6a1c-5b3d-4e7f-9a0b-1c2d3e4f5a6b',
    title: 'Senior Software Engineer - Payments',
    company: 'Pennylane',
    location: 'Paris, France',
    jobKey: 'ashby:2f8e6a1c-5b3d-4e7f-9a0b-1c2d3e4f5a6b',
    from: ['json-ld', 'json-ld'],
  },
  {
    file: 'teamtailor/job-fr.html',
    pageUrl: 'https://swile.teamtailor.com/fr/jobs/3456789-product-designer',
    title: 'Product Designer',
    company: 'Swile',
    location: 'Montpellier, FR',
    jobKey: 'teamtailor:swile/3456789',
    from: ['json-ld', 'json-ld'],
    url: 'https://swile.teamtailor.com/jobs/3456789-product-designer',
  },
  {
    file: 'jobteaser/offer-fr.html',
    pageUrl: 'https://www.jobteaser.com/fr/job-offers/3b1f0c2e-7d4a-4e8b-9c6d-5a4b3c2d1e0f-decathlon-stage-developpeur-web-f-h',
    title: 'Stage - Développeur Web (F/H)',
    company: 'Decathlon',
    location: "Villeneuve-d'Ascq, France",
    jobKey: 'jobteaser:3b1f0c2e-7d4a-4e8b-9c6d-5a4b3c2d1e0f',
    from: ['site', 'site'],
  },
  {
    file: 'monster/job.html',
    pageUrl: 'https://www.monster.com/job-openings/registered-nurse-med-surg-boston-ma--8c0b1e2a-3d4f-4a5b-9c6d-7e8f9a0b1c2d',
    title: 'Registered Nurse - Med/Surg',
    company: 'Boston Medical Center',
    location: 'Boston, MA',
    jobKey: 'monster:8c0b1e2a-3d4f-4a5b-9c6d-7e8f9a0b1c2d',
    from: ['site', 'site'],
  },
  {
    file: 'generic/no-structured-data-fr.html',
    pageUrl: 'https://jobs.qonto.test/fr/offres/developpeuse-python',
    title: 'Développeuse Python',
    company: 'Qonto',
    location: 'Paris', // "Lieu : Paris · CDI", a labelled line
    jobKey: 'https://jobs.qonto.test/fr/offres/developpeuse-python',
    from: ['heuristic', 'heuristic'],
  },
  {
    file: 'generic/jsonld-tricky.html',
    pageUrl: 'https://careers.umbrella.test/jobs/123',
    title: 'Lead Platform Engineer & Mentor',
    company: 'Umbrella & Co. SAS',
    location: 'Lille, FR; Remote (EU)',
    jobKey: 'https://careers.umbrella.test/jobs/123',
    from: ['json-ld', 'json-ld'],
    url: 'https://careers.umbrella.test/jobs/lead-platform-engineer',
  },
  {
    file: 'generic/board-hiring.html',
    pageUrl: 'https://careers.linkedin.com/jobs/software-engineer-trust-123',
    title: 'Software Engineer, Trust',
    company: 'LinkedIn', // the board really is the employer
    location: 'Dublin, Ireland',
    jobKey: 'https://careers.linkedin.com/jobs/software-engineer-trust-123',
    from: ['json-ld', 'json-ld'],
  },
  {
    file: 'generic/board-title-only.html',
    pageUrl: 'https://example.test/jobs/7',
    title: 'Data Analyst', // og:title "LinkedIn" is refused
    company: null, // "… - Indeed" names the board
    location: null,
    jobKey: 'https://example.test/jobs/7',
    from: ['heuristic', null],
  },
  {
    file: 'generic/linkedin-share.html',
    pageUrl: 'https://news.example.test/digest/42',
    title: 'Senior Data Engineer',
    company: 'Ankorstore',
    location: 'Paris, Île-de-France, France',
    jobKey: 'https://news.example.test/digest/42',
    from: ['meta', 'meta'],
  },
];

describe('extractPosting per fixture', () => {
  it.each(ROWS.map((r) => [r.file, r] as const))('%s', (_file, row) => {
    const draft = extractPosting(page(row.file), new URL(row.pageUrl));
    expect({ title: draft.title, company: draft.company, location: draft.location, jobKey: draft.jobKey }).toEqual({
      title: row.title,
      company: row.company,
      location: row.location,
      jobKey: row.jobKey,
    });
    expect([draft.sources?.title ?? null, draft.sources?.company ?? null]).toEqual(row.from);
    expect(draft.url).toBe(row.url ?? canonicalUrl(row.pageUrl));
  });

  it.each(ROWS.map((r) => [r.file, r] as const))('%s: page unchanged', (_file, row) => {
    const doc = page(row.file);
    const before = doc.documentElement.outerHTML;
    extractPosting(doc, new URL(row.pageUrl));
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
