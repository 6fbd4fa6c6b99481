/** Layer 3: what any page has, the first `<h1>` and `document.title`. Used only when nothing better exists. */
import type { Found } from './clean';

// Title separators sites put between the job, the company and the board: "Job - Company | Board".
const SEPARATOR = / (?:-|\||·|–|—) /;
// "Backend Developer at Initech", "Développeur chez Initech": the last " at " wins ("Head of Data at Scale at X").
const AT_COMPANY = /^(.+)\s(?:at|chez|@)\s(.+)$/;

/** Splits the first part of a document title into a job title and, when it says so, a company. */
function splitDocumentTitle(title: string): { title: string; company: string | null } {
  const first = title.split(SEPARATOR)[0]!.trim();
  const match = AT_COMPANY.exec(first);
  return match ? { title: match[1]!.trim(), company: match[2]!.trim() } : { title: first, company: null };
}

export function fromHeuristics(doc: Document): Found {
  const h1 = doc.querySelector('h1')?.textContent ?? null;
  // Bounded so a pathological <title> costs nothing: the result is capped far below this anyway.
  const docTitle = (doc.title ?? '').slice(0, 4096).trim();
  const split = docTitle ? splitDocumentTitle(docTitle) : null;
  return {
    title: h1 && h1.trim() ? h1 : (split?.title ?? null),
    company: split?.company ?? null,
  };
}
