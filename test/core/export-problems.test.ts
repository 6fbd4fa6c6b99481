import { describe, expect, it } from 'vitest';
import { checkFullApplication, validateExport } from '../../src/core/export';
import { isJobKey } from '../../src/extract/job-key';
import { makeExport } from '../export-builders';

/** What a refused file or undo says, field by field: the detail a user reads and a bug report quotes. */
const problemOf = (file: unknown) => {
  const r = validateExport(JSON.stringify(file), isJobKey);
  if (r.ok) throw new Error('expected the file to be refused');
  return r.problem;
};
const withEdit = (edit: (f: Record<string, any>) => void) => {
  const f = JSON.parse(JSON.stringify(makeExport(2)));
  edit(f);
  return f;
};

describe('validateExport, the file as a whole', () => {
  it('another format says which field it expects', () => {
    expect(problemOf({ ...makeExport(0), format: 'other' })).toEqual({
      key: 'errorImportNotExport',
      detail: 'The file is not a Relance export (its "format" is not "relance-export").',
    });
  });

  it.each([['3'], [1.5], [0], [null]])('a version %j is no version', (version) => {
    expect(problemOf({ ...makeExport(0), version })).toEqual({
      key: 'errorImportNotExport',
      detail: 'The file has no valid format "version".',
    });
  });

  it('an export date that is not a date', () => {
    expect(problemOf({ ...makeExport(0), exportedAt: 'yesterday' })).toEqual({
      key: 'errorImportRecord',
      detail: 'exportedAt is not a date',
    });
  });

  it('nesting over 16 levels is refused at its path; 16 levels are not', () => {
    const nest = (n: number): unknown => (n === 0 ? 1 : { a: nest(n - 1) });
    const deep = problemOf({ ...makeExport(0), extra: [nest(16)] });
    expect(deep.key).toBe('errorImportUnsafe');
    expect(deep.detail).toBe(`The file nests deeper than 16 levels at extra[0]${'.a'.repeat(15)}.`);
    const r = validateExport(JSON.stringify({ ...makeExport(0), extra: [nest(14)] }), isJobKey);
    expect(r.ok).toBe(true);
  });

  it('a row is named by its store and index, with its application when the row names one', () => {
    expect(problemOf(withEdit((f) => (f.reminders[1].kind = 'x'))).detail).toMatch(
      /^reminders\[1\] \(Company 0 — .*\): kind is not one of/,
    );
    expect(problemOf(withEdit((f) => (f.events[0] = { type: 'outcome' }))).detail).toMatch(/^events\[0\]: id is not text/);
    expect(problemOf(withEdit((f) => (f.interviews[0] = { applicationId: 7 }))).detail).toMatch(/^interviews\[0\]: id is not text/);
    expect(problemOf(withEdit((f) => (f.applications[1].posting = 'x'))).detail).toBe('applications[1]: posting is not an object');
  });
});

describe('checkFullApplication (undo of a delete), the problems it names', () => {
  const set = () => {
    const f = makeExport(1);
    return JSON.parse(
      JSON.stringify({ application: f.applications[0], interviews: f.interviews, reminders: f.reminders, events: f.events }),
    );
  };
  const problem = (edit: (s: Record<string, any>) => void) => {
    const s = set();
    edit(s);
    const r = checkFullApplication(s, isJobKey);
    if (r.ok) throw new Error('expected the snapshot to be refused');
    return r.problem;
  };

  it('a snapshot that is not an object', () => {
    expect(checkFullApplication([], isJobKey)).toEqual({ ok: false, problem: 'the snapshot is not an object' });
  });

  it.each<[string, (s: Record<string, any>) => void, string]>([
    ['a bad interview', (s) => (s.interviews[0].verdict = 'x'), 'interviews[0]: verdict is not one of'],
    ['a bad reminder', (s) => (s.reminders[1].kind = 'x'), 'reminders[1]: kind is not one of'],
    ['a bad event', (s) => (s.events[0].type = 'x'), 'events[0]: type is not one of'],
    [
      'two reminders with one id',
      (s) => (s.reminders[1].id = s.reminders[0].id),
      'reminders[1]: id "x-app-0-rem-f" is also the id of reminders[0]',
    ],
    [
      'the application key twice',
      (s) => s.application.keys.push('https://jobs.x.test/9', 'https://jobs.x.test/9'),
      'application: keys has the same key twice',
    ],
  ])('%s', (_n, edit, message) => {
    expect(problem(edit)).toContain(message);
  });
});
