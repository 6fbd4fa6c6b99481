import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../src/core/job-key';
import { SITE_HINT } from '../../src/extract/cards';
import { isJobKey, isSiteKey, jobKeyFor, siteKeyOf, siteOf } from '../../src/extract/job-key';
import { keyOfId, viewUrl } from '../../src/extract/sites/linkedin/site';
import { SITES } from '../../src/extract/sites/registry';

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

describe('site keys: one rule per site', () => {
  it.each([
    // LinkedIn
    ['https://www.linkedin.com/jobs/view/3912345678/', 'linkedin:3912345678'],
    ['https://www.linkedin.com/jobs/view/3912345678', 'linkedin:3912345678'],
    ['https://fr.linkedin.com/jobs/view/developpeur-backend-at-qonto-3912345678?trk=public_jobs', 'linkedin:3912345678'],
    ['https://www.linkedin.com/jobs/view/3912345678/apply/?openSDUIApplyFlow=true', 'linkedin:3912345678'],
    ['https://www.linkedin.com/comm/jobs/view/3912345678/?trackingId=x', 'linkedin:3912345678'],
    ['https://www.linkedin.com/jobs/search/?currentJobId=3912345678&keywords=go', 'linkedin:3912345678'],
    ['https://www.linkedin.com/jobs/collections/recommended/?currentJobId=3912345678', 'linkedin:3912345678'],
    ['https://www.linkedin.com/jobs-guest/jobs/api/jobPosting/3912345678', 'linkedin:3912345678'],
    // Indeed
    ['https://fr.indeed.com/viewjob?jk=5f2b8c0d9e1a3b47&from=serp', 'indeed:5f2b8c0d9e1a3b47'],
    ['https://www.indeed.fr/viewjob?jk=5F2B8C0D9E1A3B47', 'indeed:5f2b8c0d9e1a3b47'],
    ['https://indeed.fr/viewjob?jk=5f2b8c0d9e1a3b47', 'indeed:5f2b8c0d9e1a3b47'],
    ['https://uk.indeed.com/rc/clk?jk=5f2b8c0d9e1a3b47&bb=x&xkcb=y', 'indeed:5f2b8c0d9e1a3b47'],
    ['https://www.indeed.co.uk/m/viewjob?jk=5f2b8c0d9e1a3b47', 'indeed:5f2b8c0d9e1a3b47'],
    ['https://www.indeed.com/jobs?q=react&l=Remote&vjk=5f2b8c0d9e1a3b47', 'indeed:5f2b8c0d9e1a3b47'],
    ['https://fr.indeed.com/q-developpeur-l-lyon-emplois.html?vjk=5f2b8c0d9e1a3b47', 'indeed:5f2b8c0d9e1a3b47'],
    // Welcome to the Jungle
    ['https://www.welcometothejungle.com/fr/companies/alan/jobs/software-engineer_paris?q=a&o=1', 'wttj:alan/software-engineer_paris'],
    ['https://www.welcometothejungle.com/en/companies/Alan/jobs/Software-Engineer_Paris', 'wttj:alan/software-engineer_paris'],
    ['https://www.welcometothejungle.com/companies/alan/jobs/software-engineer_paris/apply', 'wttj:alan/software-engineer_paris'],
    // France Travail
    ['https://candidat.francetravail.fr/offres/recherche/detail/183XKZT', 'francetravail:183XKZT'],
    ['https://candidat.pole-emploi.fr/offres/recherche/detail/183xkzt', 'francetravail:183XKZT'],
    // APEC
    ['https://www.apec.fr/candidat/recherche-emploi.html/emploi/detail-offre/174123456W?motsCles=x', 'apec:174123456W'],
    ['https://www.apec.fr/candidat/recherche-emploi.html/emploi/detail-offre/174123456w', 'apec:174123456W'],
    // HelloWork
    ['https://www.hellowork.com/fr-fr/emplois/58234117.html', 'hellowork:58234117'],
    ['https://www.hellowork.com/en-gb/jobs/58234117.html?utm_source=x', 'hellowork:58234117'],
    // Glassdoor
    [
      'https://www.glassdoor.com/job-listing/data-engineer-acme-JV_IC1147401_KO0,13_KE14,18.htm?jl=1009345678901',
      'glassdoor:1009345678901',
    ],
    ['https://www.glassdoor.fr/Emploi/paris-data-emplois-SRCH_IL.0,5_IC2881970_KO6,10.htm?jl=1009345678901', 'glassdoor:1009345678901'],
    ['https://www.glassdoor.co.uk/partner/jobListing.htm?pos=101&jobListingId=1009345678901', 'glassdoor:1009345678901'],
    // Greenhouse
    ['https://boards.greenhouse.io/doctolib/jobs/6012345', 'greenhouse:6012345'],
    ['https://job-boards.greenhouse.io/doctolib/jobs/6012345?gh_src=abc', 'greenhouse:6012345'],
    ['https://job-boards.eu.greenhouse.io/doctolib/jobs/6012345', 'greenhouse:6012345'],
    ['https://boards.greenhouse.io/embed/job_app?for=doctolib&token=6012345', 'greenhouse:6012345'],
    ['https://careers.doctolib.com/jobs/?gh_jid=6012345', 'greenhouse:6012345'],
    // Lever
    ['https://jobs.lever.co/mistral/7c1e4b52-93a8-4d0f-b6e1-2f9a0c3d4e5f', 'lever:7c1e4b52-93a8-4d0f-b6e1-2f9a0c3d4e5f'],
    ['https://jobs.eu.lever.co/mistral/7C1E4B52-93A8-4D0F-B6E1-2F9A0C3D4E5F/apply', 'lever:7c1e4b52-93a8-4d0f-b6e1-2f9a0c3d4e5f'],
    // Workday
    ['https://acme.wd3.myworkdayjobs.com/en-US/External/job/Paris-France/Data-Engineer_R0012345', 'workday:acme/R0012345'],
    ['https://acme.wd3.myworkdayjobs.com/External/job/Paris-France/Data-Engineer_R0012345/apply', 'workday:acme/R0012345'],
    ['https://acme.wd5.myworkdayjobs.com/fr-FR/Campus/details/Ingnieur-Donnes_R0012345', 'workday:acme/R0012345'],
    ['https://acme.wd1.myworkdayjobs.com/Careers/job/Lyon/Technicien_JR_20457', 'workday:acme/JR_20457'],
    ['https://acme.wd1.myworkdayjobs.com/Careers/job/Lyon/Senior-Engineer_JR-0042', 'workday:acme/JR-0042'],
    ['https://wd3.myworkdaysite.com/recruiting/acme/External/job/Paris-France/Data-Engineer_R0012345', 'workday:acme/R0012345'],
    // SmartRecruiters
    ['https://jobs.smartrecruiters.com/Ubisoft2/744000012345678-game-designer-h-f', 'smartrecruiters:ubisoft2/744000012345678'],
    ['https://jobs.smartrecruiters.com/Ubisoft2/744000012345678', 'smartrecruiters:ubisoft2/744000012345678'],
    // Ashby
    ['https://jobs.ashbyhq.com/pennylane/2f8e6a1c-5b3d-4e7f-9a0b-1c2d3e4f5a6b', 'ashby:2f8e6a1c-5b3d-4e7f-9a0b-1c2d3e4f5a6b'],
    ['https://jobs.ashbyhq.com/pennylane/2f8e6a1c-5b3d-4e7f-9a0b-1c2d3e4f5a6b/application', 'ashby:2f8e6a1c-5b3d-4e7f-9a0b-1c2d3e4f5a6b'],
    ['https://www.pennylane.com/careers?ashby_jid=2f8e6a1c-5b3d-4e7f-9a0b-1c2d3e4f5a6b', 'ashby:2f8e6a1c-5b3d-4e7f-9a0b-1c2d3e4f5a6b'],
    // Teamtailor
    ['https://swile.teamtailor.com/jobs/3456789-product-designer', 'teamtailor:swile/3456789'],
    ['https://swile.teamtailor.com/fr/jobs/3456789-product-designer', 'teamtailor:swile/3456789'],
    ['https://acme.na.teamtailor.com/jobs/3456789', 'teamtailor:acme/3456789'],
    // Jobteaser
    [
      'https://www.jobteaser.com/fr/job-offers/3b1f0c2e-7d4a-4e8b-9c6d-5a4b3c2d1e0f-decathlon-stage',
      'jobteaser:3b1f0c2e-7d4a-4e8b-9c6d-5a4b3c2d1e0f',
    ],
    ['https://www.jobteaser.com/en/job-offers/10234567-bnp-paribas-vie', 'jobteaser:10234567'],
    ['https://edhec.jobteaser.com/fr/job-offers/10234567-bnp-paribas-vie', 'jobteaser:10234567'],
    // Monster
    [
      'https://www.monster.com/job-openings/registered-nurse-boston-ma--8c0b1e2a-3d4f-4a5b-9c6d-7e8f9a0b1c2d',
      'monster:8c0b1e2a-3d4f-4a5b-9c6d-7e8f9a0b1c2d',
    ],
    ['https://www.monster.com/jobs/search?q=nurse&id=8c0b1e2a-3d4f-4a5b-9c6d-7e8f9a0b1c2d', 'monster:8c0b1e2a-3d4f-4a5b-9c6d-7e8f9a0b1c2d'],
    ['https://offre-emploi.monster.fr/v2/job/View?JobID=218765432', 'monster:218765432'],
  ])('%s', (url, key) => {
    expect(jobKeyFor(url)).toBe(key);
    // The cheap pre-filter of listing links must let every such URL through.
    expect(SITE_HINT.test(url)).toBe(true);
  });

  it.each([
    ['LinkedIn feed', 'https://www.linkedin.com/feed/'],
    ['LinkedIn search without a selected job', 'https://www.linkedin.com/jobs/search/?keywords=go'],
    ['LinkedIn non-numeric id', 'https://www.linkedin.com/jobs/view/abc/'],
    ['Indeed search', 'https://fr.indeed.com/jobs?q=dev'],
    ['Indeed ad redirect', 'https://www.indeed.com/pagead/clk?mo=r&ad=-6NYlbfk'],
    ['Indeed jk with punctuation', 'https://www.indeed.com/viewjob?jk=../../x'],
    ['not Indeed', 'https://www.notindeed.com/viewjob?jk=5f2b8c0d9e1a3b47'],
    ['WTTJ company page', 'https://www.welcometothejungle.com/fr/companies/alan'],
    ['WTTJ company jobs', 'https://www.welcometothejungle.com/fr/companies/alan/jobs'],
    ['France Travail search', 'https://candidat.francetravail.fr/offres/recherche?motsCles=x'],
    ['Glassdoor without jl', 'https://www.glassdoor.com/job-listing/x-JV_IC1_KO0,1_KE2,3.htm'],
    ['Greenhouse board', 'https://boards.greenhouse.io/doctolib'],
    ['Lever company', 'https://jobs.lever.co/mistral'],
    ['Workday search', 'https://acme.wd3.myworkdayjobs.com/en-US/External?q=x'],
    ['Ashby board', 'https://jobs.ashbyhq.com/pennylane'],
    ['Teamtailor list', 'https://swile.teamtailor.com/jobs'],
    ['Jobteaser search', 'https://www.jobteaser.com/fr/job-offers?q=x'],
    ['Monster search', 'https://www.monster.com/jobs/search?q=nurse'],
    ['gh_jid not a number', 'https://careers.acme.test/?gh_jid=abc'],
  ])('%s keeps its URL key', (_name, url) => {
    expect(jobKeyFor(url)).toBe(canonicalUrl(url));
  });

  it('prefers a site key from the canonical link, then from the page', () => {
    expect(jobKeyFor('https://www.linkedin.com/jobs/search/?currentJobId=1111111', 'https://www.linkedin.com/jobs/view/2222222/')).toBe(
      'linkedin:2222222',
    );
    expect(jobKeyFor('https://www.linkedin.com/jobs/search/?currentJobId=1111111', 'https://www.linkedin.com/jobs/search/')).toBe(
      'linkedin:1111111',
    );
    expect(jobKeyFor('https://careers.acme.test/jobs/9', 'https://boards.greenhouse.io/acme/jobs/6012345')).toBe('greenhouse:6012345');
  });

  it('covers every site, each with a host pattern', () => {
    for (const site of SITES) expect(site.hosts, site.id).toBeInstanceOf(RegExp);
    expect(new Set(SITES.map((s) => s.id)).size).toBe(SITES.length);
    expect(siteOf(new URL('https://fr.linkedin.com/jobs'))).toBe('linkedin');
    expect(siteOf(new URL('https://linkedin.com.evil.test/jobs/view/1234567/'))).toBeNull();
    expect(jobKeyFor('https://linkedin.com.evil.test/jobs/view/1234567/')).toBe('https://linkedin.com.evil.test/jobs/view/1234567');
  });
});

