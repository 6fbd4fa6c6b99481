// @vitest-environment happy-dom
/** findJobCards per listing fixture: how many cards, in which order, with which keys, titles and companies. */
import { describe, expect, it, vi } from 'vitest';
import { findJobCards, type JobCard } from '../../src/extract/index';
import { findJobs } from '../../src/extract/cards';
import { page, parse } from './fixtures';

interface Listing {
  file: string;
  pageUrl: string;
  keys: string[];
  titles: Array<string | null>;
  companies?: Array<string | null>;
  /** Each card's root matches this selector. */
  root: string;
}

const SEARCH_20_TITLES = [
  'Software Engineer, Backend',
  'Développeur Full Stack (H/F)',
  'Senior Data Scientist',
  'Product Manager – Payments',
  'DevOps Engineer',
  'Ingénieur QA Automatisation',
  'Frontend Engineer (React)',
  'Site Reliability Engineer',
  'Chef de projet IT',
  'Machine Learning Engineer',
  'Responsable Sécurité des SI',
  'iOS Developer',
  'Data Analyst',
  'Engineering Manager',
  'Cloud Architect',
  'Développeur Java Senior',
  'UX Researcher',
  'Platform Engineer',
  'Technicien support informatique',
  'Staff Software Engineer, Infrastructure',
];
const SEARCH_20_KEYS = Array.from({ length: 20 }, (_, i) => `linkedin:${4000000001 + i}`);

