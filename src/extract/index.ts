/** Job-posting recognition: reads a Document (never changes it) and returns a PostingDraft. */
import { jobKeyFor } from '../core/job-key';
import { LIMITS, type PostingDraft } from '../core/types';
import { cleanText, cleanUrl, type Found } from './clean';
import { fromHeuristics } from './heuristic';
import { fromJsonLd } from './json-ld';
import { canonicalLink, fromMeta } from './meta';

type TextField = 'title' | 'company' | 'location';
const TEXT_FIELDS: readonly TextField[] = ['title', 'company', 'location'];

/** Runs a layer; a layer that throws on a strange page just contributes nothing. */
function run(layer: (doc: Document) => Found, doc: Document): Found {
  try {
    return layer(doc);
  } catch {
    return {};
  }
}

/**
 * What the page says about the job it shows. Layers, most reliable first, each filling only the fields
 * still null: schema.org JobPosting JSON-LD, then OpenGraph / meta, then the first h1 and document.title.
 * `url` is the first http(s) address among the JSON-LD url, `<link rel=canonical>` and og:url (resolved
 * against the page), else the page URL, all in canonical form. Never throws.
 */
export function extractPosting(doc: Document, url: URL): PostingDraft {
  const draft: PostingDraft = { title: null, company: null, location: null, url: null, jobKey: null };
  try {
    const canonical = run((d) => ({ url: canonicalLink(d) }), doc).url;
    const layers = [run(fromJsonLd, doc), run(fromMeta, doc), run(fromHeuristics, doc)];
    for (const layer of layers) {
      for (const field of TEXT_FIELDS) draft[field] ??= cleanText(layer[field], LIMITS[field]);
    }
    const candidates = [layers[0]!.url, canonical, layers[1]!.url, url.href];
    for (const candidate of candidates) draft.url ??= cleanUrl(candidate, url);
    draft.jobKey = jobKeyFor(url.href, cleanUrl(canonical, url));
  } catch {
    // Keep whatever was found before the failure; a draft with nulls is still useful to the popup.
  }
  return draft;
}
