/**
 * SmartRecruiters. URL shapes handled:
 * - https://jobs.smartrecruiters.com/<Company>/<numeric id>-<slug>
 * - listing: https://careers.smartrecruiters.com/<Company> (links to jobs.smartrecruiters.com)
 */
import type { SiteDeclaration } from '../../types';
import { slug } from '../key-parts';

/** SmartRecruiters (sites/registry.ts). */
export const site = {
  id: 'smartrecruiters',
  hosts: /^(?:jobs|careers)\.smartrecruiters\.com$/,
  matches: ['https://jobs.smartrecruiters.com/*', 'https://careers.smartrecruiters.com/*'],
  hints: ['smartrecruiters.'],
  // /<Company>/<numeric id>-<slug>: ids are per company.
  jobId: (url) => {
    const m = /^\/([^/]+)\/(\d{6,20})(?:-[^/]*)?(?:\/|$)/.exec(url.pathname);
    const company = slug(m?.[1]);
    return company && m?.[2] ? `${company}/${m[2]}` : null;
  },
} as const satisfies SiteDeclaration;

/*
 * Fixtures: test/fixtures/pages/smartrecruiters/job.html (microdata), careers.html (2 openings).
 * Live URL shapes:
 *   https://jobs.smartrecruiters.com/Acme1/744000012345678-data-analyst-h-f
 *   https://careers.smartrecruiters.com/Acme1
 */