const LISTINGS: Listing[] = [
  {
    file: 'linkedin/search-20.html',
    pageUrl: 'https://www.linkedin.com/jobs/search/?keywords=software%20engineer&location=Paris',
    keys: SEARCH_20_KEYS,
    titles: SEARCH_20_TITLES,
    root: 'li[data-occludable-job-id]',
  },
  {
    file: 'linkedin/search-selected.html',
    pageUrl: 'https://www.linkedin.com/jobs/search/?currentJobId=3934567890&keywords=product%20designer',
    keys: ['linkedin:3934567001', 'linkedin:3934567890', 'linkedin:3934567999'],
    titles: ['UI Designer', 'Product Designer', null], // the third is occluded: its key is still known
    companies: ['Ankorstore', 'Alan', null],
    root: 'li[data-occludable-job-id]',
  },
  {
    file: 'linkedin/guest-search.html',
    pageUrl: 'https://fr.linkedin.com/jobs/search?keywords=Comptable&location=Lyon',
    keys: ['linkedin:3950000011', 'linkedin:3950000022', 'linkedin:3950000033'],
    titles: ['Comptable H/F', 'Assistant comptable', 'Contrôleur de gestion'],
    companies: ['Michael Page', 'Groupe SEB', 'bioMérieux'],
    root: '.base-card',
  },
  {
    file: 'linkedin/guest-view-fr.html',
    pageUrl: 'https://fr.linkedin.com/jobs/view/ing%C3%A9nieur-e-data-f-h-at-back-market-3923456789',
    keys: ['linkedin:3920000001', 'linkedin:3920000002'], // the "similar jobs", not the page's own job
    titles: ['Data Engineer', 'Analytics Engineer'],
    companies: ['Doctolib', 'Alan'],
    root: '.base-card',
  },
  {
    file: 'indeed/search.html',
    pageUrl: 'https://www.indeed.com/jobs?q=frontend&l=Remote&vjk=8a7b6c5d4e3f2a10',
    keys: ['indeed:8a7b6c5d4e3f2a10', 'indeed:1c2d3e4f5a6b7c8d', 'indeed:9e8d7c6b5a4f3e2d', 'indeed:0f1e2d3c4b5a6978'],
    titles: ['Frontend Engineer', 'Senior React Developer', 'UI Engineer', 'Front End Developer (Contract)'],
    companies: ['Shopify', 'GitLab', 'Automattic', 'Toptal'],
    root: '.job_seen_beacon',
  },
  {
    file: 'wttj/search-fr.html',
    pageUrl: 'https://www.welcometothejungle.com/fr/jobs?query=developpeur',
    keys: [
      'wttj:doctolib/developpeur-full-stack_paris_docto_x1y2z3',
      'wttj:back-market/product-owner-checkout_paris',
      'wttj:ledger/embedded-software-engineer_vierzon',
      'wttj:l-oreal/stage-data-analyst-h-f_clichy',
      'wttj:swile/backend-developer-node-js_montpellier',
    ],
    titles: [
      'Développeur Full Stack',
      'Product Owner Checkout',
      'Embedded Software Engineer',
      'Stage - Data Analyst (H/F)',
      'Backend Developer Node.js',
    ],
    companies: ['Doctolib', 'Back Market', 'Ledger', "L'Oréal", 'Swile'],
    root: 'li[data-testid="search-results-list-item-wrapper"]',
  },
  {
    file: 'francetravail/results.html',
    pageUrl: 'https://candidat.francetravail.fr/offres/recherche?motsCles=aide-soignant&lieux=35238',
    keys: ['francetravail:183XKZT', 'francetravail:184ABCD', 'francetravail:2091234', 'francetravail:185MNOP'],
    titles: [
      'Aide-soignant / Aide-soignante (H/F)',
      'Aide-soignant de nuit (H/F)',
      'Agent de service hospitalier (H/F)',
      'Auxiliaire de vie sociale',
    ],
    companies: ['EHPAD Les Glycines', 'CHU DE RENNES', null, 'ADMR Bretagne'],
    root: 'li.result',
  },
  {
    file: 'apec/results.html',
    pageUrl: 'https://www.apec.fr/candidat/recherche-emploi.html/emploi?motsCles=data',
    keys: ['apec:174123456W', 'apec:174987654W', 'apec:175000111W'],
    titles: ['Chef de projet data H/F', 'Data Scientist confirmé (F/H)', 'Responsable gouvernance des données'],
    companies: ['Groupe Bel', 'Michelin', 'Crédit Agricole CIB'],
    root: '.card-offer',
  },
  {
    file: 'hellowork/results.html',
    pageUrl: 'https://www.hellowork.com/fr-fr/emploi/recherche.html?k=technicien+maintenance&l=Laval',
    keys: ['hellowork:58234117', 'hellowork:58240002', 'hellowork:58199876'],
    titles: ['Technicien de maintenance H/F', 'Électromécanicien F/H', 'Technicien de maintenance itinérant'],
    companies: ['Lactalis', 'Actual', 'Kone'],
    root: 'li[data-id-storage-target="item"]',
  },
  {
    file: 'glassdoor/search-fr.html',
    pageUrl: 'https://www.glassdoor.fr/Emploi/paris-data-engineer-emplois-SRCH_IL.0,5_IC2881970_KO6,19.htm',
    keys: ['glassdoor:1009111222333', 'glassdoor:1009444555666', 'glassdoor:1009777888999'],
    titles: ['Data Engineer', 'Ingénieur données', 'Big Data Engineer'],
    companies: ['BNP Paribas', 'Ubisoft', 'Deezer'],
    root: 'li[data-test="jobListing"]',
  },
  {
    file: 'greenhouse/board.html',
    pageUrl: 'https://job-boards.greenhouse.io/doctolib',
    keys: ['greenhouse:6012345', 'greenhouse:6012399', 'greenhouse:6020001'],
    titles: ['Staff Engineer, Platform', 'Software Engineer - Mobile', 'Engineering Manager, Data'],
    companies: ['Doctolib', 'Doctolib', 'Doctolib'],
    root: 'tr.job-post',
  },
  {
    file: 'lever/list.html',
    pageUrl: 'https://jobs.lever.co/mistral',
    keys: [
      'lever:7c1e4b52-93a8-4d0f-b6e1-2f9a0c3d4e5f',
      'lever:0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d',
      'lever:5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a',
    ],
    titles: ['Research Engineer, Inference', 'Applied Scientist, Multimodal', 'Software Engineer, Infrastructure'],
    companies: ['Mistral AI', 'Mistral AI', 'Mistral AI'],
    root: '.posting',
  },
  {
    file: 'workday/search.html',
    pageUrl: 'https://schneiderelectric.wd3.myworkdayjobs.com/en-US/Careers?q=engineer',
    keys: ['workday:schneiderelectric/R0012345', 'workday:schneiderelectric/R0011111', 'workday:schneiderelectric/JR_20457'],
    titles: ['Data Scientist', 'Firmware Engineer', 'Technicien de maintenance (H/F)'],
    root: 'li',
  },
  {
    file: 'smartrecruiters/careers.html',
    pageUrl: 'https://careers.smartrecruiters.com/Ubisoft2',
    keys: ['smartrecruiters:ubisoft2/744000012345678', 'smartrecruiters:ubisoft2/744000098765432'],
    titles: ['Game Designer (H/F)', 'Gameplay Programmer'],
    companies: ['Ubisoft', 'Ubisoft'],
    root: 'li.opening-job',
  },
  {
    file: 'ashby/board.html',
    pageUrl: 'https://jobs.ashbyhq.com/pennylane',
    keys: [
      'ashby:2f8e6a1c-5b3d-4e7f-9a0b-1c2d3e4f5a6b',
      'ashby:9a8b7c6d-5e4f-4a3b-9c2d-1e0f0a1b2c3d',
      'ashby:11111111-2222-4333-8444-555555555555',
    ],
    titles: ['Senior Software Engineer - Payments', 'Product Manager - Accounting', 'Account Executive'],
    companies: ['Pennylane', 'Pennylane', 'Pennylane'],
    root: 'a',
  },
  {
    file: 'teamtailor/jobs.html',
    pageUrl: 'https://swile.teamtailor.com/jobs',
    keys: ['teamtailor:swile/3456789', 'teamtailor:swile/3460001', 'teamtailor:swile/3461234'],
    titles: ['Product Designer', 'Backend Engineer (Elixir)', 'Head of Sales Benelux'],
    companies: ['Swile', 'Swile', 'Swile'],
    root: 'li',
  },
  {
    file: 'jobteaser/search.html',
    pageUrl: 'https://www.jobteaser.com/fr/job-offers?q=developpeur',
    keys: ['jobteaser:3b1f0c2e-7d4a-4e8b-9c6d-5a4b3c2d1e0f', 'jobteaser:7e6d5c4b-3a2f-4e1d-8c0b-9a8f7e6d5c4b', 'jobteaser:10234567'],
    titles: ['Stage - Développeur Web (F/H)', 'Alternance - Ingénieur systèmes', 'VIE - Analyste financier'],
    companies: ['Decathlon', 'Airbus', 'BNP Paribas'],
    root: '[data-testid="jobad-card"]',
  },
  {
    file: 'monster/search.html',
    pageUrl: 'https://www.monster.com/jobs/search?q=nurse&where=Boston%2C+MA',
    keys: [
      'monster:8c0b1e2a-3d4f-4a5b-9c6d-7e8f9a0b1c2d',
      'monster:1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e',
      'monster:abcdef01-2345-4678-9abc-def012345678',
    ],
    titles: ['Registered Nurse - Med/Surg', 'ICU Nurse', 'Travel Nurse'],
    companies: ['Boston Medical Center', 'Mount Auburn Hospital', 'Aya Healthcare'],
    root: 'article',
  },
  {
    file: 'indeed/search-pane.html',
    pageUrl: 'https://www.indeed.com/jobs?q=python+developer&l=Austin%2C+TX',
    keys: ['indeed:3b5d7f9a1c2e4b60', 'indeed:7c1a9e3d5b2f4a81', 'indeed:0e2c4a6b8d1f3e57'],
    titles: ['Backend Python Engineer', 'Python Developer - Data Platform', 'Django Developer'],
    companies: ['Pellucid Freight', 'Marrowgate Analytics', 'Tallowick Health'],
    root: '.job_seen_beacon',
  },
  {
    file: 'linkedin/search-pane.html',
    pageUrl: 'https://www.linkedin.com/jobs/search/?keywords=data%20engineer',
    keys: ['linkedin:4102030405', 'linkedin:4102030499'],
    titles: ['Analytics Engineer', 'Data Engineer'],
    companies: ['Brindlewood Labs', 'Quillfeather Systems'],
    root: 'li[data-occludable-job-id]',
  },
  {
    file: 'glassdoor/search-pane.html',
    pageUrl: 'https://www.glassdoor.com/Job/denver-data-analyst-jobs-SRCH_IL.0,6_IC1148170_KO7,19.htm',
    keys: ['glassdoor:1009871234501', 'glassdoor:1009871234567'],
    titles: ['Reporting Analyst', 'Data Analyst'],
    companies: ['Cobblestone Insights', 'Fernhollow Energy'],
    root: 'li[data-test="jobListing"]',
  },
  {
    file: 'hellowork/results-serp.html',
    pageUrl: 'https://www.hellowork.com/fr-fr/emploi/recherche.html?k=comptable&l=Bordeaux',
    keys: ['hellowork:70112233', 'hellowork:70114455'],
    titles: ['Comptable fournisseurs H/F', 'Assistant comptable H/F'],
    companies: ['Domaine Sarrazine', 'Cave de Pessac'],
    root: 'li',
  },
  {
    file: 'apec/results-cards.html',
    pageUrl: 'https://www.apec.fr/candidat/recherche-emploi.html/emploi?motsCles=controleur',
    keys: ['apec:176543210W', 'apec:176543299W'],
    titles: ['Contrôleur de gestion industriel H/F', 'Responsable contrôle de gestion H/F'],
    companies: ['FONDERIES DU VAL', 'LAITERIE DES MARAIS'],
    root: '.card-offer',
  },
  {
    file: 'monster/search-cards.html',
    pageUrl: 'https://www.monster.com/jobs/search?q=forklift&where=Columbus%2C+OH',
    keys: ['monster:1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', 'monster:6f5e4d3c-2b1a-4f0e-9d8c-7b6a5f4e3d2c'],
    titles: ['Forklift Operator - 2nd Shift', 'Warehouse Associate'],
    companies: ['Buckeye Crate Co.', 'Scioto Fulfilment'],
    root: 'article',
  },
  {
    file: 'generic/linkedin-share.html',
    pageUrl: 'https://news.example.test/digest/42',
    // Links to supported sites, through e-mail and redirect links; the javascript: one and the repeat are dropped.
    keys: ['linkedin:3961234567', 'indeed:a1b2c3d4e5f60718', 'greenhouse:6012345'],
    titles: ['Senior Data Engineer at Ankorstore', 'Comptable (H/F) - Lyon', 'Staff Engineer, Platform'],
    companies: [null, null, null],
    root: 'li',
  },
];

