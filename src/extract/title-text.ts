/**
 * Reading a job out of one line of text: a document title or og:title such as "Job - Place | Board",
 * "Job at Company", "Développeur chez Société", or LinkedIn's "Company hiring Job in Place".
 */
import { foldName, isBoardName } from './boards';

/** Separators sites put between the job, the company, the place and the board. */
const SEPARATOR = / (?:-|\||·|–|—) /;
// "Backend Developer at Initech", "Développeur chez Initech": the last " at " wins ("Head of Data at Scale at X").
const AT_COMPANY = /^(.+)\s(?:at|chez|@)\s(.+)$/;
// LinkedIn's share title: "Initech hiring Backend Developer in Lyon, France", "Initech recrute …", and
// Glassdoor's "Initech hiring Backend Developer Job in Lyon".
const HIRING = /^(.+?)\s(?:is hiring|hiring|recrute)\s(?:an?\s|un\s|une\s|des\s|un\(e\)\s)?(.+?)(?:\s(?:in|à)\s(.+))?$/;
// Parts that are places, not companies or titles: "Paris (75)", "Lyon 69003", "Washington, DC 20005",
// "Austin, TX", "Remote", "Télétravail", "United States (Remote)".
const PLACE_LIKE =
  /\(\d{2,3}\)|\b\d{5}\b|^(?:remote|t[ée]l[ée]travail|hybrid|hybride|france)$|\((?:remote|hybrid|t[ée]l[ée]travail)\)$|^remote\b/i;
const CITY_STATE = /^\p{Lu}[\p{L} .'-]*, [A-Z]{2}$/u;

/** Whether one part of a title line has the shape of a place. */
function isPlaceLike(part: string): boolean {
  return PLACE_LIKE.test(part) || CITY_STATE.test(part);
}

export interface TitleText {
  /** The job: the line without the parts known to be something else (a board, a place, the company). */
  title: string | null;
  company: string | null;
  location: string | null;
  /** True when the line names the company in words ("at", "chez", "hiring"), not just by position. */
  explicit: boolean;
  /** A trailing part shaped like a place ("Austin, TX"), dropped from the title: a guess, not a statement. */
  place: string | null;
  /** "Job - Company | Board": the first part and the second, taken by position once the board was dropped. */
  byPosition: { title: string; company: string } | null;
  /** The first part alone, the weakest reading of a page title that appends unknown parts. */
  first: string | null;
}

/**
 * Splits `line` into job, company and place. Only the parts known to be something else are cut from the
 * end of the job: a board's name, a place-shaped part, the company `known` from a stronger layer, "at
 * Company". Any other part stays in the title ("Software Engineer - USDS" is one title). The company is
 * only taken when the line says so ("at", "chez", "hiring"); `byPosition` offers the weaker reading of
 * "Job - Company | Board" (exactly two parts once a board's name was dropped) to the layers that guess.
 */
export function parseTitleText(line: string, siteNames: ReadonlySet<string>, known: string | null = null): TitleText {
  const parts = line
    .slice(0, 4096)
    .split(SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean);
  const kept = parts.filter((p) => !isBoardName(p, siteNames));
  const droppedBoard = kept.length < parts.length;
  const none: TitleText = { title: null, company: null, location: null, explicit: false, place: null, byPosition: null, first: null };
  if (kept.length === 0) return none;
  const hiring = HIRING.exec(kept[0]!);
  if (hiring) {
    return {
      ...none,
      title: hiring[2]!.replace(/\s+jobs?$/i, '').trim(),
      company: hiring[1]!.trim(),
      location: hiring[3]?.trim() ?? null,
      explicit: true,
    };
  }
  let place: string | null = null;
  let company: string | null = null;
  const knownFolded = known ? foldName(known) : null;
  while (kept.length > 1) {
    const last = kept[kept.length - 1]!;
    if (!place && isPlaceLike(last)) place = last;
    else if (!company && knownFolded && foldName(last) === knownFolded) company = last;
    else break;
    kept.pop();
  }
  const second = kept[1];
  const byPosition = droppedBoard && kept.length === 2 && second && !isPlaceLike(second) ? { title: kept[0]!, company: second } : null;
  const at = AT_COMPANY.exec(kept[0]!);
  if (at) return { ...none, title: at[1]!.trim(), company: at[2]!.trim(), explicit: true, place, byPosition, first: at[1]!.trim() };
  return { ...none, title: rejoin(line, kept), company, place, byPosition, first: kept[0]! };
}

/** The kept parts with the separators the line had between them. */
function rejoin(line: string, kept: readonly string[]): string {
  let out = kept[0]!;
  let from = line.indexOf(out) + out.length;
  for (const part of kept.slice(1)) {
    const at = line.indexOf(part, from);
    const separator = at > from ? line.slice(from, at) : ' - ';
    out += SEPARATOR.test(separator) && separator.length <= 5 ? separator : ' - ';
    out += part;
    from = at + part.length;
  }
  return out;
}
