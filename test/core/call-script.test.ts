import { describe, expect, it } from 'vitest';
import en from '../../_locales/en/messages.json';
import fr from '../../_locales/fr/messages.json';
import { callScript, SCRIPT_SITUATIONS, type ScriptInput, type ScriptLine, situationOf } from '../../src/core/call-script';
import type { Interview, Reminder, TimelineEvent } from '../../src/core/types';
import { makeDebrief } from '../builders';
import { makeTranslator, type MessageCatalog } from '../catalog';

const T = Date.UTC(2026, 3, 1, 8);
const DAY = 86400_000;
const interview = (over: Partial<Interview> = {}): Interview => ({
  ...makeDebrief({ interviewAt: T }),
  id: 'i1',
  applicationId: 'a1',
  createdAt: T,
  ...over,
});
const reminder = (kind: Reminder['kind']): Reminder => ({
  id: 'r1',
  applicationId: 'a1',
  interviewId: 'i1',
  kind,
  dueAt: T + 7 * DAY,
  pendingDueAt: T + 7 * DAY,
});
const noAnswerCall: TimelineEvent = {
  id: 'e1',
  applicationId: 'a1',
  at: T + 7 * DAY,
  type: 'outcome',
  outcome: { kind: 'no-answer', at: T + 7 * DAY, note: '', nextFollowUpAt: T + 9 * DAY },
  createdAt: T + 7 * DAY,
};

/** Every variant: each situation, with and without each optional detail it uses. */
function variants(): { name: string; input: ScriptInput }[] {
  const out: { name: string; input: ScriptInput }[] = [];
  const base = { role: 'Développeur « full-stack », Lyon', formatDay: (t: number) => new Date(t).toISOString().slice(0, 10) };
  // Without a profile, with a name only, with a name and a phone number.
  const profiles = [undefined, { name: 'Lou Martin', phone: '', email: '' }, { name: 'Lou Martin', phone: '+33 6 00 00 00 00', email: '' }];
  for (const [named, me] of [true, false].flatMap((n) => profiles.map((p) => [n, p] as const))) {
    const people = named ? {} : { interviewerName: '', interviewerRole: '' };
    const add = (name: string, over: Partial<Interview>, extra: Partial<ScriptInput> = {}) =>
      out.push({
        name: `${name}${named ? '' : ', no interviewer'}${me ? `, profile${me.phone ? ' with phone' : ''}` : ''}`,
        input: { ...base, interview: interview({ ...people, ...over }), reminder: reminder('follow-up'), events: [], me, ...extra },
      });
    add('undecided, weak point', { verdict: 'undecided', weakPoint: 'No Kubernetes; yet', weakPointAnswer: '' });
    add('undecided, weak point and my answer to it', {
      verdict: 'undecided',
      weakPoint: 'No Kubernetes; yet',
      weakPointAnswer: 'Since then I have run a small “k3s” cluster; it costs 5 € a month.',
    });
    add('undecided, no weak point', { verdict: 'undecided', weakPoint: ' ' });
    add('convinced, next step', { verdict: 'convinced', nextSteps: [{ withWhom: 'the CTO, Marc', when: '' }] });
    add('convinced, no next step', { verdict: 'convinced', nextSteps: [] });
    add('no clear answer, promised date', { verdict: 'no-answer', answerBy: T + 5 * DAY });
    add('no clear answer, no date', { verdict: 'no-answer', answerBy: null });
    add('second attempt', { verdict: 'undecided' }, { events: [noAnswerCall] });
    add('feedback after a rejection', { verdict: 'rejected', followUpAt: null }, { reminder: reminder('feedback') });
  }
  return out;
}

describe('situationOf', () => {
  it('is the verdict; a voicemail after a call nobody answered; feedback after a rejection', () => {
    expect(situationOf({ interview: interview({ verdict: 'convinced' }), reminder: reminder('follow-up'), events: [] })).toBe('convinced');
    expect(situationOf({ interview: interview(), reminder: reminder('follow-up'), events: [noAnswerCall] })).toBe('voicemail');
    expect(situationOf({ interview: interview({ verdict: 'rejected' }), reminder: reminder('feedback'), events: [] })).toBe('feedback');
    // A call before this interview (an earlier round) does not make this one a second attempt.
    expect(situationOf({ interview: interview({ interviewAt: T + 8 * DAY }), reminder: undefined, events: [noAnswerCall] })).toBe(
      'undecided',
    );
  });

  it('every situation has a variant below', () => {
    expect(new Set(variants().map((v) => situationOf(v.input)))).toEqual(new Set(SCRIPT_SITUATIONS));
  });
});