describe('site keys: the same job by every road', () => {
  const SAME: Array<[string, string[]]> = [
    [
      'linkedin:3912345678',
      [
        'https://www.linkedin.com/jobs/view/3912345678/',
        'https://fr.linkedin.com/jobs/view/3912345678/?originalSubdomain=fr',
        'https://fr.linkedin.com/jobs/view/developpeur-backend-at-qonto-3912345678',
        'https://www.linkedin.com/jobs/search/?currentJobId=3912345678&keywords=backend&refId=x',
        'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=3912345678',
        'https://www.linkedin.com/comm/jobs/view/3912345678/?trackingId=abc&refId=def',
        'https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fwww.linkedin.com%2Fjobs%2Fview%2F3912345678',
        'https://www.google.com/url?q=https://www.linkedin.com/jobs/view/3912345678/&sa=D',
      ],
    ],
    [
      'indeed:5f2b8c0d9e1a3b47',
      [
        'https://fr.indeed.com/viewjob?jk=5f2b8c0d9e1a3b47',
        'https://www.indeed.fr/viewjob?jk=5f2b8c0d9e1a3b47',
        'https://fr.indeed.com/rc/clk?jk=5f2b8c0d9e1a3b47&from=vj&pos=bottom',
        'https://fr.indeed.com/jobs?q=dev&l=Lyon&vjk=5f2b8c0d9e1a3b47',
        'https://www.indeed.com/viewjob?jk=5f2b8c0d9e1a3b47&utm_campaign=share',
      ],
    ],
    [
      'wttj:alan/software-engineer_paris',
      [
        'https://www.welcometothejungle.com/fr/companies/alan/jobs/software-engineer_paris',
        'https://www.welcometothejungle.com/en/companies/alan/jobs/software-engineer_paris?q=x&o=123',
        'https://welcometothejungle.com/cs/companies/alan/jobs/software-engineer_paris#apply',
      ],
    ],
    [
      'greenhouse:6012345',
      [
        'https://boards.greenhouse.io/doctolib/jobs/6012345',
        'https://job-boards.greenhouse.io/doctolib/jobs/6012345',
        'https://boards.greenhouse.io/embed/job_app?for=doctolib&token=6012345',
        'https://careers.doctolib.com/jobs/?gh_jid=6012345',
      ],
    ],
    [
      'glassdoor:1009345678901',
      [
        'https://www.glassdoor.com/job-listing/data-engineer-acme-JV_IC1147401_KO0,13_KE14,18.htm?jl=1009345678901',
        'https://www.glassdoor.fr/Emploi/paris-emplois-SRCH_IL.0,5.htm?jl=1009345678901&src=GD_JOB_AD',
        'https://www.glassdoor.com/partner/jobListing.htm?jobListingId=1009345678901',
      ],
    ],
    [
      'workday:acme/R0012345',
      [
        'https://acme.wd3.myworkdayjobs.com/en-US/External/job/Paris-France/Data-Engineer_R0012345',
        'https://acme.wd3.myworkdayjobs.com/fr-FR/External/job/Paris-France/Ingenieur-Donnees_R0012345',
        'https://acme.wd3.myworkdayjobs.com/External/details/Data-Engineer_R0012345?source=LinkedIn',
      ],
    ],
  ];
  it.each(SAME)('%s', (key, urls) => {
    for (const url of urls) expect([url, jobKeyFor(url)]).toEqual([url, key]);
  });

  it('follows one redirect level only, and only to absolute http(s) URLs', () => {
    expect(siteKeyOf(new URL('https://r.test/?url=javascript:alert(1)'))).toBeNull();
    expect(siteKeyOf(new URL('https://r.test/?next=/jobs/view/3912345678/'))).toBeNull();
    const twice = `https://r.test/?u=${encodeURIComponent('https://s.test/?url=https://www.linkedin.com/jobs/view/3912345678/')}`;
    expect(siteKeyOf(new URL(twice))).toBeNull();
  });
});

