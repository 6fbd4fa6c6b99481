/**
 * The job boards' own names. og:site_name, document titles ("… | LinkedIn") and share texts name the
 * board, not the employer, so the meta and heuristic layers must never report one as the company or
 * title. The structured layers (JSON-LD, microdata, the sites' posting readers) may: they read the hiring
 * organisation itself, which is the board when the board is really hiring.
 */

/** Lower case, no accents, letters and digits only: "Welcome to the Jungle" and "welcometothejungle.com" compare equal. */
export function foldName(s: string): string {
  return s
    .slice(0, 200)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '')
    .replace(/(?:com|fr|couk|de|io|co)$/, '');
}

const BOARD_NAMES = [
  'LinkedIn',
  'LinkedIn Jobs',
  'Indeed',
  'Welcome to the Jungle',
  'WTTJ',
  'Glassdoor',
  'HelloWork',
  'RegionsJob',
  'APEC',
  'France Travail',
  'Pôle emploi',
  'Monster',
  'Jobteaser',
  'JobTeaser Career Center',
  'Greenhouse',
  'Lever',
  'Workday',
  'SmartRecruiters',
  'Ashby',
  'Teamtailor',
  'Cadremploi',
  'Keljob',
  'Meteojob',
];
// Folded on first use, not at load: the content script reaches this module (through meta.ts) but never
// asks, so its bundle leaves the list out.
let boards: ReadonlySet<string> | undefined;

/** Whether `name` is a job board's own name (or `extra`, the page's og:site_name). */
export function isBoardName(name: string, extra: ReadonlySet<string> = new Set()): boolean {
  const folded = foldName(name);
  boards ??= new Set(BOARD_NAMES.map(foldName));
  return folded !== '' && (boards.has(folded) || extra.has(folded));
}

/** The page's og:site_name (and application-name), folded, as extra board names for this page. */
export function pageSiteNames(doc: Document): Set<string> {
  const names = new Set<string>();
  for (const el of Array.from(doc.querySelectorAll('meta[property="og:site_name"], meta[name="application-name"]'))) {
    const content = el.getAttribute('content');
    if (content?.trim()) names.add(foldName(content));
  }
  names.delete('');
  return names;
}
