/**
 * Reading a job out of one line of text: a document title or og:title such as "Job - Company | Board",
 * "Job at Company", "Développeur chez Société", or LinkedIn's "Company hiring Job in Place".
 */
import { isBoardName } from './boards';

/** Separators sites put between the job, the company and the board. */
const SEPARATOR = / (?:-|\||·|–|—) /;
// "Backend Developer at Initech", "Développeur chez Initech": the last " at " wins ("Head of Data at Scale at X").
const AT_COMPANY = /^(.+)\s(?:at|chez|@)\s(.+)$/;
// LinkedIn's share title: "Initech hiring Backend Developer in Lyon, France", and "Initech recrute …".
const HIRING = /^(.+?)\s(?:is hiring|hiring|recrute)\s(?:an?\s|un\s|une\s|des\s|un\(e\)\s)?(.+?)(?:\s(?:in|à)\s(.+))?$/;
// Parts that are places, not companies: "Paris (75)", "Lyon 69003", "Remote", "Télétravail".
const PLACE_LIKE = /\(\d{2,3}\)|\b\d{5}\b|^(?:remote|t[ée]l[ée]travail|hybrid|hybride|france)$/i;

export interface TitleText {
  title: string | null;
  company: string | null;
  location: string | null;
  /** True when the line names the company in words ("at", "chez", "hiring"), not just by position. */
  explicit: boolean;
}

/**
 * Splits `line` into job, company and place. The company is only taken when the line says so ("at",
 * "chez", "hiring"), or when exactly two parts are left once a board's name was dropped ("Job - Company |
 * LinkedIn"); "Job - Acme - Board" with an unknown board stays ambiguous and gives no company.
 */
export function parseTitleText(line: string, siteNames: ReadonlySet<string>): TitleText {
  const parts = line
    .slice(0, 4096)
    .split(SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean);
  const kept = parts.filter((p) => !isBoardName(p, siteNames));
  const droppedBoard = kept.length < parts.length;
  const first = kept[0] ?? null;
  if (first === null) return { title: null, company: null, location: null, explicit: false };
  const hiring = HIRING.exec(first);
  if (hiring) return { title: hiring[2]!.trim(), company: hiring[1]!.trim(), location: hiring[3]?.trim() ?? null, explicit: true };
  const at = AT_COMPANY.exec(first);
  if (at) return { title: at[1]!.trim(), company: at[2]!.trim(), location: null, explicit: true };
  const second = kept[1];
  const company = droppedBoard && kept.length === 2 && second && !PLACE_LIKE.test(second) ? second : null;
  return { title: first, company, location: null, explicit: false };
}
