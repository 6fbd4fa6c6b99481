// The debrief form's dates follow the method (docs/method.md §3): the default call follows the date
// they gave until the user sets it; after a rejection no call is asked, and asking for feedback is a
// choice. NOW is Tuesday 1 December 2026, 14:30 (test/popup/helpers.ts); the default call is Tue 8.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/core/types';
import {
  checkForm,
  initialForm,
  postingFields,
  withDefaultDates,
  withFeedback,
  withFollowUp,
  withInterviewAt,
  type FormState,
} from '../../../src/ui/debrief/form-state';
import { NOW } from '../../popup/helpers';

const posting = { title: 'Frontend developer', company: 'Acme', location: 'Lyon', url: 'https://jobs.example.com/offers/42' };
const fresh = (): FormState => initialForm(postingFields(posting, null), NOW, DEFAULT_SETTINGS);
/** What an edit does in the form: the change, then the untouched defaults follow (debrief-form.tsx). */
const edit = (s: FormState, change: Partial<FormState>) => withDefaultDates({ ...s, ...change }, DEFAULT_SETTINGS);
const at = (d: number, h = 9) => new Date(2026, 11, d, h).getTime();

describe('the default follow-up call follows the date they gave', () => {
  it('an answer date after day 7 moves the call to the working day after it (Fri 11 → Mon 14)', () => {
    expect(edit(fresh(), { verdict: 'undecided', answerBy: '2026-12-11' }).followUp).toBe('2026-12-14');
  });

  it('an answer date before day 7 moves it too (Thu 3 → Fri 4)', () => {
    expect(edit(fresh(), { verdict: 'undecided', answerBy: '2026-12-03' }).followUp).toBe('2026-12-04');
  });

  it('clearing the answer date brings back interview + the delay; a half-typed one leaves the call where it is', () => {
    const s = edit(fresh(), { answerBy: '2026-12-11' });
    expect(edit(s, { answerBy: '' }).followUp).toBe('2026-12-08');
    expect(edit(s, { answerBy: '2026-12-1' }).followUp).toBe('2026-12-14');
  });

  it('a convinced verdict with a dated next step: the working day after that step', () => {
    const s = edit(fresh(), { verdict: 'convinced', nextSteps: [{ withWhom: 'CTO', when: '2026-12-16' }] });
    expect(s.followUp).toBe('2026-12-17');
    // Convinced without a date keeps the one-week call.
    expect(edit(s, { nextSteps: [{ withWhom: 'CTO', when: '' }] }).followUp).toBe('2026-12-08');
  });

  it('a new interview date moves the call only when no promise rules it', () => {
    const promised = edit(fresh(), { answerBy: '2026-12-11' });
    expect(withInterviewAt(promised, '2026-12-02T10:00', DEFAULT_SETTINGS).followUp).toBe('2026-12-14');
    expect(withInterviewAt(fresh(), '2026-12-02T10:00', DEFAULT_SETTINGS).followUp).toBe('2026-12-09');
  });

  it('once the user sets the call, it stays wherever the dates go', () => {
    const s = withFollowUp(fresh(), '2026-12-10');
    expect(edit(s, { answerBy: '2026-12-18' }).followUp).toBe('2026-12-10');
  });

  it('the saved debrief carries the call on the working day after the answer date', () => {
    const r = checkForm(edit(fresh(), { verdict: 'undecided', answerBy: '2026-12-11' }), DEFAULT_SETTINGS);
    expect(r.ok && [r.debrief.answerBy, r.debrief.followUpAt]).toEqual([at(11), at(14)]);
  });

  it('a call set before the date they gave is accepted as the user set it', () => {
    const s = withFollowUp(edit(fresh(), { verdict: 'undecided', answerBy: '2026-12-11' }), '2026-12-09');
    const r = checkForm(s, DEFAULT_SETTINGS);
    expect(r.ok && r.debrief.followUpAt).toBe(at(9));
  });
});

describe('after a rejection', () => {
  const rejected = () => edit(fresh(), { verdict: 'rejected', answerBy: '2026-12-11', rejectionReason: 'Internal hire' });

  it('no follow-up call and no answer date are saved, and no feedback reminder unless ticked', () => {
    const r = checkForm(rejected(), DEFAULT_SETTINGS);
    expect(r.ok && [r.debrief.followUpAt, r.debrief.answerBy, r.debrief.feedbackAt]).toEqual([null, null, null]);
  });

  it('an empty or broken follow-up date is no error: it is not asked', () => {
    expect(checkForm({ ...rejected(), followUp: '' }, DEFAULT_SETTINGS).ok).toBe(true);
  });

  it('"ask for feedback" ticked: the feedback date, by default the interview + the delay, at the reminder time', () => {
    const s = { ...rejected(), askFeedback: true };
    expect(s.feedback).toBe('2026-12-08');
    const r = checkForm(s, DEFAULT_SETTINGS);
    expect(r.ok && r.debrief.feedbackAt).toBe(at(8));
    const moved = checkForm(withFeedback(s, '2026-12-03'), DEFAULT_SETTINGS);
    expect(moved.ok && moved.debrief.feedbackAt).toBe(at(3));
  });

  it('"ask for feedback" ticked without a date: an error next to that field', () => {
    const r = checkForm(withFeedback({ ...rejected(), askFeedback: true }, ''), DEFAULT_SETTINGS);
    expect(!r.ok && r.errors).toEqual([{ field: 'feedbackAt', message: 'errorFeedbackRequired' }]);
  });

  it('a feedback date ticked, then the verdict changed: not saved', () => {
    const r = checkForm(edit({ ...rejected(), askFeedback: true }, { verdict: 'undecided' }), DEFAULT_SETTINGS);
    expect(r.ok && [r.debrief.feedbackAt, r.debrief.followUpAt]).toEqual([null, at(14)]);
  });
});