describe('isJobKey', () => {
  it.each([
    'linkedin:3912345678',
    'wttj:alan/software-engineer_paris',
    'workday:acme/JR_20457',
    'https://example.test/jobs/9',
    'https://example.test/',
    'https://example.test/jobs/9/?utm_source=x', // a URL key stored before the tracking list changed
  ])('accepts %s', (key) => {
    expect(isJobKey(key)).toBe(true);
  });

  it.each([
    '',
    'linkedin:',
    'facebook:123',
    'linkedin:12 34',
    'LinkedIn:123',
    'javascript:alert(1)',
    'http://a.test/j#x',
    'https://a.test/j k',
    'https://',
    'ftp://a.test/j',
    '/jobs/9',
    'x'.repeat(3000),
  ])('rejects %j', (key) => {
    expect(isJobKey(key)).toBe(false);
  });

  it('accepts every key jobKeyFor gives, and tells site keys from URL keys', () => {
    for (const url of ['https://fr.indeed.com/viewjob?jk=5f2b8c0d9e1a3b47', 'https://a.test/j?b=1&a=2']) {
      expect(isJobKey(jobKeyFor(url))).toBe(true);
    }
    expect(isSiteKey('indeed:5f2b8c0d9e1a3b47')).toBe(true);
    expect(isSiteKey('https://a.test/j')).toBe(false);
    expect(isJobKey(42)).toBe(false);
  });
});

describe('LinkedIn card ids', () => {
  it.each(['12345', '3912345678', '12345678901234567890'])('keyOfId(%s) is the key of its view page', (id) => {
    expect(keyOfId(id)).toBe(siteKeyOf(new URL(viewUrl(id))));
  });
});
