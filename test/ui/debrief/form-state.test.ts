import { describe, expect, it } from 'vitest';
import { defaultFollowUpAt } from '../../../src/core/dates';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/types';
import {
  checkForm,
  followUpAtOf,
  formOfInterview,
  initialForm,
  postingFields,
  withNextInterview,
  withFeeling,
  withFollowUp,
  withInterviewAt,
  type FormState,
} from '../../../src/ui/debrief/form-state';
import { NOW, PAGE_URL } from '../../popup/helpers';

const posting = { title: 'Frontend developer', company: 'Acme', location: 'Lyon', url: 'https://jobs.example.com/offers/42' };
const fresh = (settings: Settings = DEFAULT_SETTINGS): FormState => initialForm(postingFields(posting, null), NOW, settings);

describe('postingFields', () => {
  it('takes what the page gave and falls back to the tab URL', () => {
    expect(postingFields({ title: 'Dev', company: null, location: null, url: null, jobKey: null }, PAGE_URL)).toEqual({
      title: 'Dev',
      company: '',
      location: '',
      url: PAGE_URL,
    });
    expect(postingFields(null, null)).toEqual({ title: '', company: '', location: '', url: '' });
  });
});

describe('initialForm', () => {
  it('defaults the interview to now and the follow-up to +7 days at 09:00', () => {
    const s = fresh();
    expect(s.interviewAt).toBe('2026-12-01T14:30');
    expect(s.followUp).toBe('2026-12-08');
    expect(followUpAtOf(s, DEFAULT_SETTINGS)).toBe(new Date(2026, 11, 8, 9, 0).getTime());
    expect(s.verdict).toBe('');
  });

  it('starts with the stage and how it went unanswered, and an untouched form stores them as not said', () => {
    const s = fresh();
    expect([s.stage, s.feeling]).toEqual(['', '']);
    const r = checkForm({ ...s, verdict: 'convinced' }, DEFAULT_SETTINGS);
    expect(r.ok && [r.debrief.stage, r.debrief.feeling]).toEqual([null, null]);
  });

  it('follows the settings', () => {
    const settings = { ...DEFAULT_SETTINGS, followUpDelayDays: 3, reminderMinutes: 17 * 60 + 30 };
    const s = fresh(settings);
    expect(s.followUp).toBe('2026-12-04');
    expect(followUpAtOf(s, settings)).toBe(new Date(2026, 11, 4, 17, 30).getTime());
  });
});

describe('follow-up default', () => {
  it('moves with the interview date until the user edits it', () => {
    let s = withInterviewAt(fresh(), '2026-12-10T10:00', DEFAULT_SETTINGS);
    expect(s.followUp).toBe('2026-12-17');
    s = withFollowUp(s, '2026-12-20');
    s = withInterviewAt(s, '2026-12-11T10:00', DEFAULT_SETTINGS);
    expect(s.followUp).toBe('2026-12-20');
  });

  it('keeps the follow-up while the interview date is half typed', () => {
    const s = withInterviewAt(fresh(), '2026-1', DEFAULT_SETTINGS);
    expect(s.interviewAt).toBe('2026-1');
    expect(s.followUp).toBe('2026-12-08');
  });

  it('crosses a month and a daylight-saving change on the calendar, not in hours', () => {
    const s = withInterviewAt(fresh(), '2026-03-25T18:00', DEFAULT_SETTINGS);
    expect(s.followUp).toBe('2026-04-01');
    expect(followUpAtOf(s, DEFAULT_SETTINGS)).toBe(defaultFollowUpAt(new Date(2026, 2, 25, 18).getTime(), 7, 540));
  });
});

