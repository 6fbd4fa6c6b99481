import { describe, expect, it } from 'vitest';
import { fieldsForVerdict, statusAfter } from '../../src/core/verdict';
import { FEELINGS, STATUSES, VERDICTS, type DebriefInput, type Feeling, type Verdict } from '../../src/core/types';

function debrief(over: Partial<DebriefInput> = {}): DebriefInput {
  return {
    interviewAt: Date.UTC(2026, 3, 1, 8),
    stage: 'hiring-manager',
    interviewerName: 'Claire Martin',
    interviewerRole: 'Engineering manager',
    synthesis: { enoughInformation: true, strengthsPutForward: true, nextStepPlanned: false, askedImpression: true },
    verdict: 'convinced',
    nextSteps: [{ withWhom: 'CTO', when: '2026-04-10' }],
    weakPoint: 'No Kubernetes',
    weakPointAnswer: 'I run a Kubernetes cluster at home',
    rejectionReason: 'Too senior',
    answerBy: Date.UTC(2026, 3, 5, 7),
    followUpAt: Date.UTC(2026, 3, 8, 7),
    feedbackAt: Date.UTC(2026, 3, 9, 7),
    closing: { thanked: true, handshakeEyeContact: true, smiled: false },
    feeling: 'badly',
    recoveryContacts: 'The HR partner',
    recoveryTopics: 'Show a Kubernetes side project',
    notes: 'Remote two days a week',
    ...over,
  };
}

describe('statusAfter', () => {
  it.each<[Verdict, string]>([
    ['convinced', 'in-process'],
    ['undecided', 'waiting'],
    ['no-answer', 'waiting'],
    ['rejected', 'closed'],
  ])('%s → %s', (verdict, status) => {
    expect(statusAfter(verdict)).toBe(status);
  });

  it('covers every verdict with a known status', () => {
    for (const v of VERDICTS) expect(STATUSES).toContain(statusAfter(v));
  });
});

describe('fieldsForVerdict', () => {
  // Which verdict-specific field survives: [verdict, nextSteps kept, weakPoint (and its answer) kept, rejectionReason kept]
  it.each<[Verdict, boolean, boolean, boolean]>([
    ['convinced', true, false, false],
    ['undecided', false, true, false],
    ['rejected', false, false, true],
    ['no-answer', false, false, false],
  ])('%s: nextSteps %s, weakPoint %s, rejectionReason %s', (verdict, steps, weak, reason) => {
    const d = debrief({ verdict });
    const out = fieldsForVerdict(d);
    expect(out.nextSteps).toEqual(steps ? d.nextSteps : []);
    expect(out.weakPoint).toBe(weak ? d.weakPoint : '');
    // The user's answer to the weak point goes with it.
    expect(out.weakPointAnswer).toBe(weak ? d.weakPointAnswer : '');
    expect(out.rejectionReason).toBe(reason ? d.rejectionReason : '');
  });

  it.each<[Feeling, boolean]>([
    ['badly', true],
    ['mixed', false],
    ['well', false],
  ])('feeling %s: recovery plan kept %s', (feeling, kept) => {
    const d = debrief({ feeling });
    const out = fieldsForVerdict(d);
    expect(out.recoveryContacts).toBe(kept ? d.recoveryContacts : '');
    expect(out.recoveryTopics).toBe(kept ? d.recoveryTopics : '');
  });

  it('keeps the recovery plan whatever the verdict when the feeling is bad (a bad feeling closes nothing)', () => {
    for (const verdict of VERDICTS) {
      const out = fieldsForVerdict(debrief({ verdict, feeling: 'badly' }));
      expect(out.recoveryContacts).toBe('The HR partner');
      expect(out.recoveryTopics).toBe('Show a Kubernetes side project');
    }
  });

  it.each(VERDICTS)('%s: the follow-up call, the answer date and the feedback reminder', (verdict) => {
    const d = debrief({ verdict });
    const out = fieldsForVerdict(d);
    // A rejection schedules no call and waits for no answer; only asking for feedback goes with it.
    const rejected = verdict === 'rejected';
    expect([out.followUpAt, out.answerBy, out.feedbackAt]).toEqual(
      rejected ? [null, null, d.feedbackAt] : [d.followUpAt, d.answerBy, null],
    );
  });

  it('leaves every other field untouched', () => {
    for (const verdict of VERDICTS)
      for (const feeling of FEELINGS) {
        const d = debrief({ verdict, feeling });
        const out = fieldsForVerdict(d);
        const dated = ['followUpAt', 'answerBy', 'feedbackAt'] as const;
        const {
          nextSteps: _a,
          weakPoint: _b,
          weakPointAnswer: _k,
          rejectionReason: _c,
          recoveryContacts: _d,
          recoveryTopics: _e,
          ...rest
        } = out;
        const {
          nextSteps: _f,
          weakPoint: _g,
          weakPointAnswer: _l,
          rejectionReason: _h,
          recoveryContacts: _i,
          recoveryTopics: _j,
          ...restIn
        } = d;
        for (const k of dated) {
          delete (rest as Partial<DebriefInput>)[k];
          delete (restIn as Partial<DebriefInput>)[k];
        }
        expect(rest).toEqual(restIn);
        expect(Object.keys(out).sort()).toEqual(Object.keys(d).sort());
      }
  });

  it('drops empty next steps of a convinced verdict, keeps ones with a name or a date', () => {
    const out = fieldsForVerdict(
      debrief({
        nextSteps: [
          { withWhom: '', when: '' },
          { withWhom: '   ', when: '' },
          { withWhom: 'Head of company', when: '' },
          { withWhom: '', when: '2026-04-20' },
        ],
      }),
    );
    expect(out.nextSteps).toEqual([
      { withWhom: 'Head of company', when: '' },
      { withWhom: '', when: '2026-04-20' },
    ]);
  });

  it('does not modify its input', () => {
    const d = debrief({ verdict: 'rejected', feeling: 'well' });
    const copy = structuredClone(d);
    fieldsForVerdict(d);
    expect(d).toEqual(copy);
  });
});
