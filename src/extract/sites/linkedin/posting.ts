/**
 * The posting a LinkedIn page shows: a job page, signed in or not, or the job open in a search page's
 * detail pane. Checked against public repository material read 2026-12-01 (see
 * test/fixtures/pages/linkedin/): the signed-in top card (`job-details-jobs-unified-top-card__*`, the title
 * `h1.t-24` in a link to /jobs/view/<id>/, the place first in the tertiary description line, the
 * workplace type in the `job-details-fit-level-preferences` buttons), the search page's pane
 * `.jobs-search__job-details--container` and its active card, and the signed-out guest page's `topcard__*`
 * classes. Guest pages also carry JSON-LD, which wins over this reader.
 */
import type { PostingReader } from '../../types';
import { firstPart, textOf } from '../shared';
import { jobKey, viewUrl } from './site';

const PANE = '.jobs-search__job-details--container, .jobs-search__job-details, .scaffold-layout__detail';
/** Workplace types as LinkedIn writes them in English and French. */
const WORKPLACE = /^(?:remote|hybrid|on-site|à distance|hybride|sur site|télétravail)$/i;
const AWAY = /^(?:remote|hybrid|à distance|hybride|télétravail)$/i;

/** The id of the job open in a search page's pane: its title's link, else the active result card. */
function paneId(pane: Element): string | null {
  const link = pane.querySelector('a[href*="/jobs/view/"]')?.getAttribute('href') ?? '';
  const fromLink = /\/jobs\/view\/(\d{5,20})(?:[/?]|$)/.exec(link)?.[1];
  if (fromLink) return fromLink;
  const active = pane.ownerDocument.querySelector('.jobs-search-results-list__list-item--active[data-job-id]');
  const id = active?.getAttribute('data-job-id')?.trim();
  return id && /^\d{5,20}$/.test(id) ? id : null;
}

/** "Toronto, ON (Hybrid)": the place of the top card, with its workplace type when the job is not on site. */
function location(root: ParentNode): string | null {
  // "Paris, Île-de-France, France · Reposted 2 weeks ago · Over 100 applicants"
  const place = firstPart(
    textOf(
      root,
      '.job-details-jobs-unified-top-card__tertiary-description-container',
      '.job-details-jobs-unified-top-card__primary-description-container',
      '.jobs-unified-top-card__bullet',
      '.topcard__flavor--bullet',
    ),
  )?.trim();
  if (!place) return null;
  const pills = root.querySelectorAll(
    '.job-details-fit-level-preferences button, .job-details-preferences-and-skills__pill, .job-details-jobs-unified-top-card__workplace-type',
  );
  for (const pill of Array.from(pills).slice(0, 10)) {
    const type = pill.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    if (!WORKPLACE.test(type)) continue;
    return AWAY.test(type) && !place.toLowerCase().includes(type.toLowerCase()) ? `${place} (${type})` : place;
  }
  return place;
}

/** LinkedIn's posting fields (sites/posting-readers.ts). */
export const posting: PostingReader = (doc, url) => {
  const onView = /\/jobs\/view\//.test(url.pathname);
  const pane = onView ? null : doc.querySelector(PANE);
  const ownId = jobKey(url)?.slice('linkedin:'.length) ?? null;
  const shownId = (pane ? paneId(pane) : null) ?? ownId;
  const root = pane ?? doc;
  return {
    title: textOf(
      root,
      '.job-details-jobs-unified-top-card__job-title h1',
      '.job-details-jobs-unified-top-card__job-title',
      '.jobs-unified-top-card__job-title',
      'h1.t-24',
      'h1.top-card-layout__title',
      '.topcard__title',
    ),
    company: textOf(
      root,
      '.job-details-jobs-unified-top-card__company-name a',
      '.job-details-jobs-unified-top-card__company-name',
      '.jobs-unified-top-card__company-name',
      'a.topcard__org-name-link',
      '.topcard__flavor--black-link',
    ),
    location: location(root),
    // On a search page the job's own address is its view page, not the search.
    url: shownId && !onView ? viewUrl(shownId) : null,
    key: pane && shownId ? `linkedin:${shownId}` : null,
  };
};