describe('checkForm', () => {
  it('requires a verdict, the posting title, company and URL', () => {
    const s = { ...fresh(), posting: { title: ' ', company: '', location: '', url: 'not a url' } };
    const r = checkForm(s, DEFAULT_SETTINGS);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.map((e) => [e.field, e.message])).toEqual([
        ['posting.title', 'errorTitleRequired'],
        ['posting.company', 'errorCompanyRequired'],
        ['posting.url', 'errorUrlInvalid'],
        ['verdict', 'errorVerdictRequired'],
      ]);
  });

  it('reports an empty follow-up and one before the interview', () => {
    const empty = checkForm({ ...fresh(), verdict: 'convinced', followUp: '' }, DEFAULT_SETTINGS);
    expect(!empty.ok && empty.errors).toEqual([{ field: 'followUpAt', message: 'errorFollowUpRequired' }]);
    const before = checkForm({ ...fresh(), verdict: 'convinced', followUp: '2026-11-30' }, DEFAULT_SETTINGS);
    expect(!before.ok && before.errors).toEqual([{ field: 'followUpAt', message: 'errorFollowUpBeforeInterview' }]);
  });

  it('builds the debrief with dates at the reminder time and only the fields of the verdict', () => {
    const s: FormState = {
      ...fresh(),
      verdict: 'undecided',
      weakPoint: '  No React experience ',
      rejectionReason: 'typed before changing the verdict',
      nextSteps: [{ withWhom: 'CTO', when: '2026-12-05' }],
      answerBy: '2026-12-05',
    };
    const r = checkForm(s, DEFAULT_SETTINGS);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.posting).toEqual(posting);
    expect(r.debrief).toMatchObject({
      interviewAt: NOW,
      verdict: 'undecided',
      weakPoint: 'No React experience',
      rejectionReason: '',
      nextSteps: [],
      answerBy: new Date(2026, 11, 5, 9, 0).getTime(),
      followUpAt: new Date(2026, 11, 8, 9, 0).getTime(),
      stage: null,
      feeling: null,
    });
  });

  it('keeps filled next steps for convinced and drops empty rows', () => {
    const s: FormState = {
      ...fresh(),
      verdict: 'convinced',
      nextSteps: [
        { withWhom: 'Line manager', when: '' },
        { withWhom: '', when: '' },
        { withWhom: 'CEO', when: '2026-12-09' },
      ],
    };
    const r = checkForm(s, DEFAULT_SETTINGS);
    expect(r.ok && r.debrief.nextSteps).toEqual([
      { withWhom: 'Line manager', when: '' },
      { withWhom: 'CEO', when: '2026-12-09' },
    ]);
  });

  it('keeps recovery only when it went badly', () => {
    const base: FormState = { ...fresh(), verdict: 'rejected', recoveryContacts: 'Team lead', recoveryTopics: 'Salary' };
    for (const feeling of ['', 'mixed', 'well'] as const) {
      const other = checkForm({ ...base, feeling }, DEFAULT_SETTINGS);
      expect(other.ok && [other.debrief.recoveryContacts, other.debrief.recoveryTopics]).toEqual(['', '']);
    }
    const badly = checkForm({ ...base, feeling: 'badly' }, DEFAULT_SETTINGS);
    expect(badly.ok && [badly.debrief.recoveryContacts, badly.debrief.recoveryTopics]).toEqual(['Team lead', 'Salary']);
  });

  it('reports a malformed answer date instead of dropping it', () => {
    const r = checkForm({ ...fresh(), verdict: 'no-answer', answerBy: '2026-02-30' }, DEFAULT_SETTINGS);
    expect(!r.ok && r.errors).toEqual([{ field: 'answerBy', message: 'errorDateInvalid' }]);
  });
});

describe('a planned interview and a recorded one', () => {
  it('a plan gives its stage when it has one, and leaves it unanswered when it has none', () => {
    expect(
      withNextInterview(
        fresh(),
        { on: '2026-12-10', withWhom: 'Paul', stage: 'director', time: '', channel: null, role: '' },
        NOW,
        DEFAULT_SETTINGS,
      ),
    ).toMatchObject({
      stage: 'director',
      interviewerName: 'Paul',
    });
    expect(
      withNextInterview(
        fresh(),
        { on: '2026-12-10', withWhom: 'CTO', stage: null, time: '', channel: null, role: '' },
        NOW,
        DEFAULT_SETTINGS,
      ),
    ).toMatchObject({
      stage: '',
      interviewerName: 'CTO',
    });
  });

  it('a plan whose start has come gives the interview its date and time, the follow-up following; the role too', () => {
    const plan = { on: '2026-12-01', time: '08:30', channel: 'video' as const, withWhom: 'Léa Roux', role: 'CTO', stage: 'final' as const };
    const s = withNextInterview(fresh(), plan, NOW, DEFAULT_SETTINGS);
    expect(s).toMatchObject({ interviewAt: '2026-12-01T08:30', interviewerName: 'Léa Roux', interviewerRole: 'CTO', stage: 'final' });
    expect(s.followUp).toBe('2026-12-08');
  });

  it('a plan still ahead, or with no start time, leaves the interview date at now', () => {
    const ahead = { on: '2026-12-01', time: '23:59', channel: null, withWhom: '', role: '', stage: null };
    expect(withNextInterview(fresh(), ahead, NOW, DEFAULT_SETTINGS).interviewAt).toBe(fresh().interviewAt);
    expect(withNextInterview(fresh(), { ...ahead, on: '2026-01-01', time: '' }, NOW, DEFAULT_SETTINGS).interviewAt).toBe(
      fresh().interviewAt,
    );
  });

  it('editing an interview whose stage and feeling were not said keeps them not said', () => {
    const made = checkForm({ ...fresh(), verdict: 'no-answer' }, DEFAULT_SETTINGS);
    if (!made.ok) throw new Error('expected a valid form');
    const form = formOfInterview({ ...made.debrief, id: 'i', applicationId: 'a', createdAt: NOW }, postingFields(posting, null));
    expect([form.stage, form.feeling]).toEqual(['', '']);
    const again = checkForm(form, DEFAULT_SETTINGS);
    expect(again.ok && [again.debrief.stage, again.debrief.feeling]).toEqual([null, null]);
  });
});

describe('withFeeling', () => {
  it('prefills what to address with the weak point named', () => {
    const s = withFeeling({ ...fresh(), verdict: 'undecided', weakPoint: 'No React' }, 'badly');
    expect(s.recoveryTopics).toBe('No React');
    const kept = withFeeling({ ...fresh(), verdict: 'undecided', weakPoint: 'No React', recoveryTopics: 'Mine' }, 'badly');
    expect(kept.recoveryTopics).toBe('Mine');
    expect(withFeeling({ ...fresh(), verdict: 'convinced', weakPoint: 'No React' }, 'badly').recoveryTopics).toBe('');
  });
});
