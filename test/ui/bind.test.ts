import { describe, expect, it } from 'vitest';
import { binder } from '../../src/ui/bind';

describe('binder', () => {
  it("gives a field's id and error from one path, its value, and a setter that changes that key only", () => {
    let state = { note: 'a', nextFollowUp: '2026-12-08' };
    const err = (path: string) => (path === 'outcome.nextFollowUpAt' ? 'Too early' : null);
    const bind = binder(state, (change) => (state = change(state)), err, 'outcome.');
    expect(bind('note')).toMatchObject({ id: 'f-outcome-note', value: 'a', error: null });
    const followUp = bind('nextFollowUp', 'outcome.nextFollowUpAt');
    expect(followUp).toMatchObject({ id: 'f-outcome-nextFollowUpAt', value: '2026-12-08', error: 'Too early' });
    followUp.onValue('2026-12-09');
    expect(state).toEqual({ note: 'a', nextFollowUp: '2026-12-09' });
  });
});
