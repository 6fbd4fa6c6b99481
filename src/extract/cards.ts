/**
 * Job cards of listing and search pages: the site's own card markup first, then any link to a job of a
 * supported site (other boards' links, recommendations, markup the site's card reader does not know yet).
 */
import { canonicalUrl } from '../core/job-key';
import { LIMITS } from '../core/types';
import { cleanText, plainText } from './clean';
import { EMBEDS, jobKeyFor, siteKeyOf, siteOf } from './job-key';
import * as cardReaders from './sites/card-readers';
import { SITES, type SiteId } from './sites/registry';
import { MAX_CARDS } from './sites/shared';
import type { CardReader, CardRef, CardText, JobCard } from './types';

/** Each site's card reader: the module exports one per site, under its id; every one is wanted here. */
const CARD_READERS: Readonly<Record<SiteId, CardReader>> = cardReaders;

/** Links looked at by the generic pass; a listing page has a few hundred. */
const MAX_LINKS = 5_000;
/** Where a chip goes for a bare link: its list item or article, else the link itself. */
const GENERIC_ROOT = 'li, article, [role="listitem"], tr';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (texts: readonly string[]) => new RegExp(texts.map(escapeRe).join('|'), 'i');
/** A cheap test on a relative href: every one that embeds a site's job carries one of these parameters. */
const EMBED_HINT = anyOf(EMBEDS.map((e) => e.param));
/**
 * A cheap test on a raw href, before parsing it: every URL a site rule (or an embed or redirect carrying
 * one) accepts contains one of these (the sites' `hints`). Lets a listing page's hundreds of other links
 * be skipped unparsed.
 */
export const SITE_HINT = anyOf([...SITES.flatMap((s) => s.hints), ...EMBEDS.map((e) => e.param)]);

/** The cards of the site's own markup, and whether they may be out of page order (several sites' readers). */
function siteCards(doc: Document, url: URL): { cards: CardRef[]; mixed: boolean } {
  const own = siteOf(url);
  // On a host no site serves (a local copy of a site's page, the e2e fixture server), every site's card
  // reader is tried: cards are only kept when they resolve to a site key, so this stays exact.
  const readers = own ? [CARD_READERS[own]] : SITES.map((s) => CARD_READERS[s.id]);
  const page = { doc, url, keyOf: siteKeyOf };
  const cards: CardRef[] = [];
  let contributors = 0;
  for (const read of readers) {
    try {
      const found = read(page);
      if (found.length > 0) contributors++;
      cards.push(...found);
    } catch {
      // one site's markup surprise must not hide the other cards
    }
  }
  return { cards, mixed: contributors > 1 };
}

/** Whether an href may lead to a job of a supported site; relative ones only on a supported site's page. */
function mayBeJob(href: string, pageOnSite: boolean): boolean {
  if (/^(?:[a-z][a-z\d+.-]*:|\/\/)/i.test(href)) return SITE_HINT.test(href);
  // Every site key needs a number, a "/jobs/" path (WTTJ slugs) or an embed id.
  return EMBED_HINT.test(href) || (pageOnSite && /\d|\/jobs\//.test(href));
}

/**
 * The links inside the site's own cards, and the cards that are links: the generic pass leaves them. One
 * query per card, rather than walking each link's ancestors (every element first touched from a content
 * script costs a wrapper object).
 */
function linksIn(cards: readonly CardRef[]): Set<Element> {
  const links = new Set<Element>();
  for (const { element } of cards) {
    if (element.localName === 'a') links.add(element);
    for (const link of element.querySelectorAll('a[href]')) links.add(link);
  }
  return links;
}

function genericCards(doc: Document, url: URL, skip: ReadonlySet<string>, claimedLinks: ReadonlySet<Element>): CardRef[] {
  const cards: CardRef[] = [];
  const seen = new Set(skip);
  const pageOnSite = siteOf(url) !== null;
  const links = doc.querySelectorAll('a[href]');
  for (let i = 0; i < links.length && i < MAX_LINKS && cards.length < MAX_CARDS; i++) {
    const link = links[i]!;
    if (claimedLinks.has(link)) continue;
    const href = link.getAttribute('href');
    if (!href || href.length > 8_192 || !mayBeJob(href, pageOnSite)) continue;
    let target: URL;
    try {
      target = new URL(href, url);
    } catch {
      continue;
    }
    const jobKey = siteKeyOf(target);
    if (!jobKey || seen.has(jobKey)) continue;
    const jobUrl = canonicalUrl(target.href);
    if (!jobUrl) continue;
    seen.add(jobKey);
    cards.push({ element: link.closest(GENERIC_ROOT) ?? link, url: jobUrl, jobKey, text: () => ({ title: plainText(link) }) });
  }
  return cards;
}

/** Document order, for merging the site's cards with the generic ones. */
function byPosition(a: CardRef, b: CardRef): number {
  if (a.element === b.element) return 0;
  return a.element.compareDocumentPosition(b.element) & 4 /* FOLLOWING */ ? -1 : 1;
}

/**
 * The jobs of a listing or search page, in page order, one per job: `{element, url, jobKey, text}`,
 * where `element` is the card's root and `text` reads the card's raw title and company when called.
 * Pure: reads the document, changes nothing. Cheap: one querySelectorAll for the site's cards and one
 * over the links, no layout reads, no text read. The content script needs only this: it chips jobs and
 * never reads the cards' text (nor carries the text cleaner). The posting the page itself shows is not
 * a card unless the site lists it as one (a search page's selected job).
 */
export function findJobs(doc: Document, url: URL): CardRef[] {
  try {
    const own = siteCards(doc, url);
    const keys = new Set(own.cards.map((c) => c.jobKey));
    const pageKey = jobKeyFor(url.href);
    if (pageKey) keys.add(pageKey);
    const extra = genericCards(doc, url, keys, linksIn(own.cards));
    return extra.length === 0 && !own.mixed ? own.cards : dedupe([...own.cards, ...extra].sort(byPosition));
  } catch {
    return [];
  }
}

/**
 * The job cards of a listing or search page (findJobs), each with its title and company read and
 * cleaned: `{element, url, jobKey, title, company}`. The text of a card is read only for the cards kept.
 */
export function findJobCards(doc: Document, url: URL): JobCard[] {
  return findJobs(doc, url).map(({ element, url, jobKey, text }) => {
    const shown = readText(text);
    return { element, url, jobKey, title: cleanText(shown.title, LIMITS.title), company: cleanText(shown.company, LIMITS.company) };
  });
}

/** A card's text; a reader that throws on a strange card gives no text rather than no card. */
function readText(text: CardRef['text']): CardText {
  try {
    return text?.() ?? {};
  } catch {
    return {};
  }
}

/** Several sites' readers may claim the same job (unknown host): keep its first card. */
function dedupe(cards: CardRef[]): CardRef[] {
  const seen = new Set<string>();
  return cards.filter((c) => {
    if (seen.has(c.jobKey)) return false;
    seen.add(c.jobKey);
    return true;
  });
}
