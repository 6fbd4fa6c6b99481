/**
 * Job-posting recognition: reads a Document (never changes it) and returns what it shows. The public
 * surface is `extractPosting` (the posting a page shows) and `findJobCards` (the job cards of a listing).
 */
import { LIMITS, type ExtractLayer, type PostingDraft } from '../core/types';
import { foldName, isBoardName, pageSiteNames } from './boards';
import { cleanPlaces, cleanText, cleanUrl, type Found } from './clean';
import { fromHeuristics } from './heuristic';
import { isSiteKey, jobKeyFor, siteOf } from './job-key';
import { fromJsonLd } from './json-ld';
import { fromLabels } from './labels';
import { canonicalLink, fromMeta } from './meta';
import { fromMicrodata } from './microdata';
import * as postingReaders from './sites/posting-readers';
import type { SiteId } from './sites/registry';
import type { PostingReader } from './types';

export { findJobCards } from './cards';
export type { JobCard } from './types';

/** Each site's posting reader: the module exports one per site, under its id; every one is wanted here. */
const POSTING_READERS: Readonly<Record<SiteId, PostingReader>> = postingReaders;

type TextField = 'title' | 'company' | 'location';
const TEXT_FIELDS: readonly TextField[] = ['title', 'company', 'location'];
/** Layers that read the page's own words about the employer; the others may name the board instead. */
const STRUCTURED: ReadonlySet<ExtractLayer> = new Set(['json-ld', 'microdata', 'site']);

/** Runs a layer; a layer that throws on a strange page just contributes nothing. */
function run(layer: () => Found): Found {
  try {
    return layer() ?? {};
  } catch {
    return {};
  }
}

interface Context {
  siteNames: ReadonlySet<string>;
  title: string | null;
  /** The company a stronger layer found, so the meta layer can drop it from a share title's end. */
  company: string | null;
}

/** Whether a cleaned value may fill `field`: never a board's name (unless a structured layer says the board is hiring). */
function acceptable(field: TextField, value: string, layer: ExtractLayer, ctx: Context): boolean {
  if (field === 'title') return !isBoardName(value, ctx.siteNames);
  if (field === 'company') {
    if (!STRUCTURED.has(layer) && isBoardName(value, ctx.siteNames)) return false;
    // The title is not its own employer, nor is a part of it ("Software Engineer - USDS" is one title).
    return ctx.title === null || !ctx.title.split(/ (?:-|\||·|–|—) /).some((part) => foldName(part) === foldName(value));
  }
  return true;
}

/**
 * What the page says about the job it shows. Layers, most reliable first, each filling only the fields
 * still empty, and each recorded in `sources`: schema.org JobPosting JSON-LD, schema.org microdata, the
 * site's posting reader (sites/<site>/posting.ts), OpenGraph / meta, labelled text ("Location:", "Entreprise :",
 * dt/dd pairs, icon rows: labels.ts), then a heuristic on the first h1 and document.title.
 * `url` is the first http(s) address among the JSON-LD, microdata and site reader urls, the
 * `<link rel=canonical>` and og:url (resolved against the page), else the page URL, in canonical form.
 * `jobKey` is the site's own id for the job when the site has one (extract/job-key.ts): the id of the job open
 * in a search page's pane when the site reader finds one there, else the one the address names. Never throws.
 */
export function extractPosting(doc: Document, url: URL): PostingDraft {
  const draft: PostingDraft = { title: null, company: null, location: null, url: null, jobKey: null, sources: {} };
  const sources = draft.sources!;
  try {
    const ctx: Context = { siteNames: safe(() => pageSiteNames(doc), new Set<string>()), title: null, company: null };
    const site = siteOf(url);
    const readPosting = site ? POSTING_READERS[site] : null;
    const canonical = safe(() => canonicalLink(doc), null);
    const layers: Array<[ExtractLayer, () => Found]> = [
      ['json-ld', () => fromJsonLd(doc)],
      ['microdata', () => fromMicrodata(doc)],
      ['site', () => readPosting?.(doc, url) ?? {}],
      ['meta', () => fromMeta(doc, ctx.siteNames, ctx.company)],
      ['label', () => fromLabels(doc)],
      ['heuristic', () => fromHeuristics(doc, ctx.siteNames)],
    ];
    let paneKey: string | null = null;
    const urls: Array<[ExtractLayer | null, string | null | undefined]> = [];
    for (const [layer, read] of layers) {
      const found = run(read);
      if (layer === 'site' && site && isSiteKey(found.key) && found.key.startsWith(`${site}:`)) paneKey = found.key;
      for (const field of TEXT_FIELDS) {
        if (draft[field] !== null) continue;
        const raw = found[field];
        const value = field === 'location' ? cleanPlaces(raw, LIMITS.location) : cleanText(raw, LIMITS[field]);
        if (value === null || !acceptable(field, value, layer, ctx)) continue;
        draft[field] = value;
        sources[field] = layer;
        if (field === 'title') ctx.title = value;
        if (field === 'company') ctx.company = value;
      }
      urls.push([layer, found.url]);
      // The canonical link ranks after the structured urls and before og:url.
      if (layer === 'site') urls.push(['meta', canonical]);
    }
    urls.push([null, url.href]);
    for (const [layer, candidate] of urls) {
      const cleaned = cleanUrl(candidate, url);
      if (cleaned === null) continue;
      draft.url = cleaned;
      if (layer) sources.url = layer;
      break;
    }
    // The pane's own job comes first: on a search page it is what the fields above describe.
    draft.jobKey = paneKey ?? jobKeyFor(url.href, cleanUrl(canonical, url));
  } catch {
    // Keep whatever was found before the failure; a draft with nulls is still useful to the popup.
  }
  draft.jobKey ??= jobKeyFor(url.href);
  draft.url ??= cleanUrl(url.href, url);
  return draft;
}

function safe<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
