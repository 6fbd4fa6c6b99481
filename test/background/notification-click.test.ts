// Where a click on a reminder's notification leads, and which card it opens (background/notification-click.ts).
import { describe, expect, it } from 'vitest';
import { cardApplicationOf, clickTarget } from '../../src/background/notification-click';
import type { Reminder, ReminderKind } from '../../src/core/types';

const reminder = (kind: ReminderKind, pending = true): Reminder => ({
  id: 'r1',
  applicationId: 'a1',
  interviewId: '',
  kind,
  dueAt: 1000,
  ...(pending ? { pendingDueAt: 1000 } : { doneAt: 2000, closedBy: 'superseded' as const }),
});

describe('clickTarget', () => {
  it('"how did it go?" still pending: the closing card on its debrief form', () => {
    expect(clickTarget(reminder('how-did-it-go'), false)).toEqual({ open: 'debrief-card', applicationId: 'a1' });
  });

  it('"how did it go?" once a debrief was recorded (no longer pending): the application page, as it is', () => {
    expect(clickTarget(reminder('how-did-it-go', false), false)).toEqual({ open: 'dashboard', applicationId: 'a1', view: null });
  });

  it("the evening's thank-you: the application page on its e-mail draft", () => {
    expect(clickTarget(reminder('thank-you'), false)).toEqual({ open: 'dashboard', applicationId: 'a1', view: 'thank-you' });
    expect(clickTarget(reminder('thank-you', false), false)).toEqual({ open: 'dashboard', applicationId: 'a1', view: 'thank-you' });
  });

  it('a call: the posting when shown with buttons, else its outcome form', () => {
    for (const kind of ['follow-up', 'answer-due', 'feedback'] as const) {
      expect(clickTarget(reminder(kind), true)).toEqual({ open: 'posting' });
      expect(clickTarget(reminder(kind), false)).toEqual({ open: 'dashboard', applicationId: 'a1', view: 'outcome' });
    }
  });

  it('"interview soon" without its card id: the application page, where the plan is', () => {
    expect(clickTarget(reminder('interview-soon'), false)).toEqual({ open: 'dashboard', applicationId: 'a1', view: null });
  });
});

describe('cardApplicationOf', () => {
  it('"interview soon": the card of the reminder\'s application, told to the side panel whatever it showed', () => {
    expect(cardApplicationOf(reminder('interview-soon'), false)).toBe('a1');
    // An old notification clicked after the interview passed: still that interview's card.
    expect(cardApplicationOf(reminder('interview-soon', false), false)).toBe('a1');
  });

  it('"how did it go?": that application while pending; none once a debrief was recorded', () => {
    expect(cardApplicationOf(reminder('how-did-it-go'), true)).toBe('a1');
    expect(cardApplicationOf(reminder('how-did-it-go', false), true)).toBe(null);
  });

  it('a reminder no longer stored: none, the card chooses as from the shortcut', () => {
    expect(cardApplicationOf(undefined, false)).toBe(null);
  });
});
