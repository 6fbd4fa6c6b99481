/**
 * The posting a Monster job page shows. Written against the site's public structure as described in
 * 2026-11. Not checked: no real job page was found in public material (2026-12-01): `data-testid` attributes `jobTitle`, `company` and
 * `jobDetailLocation` on the job view.
 */
import type { PostingReader } from '../../types';
import { textOf } from '../shared';
import { jobKey } from './site';

/** Monster's posting fields (sites/posting-readers.ts). */
export const posting: PostingReader = (doc, url) => {
  const id = jobKey(url)?.slice('monster:'.length);
  const pane = doc.querySelector('[data-testid="jobDescription"], [data-testid="JobViewHeader"]') ?? doc;
  return {
    title: textOf(pane, 'h1[data-testid="jobTitle"]', '[data-testid="jobTitle"]'),
    company: textOf(pane, '[data-testid="company"]'),
    location: textOf(pane, '[data-testid="jobDetailLocation"]', '[data-testid="location"]'),
    url: id && !url.pathname.includes('/job-openings/') && /^[0-9a-f-]{36}$/.test(id) ? `https://www.monster.com/job-openings/${id}` : null,
  };
};
