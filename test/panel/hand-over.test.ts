// Fixed time zone: the planned start and the proposed call are Paris wall-clock times.
import '../paris-time';

import { describe, expect, it } from 'vitest';
import { cardInterviewAt, type CardDraft } from '../../src/core/closing-card';
import { DEFAULT_SETTINGS } from '../../src/core/types';
import { formFromCard } from '../../src/panel/hand-over';
import { makeApplication } from '../popup/helpers';

/** Saturday 5 December 2026, 11:40. */
const NOW = new Date(2026, 11, 5, 11, 40).getTime();
const app = makeApplication({
  nextInterview: { on: '2026-12-05', time: '11:00', channel: 'on-site', withWhom: 'Paul', role: '', stage: null },
});
const draft = (over: Partial<CardDraft> = {}): CardDraft => ({ applicationId: app.id, ticks: [], heard: null, updatedAt: NOW, ...over });

describe('formFromCard', () => {
  it("the call proposed on the card is the form's call, kept as chosen: a Saturday interview is called back on the Monday", () => {
    const s = formFromCard(app, draft({ ticks: ['callProposed'], heard: 'undecided' }), NOW, DEFAULT_SETTINGS);
    expect(s.interviewAt).toBe('2026-12-05T11:00');
    expect(s.followUp).toBe('2026-12-14');
    expect(s.followUpTouched).toBe(true);
  });

  it('without the call proposed, the usual default that follows the other dates', () => {
    const s = formFromCard(app, draft({ heard: 'undecided' }), NOW, DEFAULT_SETTINGS);
    expect(s.followUp).toBe('2026-12-12');
    expect(s.followUpTouched).toBe(false);
  });

  it('no call after a rejection heard, even if one was proposed', () => {
    const s = formFromCard(app, draft({ ticks: ['callProposed'], heard: 'rejected' }), NOW, DEFAULT_SETTINGS);
    expect(s.verdict).toBe('rejected');
    expect(s.followUpTouched).toBe(false);
  });

  it('with no draft, the plan alone: interviewer, start time; a plan with no time starts now', () => {
    expect(formFromCard(app, null, NOW, DEFAULT_SETTINGS)).toMatchObject({ interviewerName: 'Paul', stage: '', verdict: '' });
    const untimed = makeApplication({ nextInterview: { ...app.nextInterview!, time: '' } });
    expect(cardInterviewAt(untimed, NOW, DEFAULT_SETTINGS)).toBe(NOW);
  });
});