const summary = (cards: JobCard[]) => ({
  keys: cards.map((c) => c.jobKey),
  titles: cards.map((c) => c.title),
});

describe('findJobCards per listing fixture', () => {
  it.each(LISTINGS.map((l) => [l.file, l] as const))('%s', (_file, listing) => {
    const cards = findJobCards(page(listing.file), new URL(listing.pageUrl));
    expect(summary(cards)).toEqual({ keys: listing.keys, titles: listing.titles });
    if (listing.companies) expect(cards.map((c) => c.company)).toEqual(listing.companies);
    for (const card of cards) {
      expect(card.element.matches(listing.root)).toBe(true);
      expect(card.url).toMatch(/^https:\/\//);
    }
  });

  it.each(LISTINGS.map((l) => [l.file, l] as const))('%s: page unchanged', (_file, listing) => {
    const doc = page(listing.file);
    const before = doc.documentElement.outerHTML;
    findJobCards(doc, new URL(listing.pageUrl));
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('gives each card its job page and its own root, in page order', () => {
    const doc = page('linkedin/search-20.html');
    const cards = findJobCards(doc, new URL('https://www.linkedin.com/jobs/search/?keywords=x'));
    expect(cards[0]!.url).toBe('https://www.linkedin.com/jobs/view/4000000001');
    expect(cards[0]!.company).toBe('Doctolib');
    expect(new Set(cards.map((c) => c.element)).size).toBe(20);
    const items = Array.from(doc.querySelectorAll('li[data-occludable-job-id]'));
    expect(cards.map((c) => c.element)).toEqual(items);
  });

  it('finds the cards of a copy of the page served from another host (the e2e fixture server)', () => {
    const cards = findJobCards(page('linkedin/search-20.html'), new URL('http://127.0.0.1:8123/linkedin/search-20.html'));
    expect(cards.map((c) => c.jobKey)).toEqual(SEARCH_20_KEYS);
    expect(cards.map((c) => c.title)).toEqual(SEARCH_20_TITLES);
    const indeed = findJobCards(page('indeed/search.html'), new URL('http://127.0.0.1:8123/indeed/search.html'));
    expect(indeed.map((c) => c.url)[0]).toBe('https://www.indeed.com/viewjob?jk=8a7b6c5d4e3f2a10');
  });

  it('findJobs finds the same cards without reading their text (the content script)', () => {
    for (const listing of LISTINGS) {
      const doc = page(listing.file);
      const url = new URL(listing.pageUrl);
      const full = findJobCards(doc, url);
      const read = vi.spyOn(Element.prototype, 'textContent', 'get');
      const bare = findJobs(doc, url);
      expect(read.mock.calls.length, listing.file).toBe(0);
      read.mockRestore();
      expect(bare.map((c) => [c.element, c.url, c.jobKey])).toEqual(full.map((c) => [c.element, c.url, c.jobKey]));
    }
  });

  it('finds cards added later, wherever they are inserted', () => {
    const doc = page('linkedin/search-20.html');
    const list = doc.querySelector('ul.scaffold-layout__list-container')!;
    const added = doc.createElement('li');
    added.setAttribute('data-occludable-job-id', '4000000021');
    list.insertBefore(added, list.firstElementChild);
    const cards = findJobCards(doc, new URL('https://www.linkedin.com/jobs/search/'));
    expect(cards.map((c) => c.jobKey).slice(0, 2)).toEqual(['linkedin:4000000021', 'linkedin:4000000001']);
    expect(cards).toHaveLength(21);
  });

  it('merges the site cards and other boards’ links in page order', () => {
    const doc = parse(
      `<ul><li data-occludable-job-id="1000001"><a href="/jobs/view/1000001/">A</a></li>
       <li><a href="https://jobs.lever.co/acme/7c1e4b52-93a8-4d0f-b6e1-2f9a0c3d4e5f">Lever job</a></li>
       <li data-occludable-job-id="1000002"></li></ul>`,
    );
    const cards = findJobCards(doc, new URL('https://www.linkedin.com/jobs/search/'));
    expect(cards.map((c) => c.jobKey)).toEqual(['linkedin:1000001', 'lever:7c1e4b52-93a8-4d0f-b6e1-2f9a0c3d4e5f', 'linkedin:1000002']);
  });

  it('finds nothing on a page without job links', () => {
    expect(findJobCards(page('demo-posting.html'), new URL('https://example.test/jobs/demo'))).toEqual([]);
    expect(findJobCards(parse(''), new URL('https://www.linkedin.com/feed/'))).toEqual([]);
  });

  it('never throws', () => {
    const broken = new Proxy({} as Document, {
      get() {
        throw new Error('boom');
      },
    });
    expect(findJobCards(broken, new URL('https://www.linkedin.com/jobs/search/'))).toEqual([]);
  });
});
