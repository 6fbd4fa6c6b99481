import type { ApplicationStatus, DebriefInput, Verdict } from './types';

/**
 * Where an application stands after a debrief. A rejection closes it. "Undecided" and "no clear
 * answer" wait for the promised date: the method warns that undecided can hide a rejection, and
 * only the date passing tells them apart, so neither closes anything. A bad feeling never closes
 * an application either (docs/method.md §5): recovery is planned instead.
 */
export function statusAfter(verdict: Verdict): ApplicationStatus {
  switch (verdict) {
    case 'convinced':
      return 'in-process';
    case 'rejected':
      return 'closed';
    case 'undecided':
    case 'no-answer':
      return 'waiting';
  }
}

/** Keeps only what goes with the verdict, so a field typed before the verdict changed is not stored. */
export function fieldsForVerdict(d: DebriefInput): DebriefInput {
  const rejected = d.verdict === 'rejected';
  return {
    ...d,
    nextSteps: d.verdict === 'convinced' ? d.nextSteps.filter((s) => s.withWhom.trim() || s.when) : [],
    weakPoint: d.verdict === 'undecided' ? d.weakPoint : '',
    weakPointAnswer: d.verdict === 'undecided' ? d.weakPointAnswer : '',
    rejectionReason: rejected ? d.rejectionReason : '',
    // A rejection schedules no call and waits for no answer; asking for feedback goes only with it
    // (docs/method.md §3).
    answerBy: rejected ? null : d.answerBy,
    followUpAt: rejected ? null : d.followUpAt,
    feedbackAt: rejected ? d.feedbackAt : null,
    recoveryContacts: d.feeling === 'badly' ? d.recoveryContacts : '',
    recoveryTopics: d.feeling === 'badly' ? d.recoveryTopics : '',
  };
}
