/**
 * Monster (monster.com, monster.fr, monster.co.uk…). URL shapes handled:
 * - https://www.monster.com/job-openings/<slug>--<uuid>
 * - search with the selected job: https://www.monster.com/jobs/search?q=…&where=…&id=<uuid>
 * - older offer pages: /v2/job/View?JobID=<number>
 * Built from Monster's public structure as I know it (a React app with `data-testid` attributes):
 * `jobTitle`, `company`, `jobDetailLocation` on the job view, result cards `article[data-testid="svx_jobCard"]`
 * holding an `a[data-testid="jobTitle"]` link.
 */
import { SITE_HOSTS, siteJobKey } from '../../core/site-keys';
import type { Found } from '../clean';
import type { PostingReader, SiteAdapter } from '../types';
import { linkCards, textOf } from './shared';

const jobKey = (url: URL) => siteJobKey('monster', url);

function extract(doc: Document, url: URL): Found {
  const id = jobKey(url)?.slice('monster:'.length);
  const pane = doc.querySelector('[data-testid="jobDescription"], [data-testid="JobViewHeader"]') ?? doc;
  return {
    title: textOf(pane, 'h1[data-testid="jobTitle"]', '[data-testid="jobTitle"]'),
    company: textOf(pane, '[data-testid="company"]'),
    location: textOf(pane, '[data-testid="jobDetailLocation"]', '[data-testid="location"]'),
    url: id && !url.pathname.includes('/job-openings/') && /^[0-9a-f-]{36}$/.test(id) ? `https://www.monster.com/job-openings/${id}` : null,
  };
}

function cards(doc: Document, base: URL) {
  return linkCards(
    'monster',
    doc,
    base,
    'article[data-testid="svx_jobCard"] a[href], [data-testid="JobCard"] a[href]',
    'article, [data-testid="JobCard"]',
    (card) => ({
      title: textOf(card, '[data-testid="jobTitle"]'),
      company: textOf(card, '[data-testid="company"]'),
    }),
  );
}

export const monster: SiteAdapter = { id: 'monster', hosts: SITE_HOSTS.monster, jobKey, cards };
/** The posting a page of this site shows (sites/index.ts POSTING_READERS). */
export const monsterPosting: PostingReader = extract;

/*
 * Fixtures: test/fixtures/pages/monster/job.html (job view, broken JSON-LD), search.html (3 cards).
 * Live URL shapes:
 *   https://www.monster.com/job-openings/registered-nurse-boston-ma--8c0b1e2a-3d4f-4a5b-9c6d-7e8f9a0b1c2d
 *   https://www.monster.com/jobs/search?q=nurse&where=Boston%2C+MA&id=8c0b1e2a-3d4f-4a5b-9c6d-7e8f9a0b1c2d
 */
