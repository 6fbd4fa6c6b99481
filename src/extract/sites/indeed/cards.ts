/**
 * The job cards of Indeed's search pages. Written against the public markup of Indeed's search pages
 * as read in 2026-11: `.job_seen_beacon` blocks holding `a.jcs-JobTitle[data-jk]` and
 * `[data-testid="company-name"]`.
 */
import { plainText } from '../../clean';
import type { CardReader } from '../../types';
import { collectCards, textOf } from '../shared';
import { jobKey, viewUrl } from './site';

/** Result cards of search pages. */
export const cards: CardReader = ({ doc, url: base }) =>
  collectCards(doc, 'a[data-jk]', (link) => {
    const jk = link.getAttribute('data-jk') ?? '';
    const url = viewUrl(base.hostname, encodeURIComponent(jk.trim()));
    const key = jobKey(new URL(url));
    if (!key) return null;
    const card = link.closest('.job_seen_beacon, .cardOutline, li') ?? link;
    return {
      url,
      jobKey: key,
      element: card,
      text: () => ({
        title: link.querySelector('span[title]')?.getAttribute('title') ?? plainText(link),
        company: textOf(card, '[data-testid="company-name"]', '.companyName'),
      }),
    };
  });
