import { describe, expect, it } from 'vitest';
import en from '../../_locales/en/messages.json';
import {
  ApplicationNotFoundError,
  ConflictError,
  ImportError,
  InterviewNotFoundError,
  KeyTakenError,
  ReminderNotFoundError,
} from '../../src/storage/errors';

/** The worker replies with an error's message as the key of the text the user reads: it must be in the catalog. */
describe('storage errors', () => {
  it.each([
    [new ConflictError(), 'ConflictError', 'errorConflict'],
    [new ReminderNotFoundError(), 'ReminderNotFoundError', 'errorReminderNotFound'],
    [new ApplicationNotFoundError(), 'ApplicationNotFoundError', 'errorApplicationNotFound'],
    [new InterviewNotFoundError(), 'InterviewNotFoundError', 'errorInterviewNotFound'],
    [new KeyTakenError(), 'KeyTakenError', 'errorKeyTaken'],
    [new ImportError('errorImportRecord', 'x'), 'ImportError', 'errorImportRecord'],
  ])('%s: named, its message a catalog key', (error, name, key) => {
    expect(error.name).toBe(name);
    expect(error.message).toBe(key);
    expect(Object.keys(en)).toContain(key);
  });

  it('an import error carries its detail as the field "file"', () => {
    expect(new ImportError('errorImportRecord', 'events is not a list').fields).toEqual([
      { field: 'file', message: 'events is not a list' },
    ]);
  });
});
