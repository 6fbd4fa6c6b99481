import type { DebriefInput } from '../src/core/types';

/** A complete debrief with every field filled; tests override what they are about. */
export function makeDebrief(over: Partial<DebriefInput> = {}): DebriefInput {
  return {
    interviewAt: Date.UTC(2026, 3, 1, 8),
    stage: 'hiring-manager',
    interviewerName: 'Claire Martin',
    interviewerRole: 'Engineering manager',
    synthesis: { enoughInformation: true, strengthsPutForward: true, nextStepPlanned: true, askedImpression: true },
    verdict: 'undecided',
    nextSteps: [],
    weakPoint: 'No Kubernetes',
    weakPointAnswer: '',
    rejectionReason: '',
    answerBy: null,
    followUpAt: Date.UTC(2026, 3, 8, 7),
    feedbackAt: null,
    closing: { thanked: true, handshakeEyeContact: true, smiled: true },
    feeling: 'mixed',
    recoveryContacts: '',
    recoveryTopics: '',
    notes: '',
    ...over,
  };
}
