/** Last layer: what any page has, the first `<h1>` and `document.title`. Everything it gives is a guess. */
import { plainText, type Found } from './clean';
import { parseTitleText } from './title-text';

export function fromHeuristics(doc: Document, siteNames: ReadonlySet<string>): Found {
  const h1 = plainText(doc.querySelector('h1'));
  // Bounded so a pathological <title> costs nothing: the result is capped far below this anyway.
  const docTitle = (doc.title ?? '').slice(0, 4096).trim();
  const split = docTitle ? parseTitleText(docTitle, siteNames) : null;
  return {
    title: h1?.trim() ? h1 : (split?.title ?? null),
    company: split?.company ?? null,
    location: split?.location ?? null,
  };
}
