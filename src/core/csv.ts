import { toDateTimeInput } from './dates';
import type { Application, Interview } from './types';

/** One application, its newest debrief (null when it has none) and its next pending follow-up call. */
export interface CsvRow {
  application: Application;
  interview: Interview | null;
  /** The follow-up call, not the application's next date: that may be the promised answer (docs/method.md §3). */
  followUpAt: number | null;
}

export const CSV_COLUMNS = [
  'company',
  'title',
  'location',
  'url',
  'status',
  'last verdict',
  'next follow-up call',
  'interview date',
  'stage',
  'interviewer',
  'weak point',
  'answer promised by',
  'notes',
] as const;

/**
 * The applications as CSV, one row per application with its latest debrief, for spreadsheet
 * programs: RFC 4180 (a header row, CRLF line ends, fields with a comma, quote, CR or LF quoted and
 * quotes doubled), a UTF-8 byte order mark so that Excel reads accents right, and cells that a
 * spreadsheet would run as a formula (= + - @, tab, CR first) prefixed with a single quote: posting
 * fields come from web pages nobody here controls (OWASP "CSV injection").
 */
export function toCsv(rows: CsvRow[]): string {
  const lines = [CSV_COLUMNS.map(cell), ...rows.map((r) => fieldsOf(r).map(cell))];
  return `\uFEFF${lines.map((l) => `${l.join(',')}\r\n`).join('')}`;
}

function fieldsOf({ application: a, interview: i, followUpAt }: CsvRow): string[] {
  const date = (t: number | null | undefined) => (t === null || t === undefined ? '' : toDateTimeInput(t));
  return [
    a.posting.company,
    a.posting.title,
    a.posting.location,
    a.posting.url,
    a.status,
    a.lastVerdict ?? '',
    date(followUpAt),
    date(i?.interviewAt),
    i?.stage ?? '',
    i ? [i.interviewerName, i.interviewerRole].filter(Boolean).join(', ') : '',
    i?.weakPoint ?? '',
    date(i?.answerBy),
    i?.notes ?? '',
  ];
}

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