describe.each([
  ['en', en],
  ['fr', fr],
] as [string, MessageCatalog][])('every script variant renders in %s', (_lang, catalog) => {
  const t = makeTranslator(catalog);
  const render = (lines: ScriptLine[]) => lines.map((l) => t(l.key, l.subs));
  const used = new Set<string>();

  it.each(variants())('$name: no empty line, no empty or unreplaced placeholder', ({ input }) => {
    const lines = callScript(input);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      used.add(line.key);
      expect(Object.hasOwn(catalog, line.key), line.key).toBe(true);
      const placeholders = Object.keys(catalog[line.key]!.placeholders ?? {});
      expect(line.subs, line.key).toHaveLength(placeholders.length);
      for (const s of line.subs) expect(s.trim(), line.key).not.toBe('');
      const text = t(line.key, line.subs);
      expect(text.trim(), line.key).not.toBe('');
      expect(text, line.key).not.toMatch(/\$/);
      for (const s of line.subs) expect(text, line.key).toContain(s);
    }
    expect(render(lines).join(' ')).toContain(input.role);
  });

  it('uses every script text of the catalog', () => {
    const all = Object.keys(catalog).filter((k) => k.startsWith('script') && k !== 'scriptHeading');
    expect(all.filter((k) => !used.has(k))).toEqual([]);
  });
});

describe('callScript', () => {
  const base = {
    role: 'Dev',
    formatDay: (t: number) => new Date(t).toISOString().slice(0, 10),
    reminder: reminder('follow-up'),
    events: [],
  };
  it('undecided: the weak point they named, then asks for a new date without insisting', () => {
    expect(callScript({ ...base, interview: interview({ weakPoint: 'No Kubernetes' }) }).map((l) => [l.key, ...l.subs])).toEqual([
      ['scriptAskFor', 'Claire Martin (Engineering manager)'],
      ['scriptOpening', '2026-04-01', 'Dev'],
      ['scriptWeakPoint', 'No Kubernetes'],
      ['scriptWeakPointAnswer'],
      ['scriptStillUndecided'],
      ['scriptNewDate'],
      ['scriptDontInsist'],
    ]);
  });
  it('undecided, with my own answer to the weak point: that sentence, to say, instead of the cue to give one', () => {
    const lines = callScript({
      ...base,
      interview: interview({ weakPoint: 'No Kubernetes', weakPointAnswer: '  I run a cluster at home. ' }),
    });
    expect(lines.slice(2, 4)).toEqual([
      { kind: 'say', key: 'scriptWeakPoint', subs: ['No Kubernetes'] },
      { kind: 'say', key: 'scriptWeakPointOwnAnswer', subs: ['I run a cluster at home.'] },
    ]);
    expect(lines.map((l) => l.key)).not.toContain('scriptWeakPointAnswer');
    // An answer with no weak point named answers nothing the script says: the general question instead.
    const noWeak = callScript({ ...base, interview: interview({ weakPoint: '', weakPointAnswer: 'I run a cluster at home.' }) });
    expect(noWeak.map((l) => l.key).slice(2, 3)).toEqual(['scriptWeakPointNone']);
    expect(noWeak.map((l) => l.key)).not.toContain('scriptWeakPointOwnAnswer');
  });
  it("with the profile: the user's own name in the words, and their number on a voicemail", () => {
    const me = { name: 'Lou Martin', phone: '06 00 00 00 00', email: '' };
    expect(callScript({ ...base, me, interview: interview() }).slice(0, 2)).toEqual([
      { kind: 'cue', key: 'scriptAskForNamed', subs: ['Claire Martin (Engineering manager)'] },
      { kind: 'say', key: 'scriptThisIs', subs: ['Lou Martin'] },
    ]);
    const voicemail = callScript({ ...base, me, interview: interview(), events: [noAnswerCall] });
    expect(voicemail.map((l) => l.key)).toEqual(['scriptVoicemailCueNamed', 'scriptThisIs', 'scriptVoicemail', 'scriptVoicemailPhone']);
    expect(voicemail[3]!.subs).toEqual(['06 00 00 00 00']);
  });
  it('no clear answer: the promised date', () => {
    const lines = callScript({ ...base, interview: interview({ verdict: 'no-answer', answerBy: T + 3 * DAY }) });
    expect(lines[2]).toEqual({ kind: 'say', key: 'scriptPromisedDate', subs: ['2026-04-04'] });
  });
});

describe('situationOf, the order of the timeline', () => {
  it('takes the latest call since the interview, whatever the order it is given in', () => {
    const reached: TimelineEvent = {
      ...noAnswerCall,
      id: 'e2',
      at: T + 9 * DAY,
      outcome: { kind: 'new-date', at: T + 9 * DAY, note: '', nextFollowUpAt: T + 12 * DAY },
    };
    const i = interview();
    expect(situationOf({ interview: i, reminder: undefined, events: [noAnswerCall, reached] })).toBe('undecided');
    expect(situationOf({ interview: i, reminder: undefined, events: [reached, noAnswerCall] })).toBe('undecided');
  });
});
