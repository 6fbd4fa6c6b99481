/**
 * The posting a LinkedIn job page shows. Written against the public markup of LinkedIn job pages as
 * read in 2026-11 (the 2024–2025 class names): the signed-in `job-details-jobs-unified-top-card__*` top
 * card and the signed-out guest page's `topcard__*` classes. Guest pages also carry JSON-LD, which wins
 * over this reader.
 */
import type { PostingReader } from '../../types';
import { firstPart, textOf } from '../shared';
import { jobKey, viewUrl } from './site';

/** LinkedIn's posting fields (sites/posting-readers.ts). */
export const posting: PostingReader = (doc, url) => {
  const id = jobKey(url)?.slice('linkedin:'.length);
  return {
    title: textOf(
      doc,
      '.job-details-jobs-unified-top-card__job-title h1',
      '.job-details-jobs-unified-top-card__job-title',
      '.jobs-unified-top-card__job-title',
      'h1.top-card-layout__title',
      '.topcard__title',
    ),
    company: textOf(
      doc,
      '.job-details-jobs-unified-top-card__company-name a',
      '.job-details-jobs-unified-top-card__company-name',
      '.jobs-unified-top-card__company-name',
      'a.topcard__org-name-link',
      '.topcard__flavor--black-link',
    ),
    // "Paris, Île-de-France, France · Reposted 2 weeks ago · Over 100 applicants"
    location: firstPart(
      textOf(
        doc,
        '.job-details-jobs-unified-top-card__primary-description-container',
        '.job-details-jobs-unified-top-card__tertiary-description-container',
        '.jobs-unified-top-card__bullet',
        '.topcard__flavor--bullet',
      ),
    ),
    // On a search page the job's own address is its view page, not the search.
    url: id && !/\/jobs\/view\//.test(url.pathname) ? viewUrl(id) : null,
  };
};
