/** Small DOM readers the sites' card and posting readers share. All read only; none touches layout. */
import { canonicalUrl } from '../../core/job-key';
import { plainText } from '../clean';
import type { CardRef, CardText, ListingPage } from '../types';

/** No listing shows this many; a hostile page may. */
export const MAX_CARDS = 1_000;

/** Text of the first element matching one of `selectors`, tried in order of preference. */
export function textOf(root: ParentNode, ...selectors: string[]): string | null {
  for (const selector of selectors) {
    const text = plainText(root.querySelector(selector));
    if (text?.trim()) return text;
  }
  return null;
}

/** An attribute of the first element matching one of `selectors`. */
export function attrOf(root: ParentNode, attribute: string, ...selectors: string[]): string | null {
  for (const selector of selectors) {
    const value = root.querySelector(selector)?.getAttribute(attribute);
    if (value?.trim()) return value;
  }
  return null;
}

/** The first part of "Paris, France · Reposted 2 weeks ago · 100 applicants". */
export function firstPart(text: string | null, separator = /\s[·•|]\s/): string | null {
  return text ? (text.split(separator)[0] ?? null) : null;
}

/** A link's target resolved against the page and canonical, with its site key; null for other links. */
export function linkJob(href: string | null | undefined, page: ListingPage): { url: string; jobKey: string } | null {
  if (!href || href.length > 8_192) return null;
  let target: URL;
  try {
    target = new URL(href, page.url);
  } catch {
    return null;
  }
  const jobKey = page.keyOf(target);
  const url = jobKey ? canonicalUrl(target.href) : null;
  return jobKey && url ? { url, jobKey } : null;
}

/** What a card reader finds in one element: the job at once, the card's text in `text`, read later if at all. */
export interface CardFields {
  url: string;
  jobKey: string;
  text?: () => CardText;
  /** The card root when it is not the matched element itself (e.g. the list item around a link). */
  element?: Element;
}

/** One querySelectorAll, one reader per match; the first card of each job wins (ancestors come first). */
export function collectCards(root: ParentNode, selector: string, read: (el: Element) => CardFields | null): CardRef[] {
  const cards: CardRef[] = [];
  const seen = new Set<string>();
  const found = root.querySelectorAll(selector);
  for (let i = 0; i < found.length && cards.length < MAX_CARDS; i++) {
    const fields = read(found[i]!);
    if (!fields || seen.has(fields.jobKey)) continue;
    seen.add(fields.jobKey);
    cards.push({ element: fields.element ?? found[i]!, url: fields.url, jobKey: fields.jobKey, text: fields.text });
  }
  return cards;
}

/**
 * Cards that are a link to one of `site`'s jobs (or hold one): the card is `closest(cardRoot)` of the
 * link, else the link. Links to other sites' jobs are left to the generic pass.
 */
export function linkCards(
  page: ListingPage,
  site: string,
  linkSelector: string,
  cardRoot: string,
  read: (card: Element, link: Element) => CardText,
): CardRef[] {
  return collectCards(page.doc, linkSelector, (link) => {
    const job = linkJob(link.getAttribute('href'), page);
    if (!job?.jobKey.startsWith(`${site}:`)) return null;
    const card = link.closest(cardRoot) ?? link;
    return { ...job, element: card, text: () => read(card, link) };
  });
}
