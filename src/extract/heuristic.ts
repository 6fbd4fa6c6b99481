/**
 * Last layer: what any page has, the first `<h1>` and `document.title` (and a place at the end of the
 * share title). Everything it gives is a guess.
 */
import { plainText, type Found } from './clean';
import { shareTitle } from './meta';
import { parseTitleText } from './title-text';

export function fromHeuristics(doc: Document, siteNames: ReadonlySet<string>): Found {
  const h1 = plainText(doc.querySelector('h1'));
  // Bounded so a pathological <title> costs nothing: the result is capped far below this anyway.
  const docTitle = (doc.title ?? '').slice(0, 4096).trim();
  const split = docTitle ? parseTitleText(docTitle, siteNames) : null;
  const share = shareTitle(doc);
  return {
    // A page title often appends parts nothing identifies (a section, the employer's site): the guess
    // keeps the first part, and the popup flags it for checking.
    title: h1?.trim() ? h1 : (split?.first ?? null),
    company: split?.company ?? split?.byPosition?.company ?? null,
    location: split?.location ?? split?.place ?? (share ? parseTitleText(share, siteNames).place : null),
  };
}
