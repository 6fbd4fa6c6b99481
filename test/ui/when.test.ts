import { beforeEach, describe, expect, it } from 'vitest';
import { dueText, formatTime, toneClass } from '../../src/ui/when';
import { shownError } from '../../src/ui/errors';
import { installCatalog } from '../popup/helpers';

const at = (d: number, h = 9, m = 0) => new Date(2026, 11, d, h, m).getTime();
const NOW = at(10, 14, 30);

beforeEach(installCatalog);

describe('dueText', () => {
  it.each([
    ['later today', at(10, 18), 'today'],
    ['tomorrow', at(11), 'tomorrow'],
    ['in 3 days', at(13), 'in 3 days'],
    ['earlier today', at(10, 9), 'due today'],
    ['exactly now', NOW, 'due today'],
    ['yesterday', at(9, 18), '1 day overdue'],
    ['2 days ago', at(8), '2 days overdue'],
    ['across a month', new Date(2026, 10, 30, 9).getTime(), '10 days overdue'],
  ])('%s', (_name, t, expected) => {
    expect(dueText(NOW, t)).toBe(expected);
  });
});

describe('toneClass: the colour says what dueText says', () => {
  it.each([
    ['in 7 days', at(17), 'tone-upcoming'],
    ['later today', at(10, 18), 'tone-upcoming'],
    ['earlier today', at(10, 9), 'tone-due'],
    ['exactly now', NOW, 'tone-due'],
    ['yesterday', at(9, 18), 'tone-overdue'],
    ['2 days ago', at(8), 'tone-overdue'],
  ])('%s', (_name, t, expected) => {
    expect(toneClass(NOW, t)).toBe(expected);
  });

  it('never gives "in 7 days" and "2 days overdue" the same colour', () => {
    expect(toneClass(NOW, at(17))).not.toBe(toneClass(NOW, at(8)));
    expect(new Set([toneClass(NOW, at(17)), toneClass(NOW, at(10, 9)), toneClass(NOW, at(8))]).size).toBe(3);
  });
});

describe('formatTime', () => {
  it('shows the wall-clock time in the UI language', () => {
    expect(formatTime(at(10, 9))).toBe('09:00');
  });
});

describe('shownError', () => {
  it('keeps the key and fields of a MessageError, hides anything else', () => {
    const fields = [{ field: 'verdict', message: 'errorVerdictRequired' }];
    const messageError = Object.assign(new Error('errorConflict'), { name: 'MessageError', fields });
    expect(shownError(messageError)).toEqual({ message: 'errorConflict', fields });
    expect(shownError(new TypeError('boom'))).toEqual({ message: 'errorUnexpected', fields: [] });
    expect(shownError('string')).toEqual({ message: 'errorUnexpected', fields: [] });
  });
});
