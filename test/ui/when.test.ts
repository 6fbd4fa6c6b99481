import { beforeEach, describe, expect, it } from 'vitest';
import { dueText, formatTime } from '../../src/ui/when';
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
