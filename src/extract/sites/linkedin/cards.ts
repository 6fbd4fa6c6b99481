/**
 * The job cards of LinkedIn's search pages. Written against the public markup of LinkedIn's search
 * pages as read in 2026-11 (the 2024–2025 class names): signed-in `li[data-occludable-job-id]` result
 * items and `.job-card-container` cards, signed-out `base-card` / `base-search-card__*` cards.
 */
import type { CardReader } from '../../types';
import { collectCards, linkJob, textOf } from '../shared';
import { keyOfId, viewUrl } from './site';

// A signed-in result is an item holding a card with the same id: the card is matched only outside one,
// so a page of 100 results gives 100 elements to read, not 200.
const CARD =
  'li[data-occludable-job-id], .job-card-container[data-job-id]:not(li[data-occludable-job-id] *), .base-card[data-entity-urn*="jobPosting:"]';
const CARD_LINK = 'a.job-card-list__title--link, a.job-card-list__title, a.job-card-container__link, a.base-card__full-link';

/** Result cards of search pages, signed in and signed out. */
export const cards: CardReader = (page) =>
  collectCards(page.doc, CARD, (el) => {
    const id = (
      el.getAttribute('data-occludable-job-id') ??
      el.getAttribute('data-job-id') ??
      /jobPosting:(\d+)/.exec(el.getAttribute('data-entity-urn') ?? '')?.[1]
    )?.trim();
    const job =
      id && /^\d{5,20}$/.test(id)
        ? { url: viewUrl(id), jobKey: keyOfId(id) }
        : linkJob(el.querySelector(CARD_LINK)?.getAttribute('href'), page);
    if (!job?.jobKey) return null;
    return {
      url: job.url,
      jobKey: job.jobKey,
      text: () => ({
        // The title link repeats the title in a visually hidden span ("… with verification"): read <strong>.
        title: textOf(el, '.job-card-list__title--link strong', '.job-card-list__title strong', CARD_LINK, '.base-search-card__title'),
        company: textOf(
          el,
          '.artdeco-entity-lockup__subtitle',
          '.job-card-container__primary-description',
          '.job-card-container__company-name',
          '.base-search-card__subtitle',
        ),
      }),
    };
  });
