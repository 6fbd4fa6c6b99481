/**
 * What to say on the follow-up call (docs/method.md §3): built from the latest debrief, as catalog
 * templates with their substitutions, so every surface shows it in the user's language.
 */
import type { Interview, Profile, Reminder, TimelineEvent } from './types';

/** "say": words to say; "cue": what to do around them (ask for someone, wait, agree on a date). */
export interface ScriptLine {
  kind: 'say' | 'cue';
  key: string;
  subs: string[];
}

export const SCRIPT_SITUATIONS = ['undecided', 'convinced', 'no-answer', 'voicemail', 'feedback'] as const;
/** The interviewer's verdict, or the second attempt after a call nobody answered, or asking for feedback. */
export type ScriptSituation = (typeof SCRIPT_SITUATIONS)[number];

export interface ScriptInput {
  /** The job's title, as the interviewer knows the role. */
  role: string;
  interview: Interview;
  /** The reminder the call answers, when there is one. */
  reminder: Reminder | undefined;
  /** The application's timeline, in any order. */
  events: readonly TimelineEvent[];
  /** A day in the user's language ("Tue 8 Dec"). */
  formatDay: (t: number) => string;
  /** Who the user is (the settings' profile): the script then says their name, and their number on a voicemail. */
  me?: Profile;
}

/**
 * The situation of this call: asking for feedback after a rejection; a voicemail when the last call
 * since the interview reached no one (the second attempt); otherwise the interviewer's verdict.
 */
export function situationOf({ interview, reminder, events }: Pick<ScriptInput, 'interview' | 'reminder' | 'events'>): ScriptSituation {
  if (reminder?.kind === 'feedback' || interview.verdict === 'rejected') return 'feedback';
  const calls = events.filter((e) => e.type === 'outcome' && e.outcome && e.at >= interview.interviewAt);
  const lastCall = calls.reduce<TimelineEvent | undefined>((last, e) => (!last || e.at > last.at ? e : last), undefined);
  if (lastCall?.outcome?.kind === 'no-answer') return 'voicemail';
  return interview.verdict;
}

const say = (key: string, ...subs: string[]): ScriptLine => ({ kind: 'say', key, subs });
const cue = (key: string, ...subs: string[]): ScriptLine => ({ kind: 'cue', key, subs });

/** The script, line by line; each optional detail (a name, a weak point, a date) has its own template. */
export function callScript(input: ScriptInput): ScriptLine[] {
  const { interview: i, role, formatDay } = input;
  const situation = situationOf(input);
  const [name, title] = [i.interviewerName.trim(), i.interviewerRole.trim()];
  const who = name && title ? `${name} (${title})` : name || title;
  const met = formatDay(i.interviewAt);
  const myName = input.me?.name.trim() ?? '';
  const myPhone = input.me?.phone.trim() ?? '';
  // Who you are: your own name in the words when the profile gives it, else a cue to say it.
  const opening = myName
    ? [who ? cue('scriptAskForNamed', who) : cue('scriptIntroduceNamed'), say('scriptThisIs', myName)]
    : [who ? cue('scriptAskFor', who) : cue('scriptIntroduce')];

  if (situation === 'voicemail') {
    return [
      ...(myName ? [cue('scriptVoicemailCueNamed'), say('scriptThisIs', myName)] : [cue('scriptVoicemailCue')]),
      say('scriptVoicemail', role, met),
      ...(myPhone ? [say('scriptVoicemailPhone', myPhone)] : []),
    ];
  }
  if (situation === 'feedback')
    return [...opening, say('scriptFeedback', met, role), say('scriptFeedbackAsk'), cue('scriptFeedbackThanks')];

  const lines = [...opening, say('scriptOpening', met, role)];
  if (situation === 'undecided') {
    const weak = i.weakPoint.trim();
    const answer = i.weakPointAnswer.trim();
    // The weak point, then the user's own one-sentence answer to it when they wrote one, else a cue to give it.
    if (!weak) lines.push(say('scriptWeakPointNone'));
    else lines.push(say('scriptWeakPoint', weak), answer ? say('scriptWeakPointOwnAnswer', answer) : cue('scriptWeakPointAnswer'));
  } else if (situation === 'convinced') {
    const step = i.nextSteps.find((s) => s.withWhom.trim());
    lines.push(step ? say('scriptNextStep', step.withWhom.trim()) : say('scriptNextStepNone'));
  } else {
    lines.push(i.answerBy !== null ? say('scriptPromisedDate', formatDay(i.answerBy)) : say('scriptPromisedDateNone'));
  }
  lines.push(cue('scriptStillUndecided'), say('scriptNewDate'), cue('scriptDontInsist'));
  return lines;
}
