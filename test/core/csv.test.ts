// Fixed time zone for this file: the CSV's dates are local. Set before any Date use.
import '../paris-time';

import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, toCsv, type CsvRow } from '../../src/core/export';
import { makeExport } from '../export-builders';

const HEADER =
  'company,title,location,url,status,last verdict,next follow-up call,interview date,stage,interviewer,weak point,answer promised by,notes';

function row(over: { company?: string; title?: string; notes?: string; interview?: boolean } = {}): CsvRow {
  const f = makeExport(1);
  const application = {
    ...f.applications[0]!,
    posting: { ...f.applications[0]!.posting, title: over.title ?? 'Dev', company: over.company ?? 'Acme' },
  };
  const interview = over.interview === false ? null : { ...f.interviews[0]!, notes: over.notes ?? '' };
  return { application, interview, followUpAt: application.nextDueAt };
}

/** A minimal RFC 4180 parser, to check that what is written reads back as the same cells. */
function parse(csv: string): string[][] {
  const rows: string[][] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') cells.push(cell), (cell = '');
    else if (c === '\r' && csv[i + 1] === '\n') {
      cells.push(cell), rows.push(cells), (cells = []), (cell = ''), i++;
    } else cell += c;
  }
  expect(cell).toBe('');
  expect(cells).toEqual([]);
  return rows;
}

describe('toCsv', () => {
  it('starts with a UTF-8 BOM and a header row, and ends every line with CRLF', () => {
    const csv = toCsv([]);
    expect(csv).toBe(`\uFEFF${HEADER}\r\n`);
    expect(CSV_COLUMNS).toHaveLength(13);
  });

  it('one row per application with its latest debrief, dates as local ISO date times', () => {
    const r = row();
    const [, cells] = parse(toCsv([r]).slice(1));
    expect(cells).toEqual([
      'Acme',
      'Dev',
      'Lyon',
      'https://jobs.x.test/0',
      'waiting',
      'undecided',
      '2026-04-08T12:00', // T0 + 7 days: 10:00Z is 12:00 in Paris (summer time)
      '2026-03-22T11:00', // T0 - 10 days, before the change to summer time: 10:00Z is 11:00
      'hiring-manager',
      'Claire Martin, Engineering manager',
      'No Kubernetes',
      '2026-03-29T12:00',
      '',
    ]);
  });

  it('an application without a debrief has empty debrief cells', () => {
    const [, cells] = parse(toCsv([row({ interview: false })]).slice(1));
    expect(cells!.slice(7)).toEqual(['', '', '', '', '', '']);
  });

  it('a stage not said is an empty cell', () => {
    const r = row();
    const [, cells] = parse(toCsv([{ ...r, interview: { ...r.interview!, stage: null, feeling: null } }]).slice(1));
    expect(cells![CSV_COLUMNS.indexOf('stage')]).toBe('');
    expect(cells).toHaveLength(CSV_COLUMNS.length);
  });

  it.each([
    ['a comma', 'Acme, Inc.', '"Acme, Inc."'],
    ['a quote', 'The "best" company', '"The ""best"" company"'],
    ['a line feed', 'Line 1\nLine 2', '"Line 1\nLine 2"'],
    ['a carriage return', 'Line 1\r\nLine 2', '"Line 1\r\nLine 2"'],
    ['accents only', 'Société Générale', 'Société Générale'],
    ['a semicolon only', 'A; B', 'A; B'],
  ])('quotes a field with %s (RFC 4180)', (_n, company, written) => {
    const csv = toCsv([row({ company })]);
    expect(csv.split('\r\n')[1]!.startsWith(`${written},`) || csv.includes(`\r\n${written},`)).toBe(true);
    expect(parse(csv.slice(1))[1]![0]).toBe(company);
  });

  it.each([
    ['=HYPERLINK("http://evil.test","x")', `'=HYPERLINK("http://evil.test","x")`],
    ['+33 6 12 34 56 78', "'+33 6 12 34 56 78"],
    ['-1+2', "'-1+2"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1', "'\t=1"],
    ['Acme = good', 'Acme = good'],
  ])('neutralises a cell a spreadsheet would run as a formula: %j', (company, cell) => {
    expect(parse(toCsv([row({ company })]).slice(1))[1]![0]).toBe(cell);
  });

  it('every row has as many cells as the header, whatever the notes hold', () => {
    const rows = [row({ notes: 'a,b\r\n"c"\n=d' }), row({ title: '", "' }), row({ interview: false })];
    const parsed = parse(toCsv(rows).slice(1));
    expect(parsed).toHaveLength(4);
    for (const cells of parsed) expect(cells).toHaveLength(13);
    expect(parsed[1]![12]).toBe('a,b\r\n"c"\n=d');
  });
});
