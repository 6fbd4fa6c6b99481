import { describe, expect, it } from 'vitest';
import { checkDebrief, checkPosting, isHttpUrl, text, type FieldError } from '../../src/core/validate';
import { LIMITS } from '../../src/core/types';

const T = Date.UTC(2026, 3, 1, 8); // interview
const F = Date.UTC(2026, 3, 8, 7); // follow-up
const MIN_TIME = Date.UTC(2000, 0, 1);
const MAX_TIME = Date.UTC(2200, 0, 1);

const okPosting = { title: 'Frontend developer', company: 'Acme', location: 'Lyon', url: 'https://jobs.acme.test/42' };
const okDebrief = { verdict: 'undecided', interviewAt: T, followUpAt: F };

function errorsOf(r: { ok: true } | { ok: false; errors: FieldError[] }): FieldError[] {
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.errors;
}
function okValue<T>(r: { ok: true; value: T } | { ok: false; errors: FieldError[] }): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.errors)}`);
  return r.value;
}

describe('text', () => {
  it.each([
    ['not a string', 42, 10, ''],
    ['null', null, 10, ''],
    ['undefined', undefined, 10, ''],
    ['object', { a: 1 }, 10, ''],
    ['trimmed', '  Acme \n', 10, 'Acme'],
    ['capped after trimming', '   abcdefghijkl', 5, 'abcde'],
    ['NUL, BEL, ESC, DEL removed', 'A\u0000c\u0007m\u001be\u007f', 10, 'Acme'],
    ['vertical tab, form feed, backspace removed', 'a\u000bb\u000cc\u0008d', 10, 'abcd'],
    ['tabs and newlines kept inside', 'line 1\n\tline 2\r\nline 3', 100, 'line 1\n\tline 2\r\nline 3'],
    ['only control characters', '\u0000\u0001\u001f', 10, ''],
    ['unicode kept', 'Société Générale — Île-de-France', 100, 'Société Générale — Île-de-France'],
  ])('%s', (_n, input, max, expected) => {
    expect(text(input, max)).toBe(expected);
  });
});

describe('isHttpUrl', () => {
  it.each([
    ['https://a.test/j/1', true],
    ['http://a.test', true],
    ['HTTPS://A.TEST/x', true],
    ['javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['ftp://a.test/file', false],
    ['file:///etc/passwd', false],
    ['chrome-extension://abc/popup.html', false],
    ['mailto:hr@acme.test', false],
    ['a.test/j/1', false],
    ['//a.test/j', false],
    ['https://', false],
    ['', false],
  ])('%j → %s', (url, ok) => {
    expect(isHttpUrl(url)).toBe(ok);
  });
});

describe('checkPosting', () => {
  it('accepts a posting and returns exactly its four fields', () => {
    expect(checkPosting({ ...okPosting, jobKey: 'x', extra: '<b>', id: 7 })).toEqual({ ok: true, value: okPosting });
  });

  it('drops an own __proto__ key from untrusted JSON', () => {
    const raw = JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(okPosting).slice(1)}`);
    const value = okValue(checkPosting(raw));
    expect(Object.keys(value).sort()).toEqual(['company', 'location', 'title', 'url']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'Frontend developer'],
    ['a number', 42],
    ['an array', [okPosting]],
    ['an empty object', {}],
  ])('%s → all three required errors, in field order', (_n, input) => {
    expect(errorsOf(checkPosting(input))).toEqual([
      { field: 'posting.title', message: 'errorTitleRequired' },
      { field: 'posting.company', message: 'errorCompanyRequired' },
      { field: 'posting.url', message: 'errorUrlInvalid' },
    ]);
  });

  it.each<[string, Record<string, unknown>, FieldError]>([
    ['title missing', { title: undefined }, { field: 'posting.title', message: 'errorTitleRequired' }],
    ['title blank', { title: '   \n ' }, { field: 'posting.title', message: 'errorTitleRequired' }],
    ['title control characters only', { title: '\u0000\u0007' }, { field: 'posting.title', message: 'errorTitleRequired' }],
    ['title not a string', { title: 42 }, { field: 'posting.title', message: 'errorTitleRequired' }],
    ['company blank', { company: '' }, { field: 'posting.company', message: 'errorCompanyRequired' }],
    ['company not a string', { company: ['Acme'] }, { field: 'posting.company', message: 'errorCompanyRequired' }],
    ['url missing', { url: undefined }, { field: 'posting.url', message: 'errorUrlInvalid' }],
    ['url javascript:', { url: 'javascript:alert(1)' }, { field: 'posting.url', message: 'errorUrlInvalid' }],
    ['url data:', { url: 'data:text/html,hi' }, { field: 'posting.url', message: 'errorUrlInvalid' }],
    ['url ftp:', { url: 'ftp://a.test/j' }, { field: 'posting.url', message: 'errorUrlInvalid' }],
    ['url relative', { url: '/jobs/42' }, { field: 'posting.url', message: 'errorUrlInvalid' }],
    ['url not a string', { url: new URL('https://a.test/') }, { field: 'posting.url', message: 'errorUrlInvalid' }],
  ])('%s → only that error', (_n, over, error) => {
    expect(errorsOf(checkPosting({ ...okPosting, ...over }))).toEqual([error]);
  });

  it('location is optional', () => {
    expect(okValue(checkPosting({ ...okPosting, location: undefined })).location).toBe('');
  });

  it('trims, strips control characters and caps each field', () => {
    const value = okValue(
      checkPosting({
        title: '  Front\u0000end developer\u0007  ',
        company: ' Acme\u001b ',
        location: '\tLyon\n',
        url: '  https://jobs.acme.test/42  ',
      }),
    );
    expect(value).toEqual({ title: 'Frontend developer', company: 'Acme', location: 'Lyon', url: 'https://jobs.acme.test/42' });
  });

  it.each([
    ['title', LIMITS.title],
    ['company', LIMITS.company],
    ['location', LIMITS.location],
  ] as const)('%s is capped at %i characters', (field, max) => {
    const value = okValue(checkPosting({ ...okPosting, [field]: 'x'.repeat(max + 50) }));
    expect(value[field]).toBe('x'.repeat(max));
  });

  it('a URL of exactly the cap is kept whole', () => {
    const url = `https://a.test/${'p'.repeat(LIMITS.url - 'https://a.test/'.length)}`;
    expect(okValue(checkPosting({ ...okPosting, url })).url).toBe(url);
  });
});

describe('checkDebrief', () => {
  it('accepts the minimum: what was not said stays empty, stage and feeling "not said" (null)', () => {
    expect(checkDebrief(okDebrief)).toEqual({
      ok: true,
      value: {
        interviewAt: T,
        stage: null,
        interviewerName: '',
        interviewerRole: '',
        synthesis: { enoughInformation: false, strengthsPutForward: false, nextStepPlanned: false, askedImpression: false },
        verdict: 'undecided',
        nextSteps: [],
        weakPoint: '',
        weakPointAnswer: '',
        rejectionReason: '',
        answerBy: null,
        followUpAt: F,
        feedbackAt: null,
        closing: { thanked: false, handshakeEyeContact: false, smiled: false },
        feeling: null,
        recoveryContacts: '',
        recoveryTopics: '',
        notes: '',
      },
    });
  });

  it('keeps every valid field as given', () => {
    const full = {
      interviewAt: T,
      stage: 'director',
      interviewerName: 'Claire Martin',
      interviewerRole: 'CTO',
      synthesis: { enoughInformation: true, strengthsPutForward: true, nextStepPlanned: true, askedImpression: true },
      verdict: 'convinced',
      nextSteps: [
        { withWhom: 'CEO', when: '2026-04-10' },
        { withWhom: 'Team', when: '' },
      ],
      weakPoint: 'w',
      weakPointAnswer: 'a',
      rejectionReason: 'r',
      answerBy: T + 3600_000,
      followUpAt: F,
      feedbackAt: null,
      closing: { thanked: true, handshakeEyeContact: true, smiled: true },
      feeling: 'badly',
      recoveryContacts: 'HR',
      recoveryTopics: 'Kubernetes',
      notes: 'Line 1\nLine 2',
    };
    expect(checkDebrief(full)).toEqual({ ok: true, value: full });
  });

  it.each([undefined, null, 'debrief', 42, [], {}])('%j → the three required errors', (input) => {
    expect(errorsOf(checkDebrief(input))).toEqual([
      { field: 'verdict', message: 'errorVerdictRequired' },
      { field: 'interviewAt', message: 'errorDateInvalid' },
      { field: 'followUpAt', message: 'errorFollowUpRequired' },
    ]);
  });

  it.each<[string, Record<string, unknown>, FieldError]>([
    ['verdict missing', { verdict: undefined }, { field: 'verdict', message: 'errorVerdictRequired' }],
    ['verdict unknown', { verdict: 'maybe' }, { field: 'verdict', message: 'errorVerdictRequired' }],
    ['verdict wrong case', { verdict: 'Convinced' }, { field: 'verdict', message: 'errorVerdictRequired' }],
    ['verdict inherited name', { verdict: 'toString' }, { field: 'verdict', message: 'errorVerdictRequired' }],
    ['interviewAt missing', { interviewAt: undefined }, { field: 'interviewAt', message: 'errorDateInvalid' }],
    ['interviewAt as text', { interviewAt: '2026-04-01' }, { field: 'interviewAt', message: 'errorDateInvalid' }],
    ['interviewAt NaN', { interviewAt: NaN }, { field: 'interviewAt', message: 'errorDateInvalid' }],
    ['interviewAt Infinity', { interviewAt: Infinity }, { field: 'interviewAt', message: 'errorDateInvalid' }],
    ['interviewAt before 2000', { interviewAt: MIN_TIME - 1 }, { field: 'interviewAt', message: 'errorDateInvalid' }],
    ['interviewAt a Date object', { interviewAt: new Date(T) }, { field: 'interviewAt', message: 'errorDateInvalid' }],
    ['followUpAt missing', { followUpAt: undefined }, { field: 'followUpAt', message: 'errorFollowUpRequired' }],
    ['followUpAt null', { followUpAt: null }, { field: 'followUpAt', message: 'errorFollowUpRequired' }],
    ['followUpAt after 2200', { followUpAt: MAX_TIME + 1 }, { field: 'followUpAt', message: 'errorFollowUpRequired' }],
    ['followUpAt year 20256 typo', { followUpAt: Date.UTC(20256, 0, 1) }, { field: 'followUpAt', message: 'errorFollowUpRequired' }],
    ['followUpAt before the interview', { followUpAt: T - 1 }, { field: 'followUpAt', message: 'errorFollowUpBeforeInterview' }],
    ['answerBy as text', { answerBy: 'next week' }, { field: 'answerBy', message: 'errorDateInvalid' }],
    ['answerBy 0', { answerBy: 0 }, { field: 'answerBy', message: 'errorDateInvalid' }],
    ['answerBy after 2200', { answerBy: MAX_TIME + 1 }, { field: 'answerBy', message: 'errorDateInvalid' }],
    ['answerBy false', { answerBy: false }, { field: 'answerBy', message: 'errorDateInvalid' }],
    [
      'followUpAt null for a verdict other than rejected',
      { verdict: 'no-answer', followUpAt: null },
      { field: 'followUpAt', message: 'errorFollowUpRequired' },
    ],
    ['feedbackAt as text', { feedbackAt: '' }, { field: 'feedbackAt', message: 'errorFeedbackRequired' }],
    ['feedbackAt before the interview', { feedbackAt: T - 1 }, { field: 'feedbackAt', message: 'errorFeedbackBeforeInterview' }],
    // A rejection may leave the call out, not give a wrong one.
    [
      'followUpAt as text for a rejection',
      { verdict: 'rejected', followUpAt: 'next week' },
      { field: 'followUpAt', message: 'errorFollowUpRequired' },
    ],
  ])('%s → only that error', (_n, over, error) => {
    expect(errorsOf(checkDebrief({ ...okDebrief, ...over }))).toEqual([error]);
  });

  it('a rejection needs no follow-up call: null is accepted, and a feedback date when asked for', () => {
    const value = okValue(checkDebrief({ ...okDebrief, verdict: 'rejected', followUpAt: null, feedbackAt: F }));
    expect([value.followUpAt, value.feedbackAt]).toEqual([null, F]);
    expect(okValue(checkDebrief({ ...okDebrief, verdict: 'rejected', followUpAt: undefined })).followUpAt).toBeNull();
  });

  it('a feedback date at the interview time itself is accepted', () => {
    expect(okValue(checkDebrief({ ...okDebrief, verdict: 'rejected', followUpAt: null, feedbackAt: T })).feedbackAt).toBe(T);
  });

  it('reports every error at once', () => {
    expect(errorsOf(checkDebrief({ verdict: 'x', interviewAt: T, followUpAt: T - 1, answerBy: 'soon' }))).toEqual([
      { field: 'verdict', message: 'errorVerdictRequired' },
      { field: 'followUpAt', message: 'errorFollowUpBeforeInterview' },
      { field: 'answerBy', message: 'errorDateInvalid' },
    ]);
  });

  it.each([
    ['at the lower bound', MIN_TIME, MIN_TIME],
    ['at the upper bound', MAX_TIME, MAX_TIME],
    ['follow-up equal to the interview', T, T],
  ])('times %s are accepted', (_n, interviewAt, followUpAt) => {
    const value = okValue(checkDebrief({ ...okDebrief, interviewAt, followUpAt }));
    expect([value.interviewAt, value.followUpAt]).toEqual([interviewAt, followUpAt]);
  });

  it.each([
    ['null', null, null],
    ['undefined', undefined, null],
    ['empty string', '', null],
    ['a time', T + 1000, T + 1000],
    ['before the interview (no rule against it)', T - 1000, T - 1000],
  ])('answerBy %s → %j', (_n, answerBy, expected) => {
    expect(okValue(checkDebrief({ ...okDebrief, answerBy })).answerBy).toBe(expected);
  });

  it.each([
    ['stage unknown', { stage: 'ceo' }, 'stage', null],
    ['stage not said', { stage: null }, 'stage', null],
    ['stage as an empty choice', { stage: '' }, 'stage', null],
    ['stage known', { stage: 'final' }, 'stage', 'final'],
    ['feeling unknown', { feeling: 'great' }, 'feeling', null],
    ['feeling not said', { feeling: null }, 'feeling', null],
    ['feeling as an empty choice', { feeling: '' }, 'feeling', null],
    ['feeling known', { feeling: 'well' }, 'feeling', 'well'],
  ] as const)('%s', (_n, over, field, expected) => {
    expect(okValue(checkDebrief({ ...okDebrief, ...over }))[field]).toBe(expected);
  });

  it('checklists take only literal true, and drop unknown keys', () => {
    const value = okValue(
      checkDebrief({
        ...okDebrief,
        synthesis: { enoughInformation: 'true', strengthsPutForward: 1, nextStepPlanned: true, askedImpression: {}, extra: true },
        closing: { thanked: true, handshakeEyeContact: 'yes', smiled: null, bow: true },
      }),
    );
    expect(value.synthesis).toEqual({
      enoughInformation: false,
      strengthsPutForward: false,
      nextStepPlanned: true,
      askedImpression: false,
    });
    expect(value.closing).toEqual({ thanked: true, handshakeEyeContact: false, smiled: false });
  });

  it('drops unknown top-level keys', () => {
    const value = okValue(checkDebrief({ ...okDebrief, id: 'x', applicationId: 'y', createdAt: 1, script: '<x>' }));
    expect(Object.keys(value)).not.toContain('id');
    expect(Object.keys(value)).not.toContain('applicationId');
    expect(Object.keys(value)).not.toContain('createdAt');
    expect(Object.keys(value)).not.toContain('script');
    expect(Object.keys(value)).toHaveLength(18);
  });

  it.each([
    ['interviewerName', LIMITS.name],
    ['interviewerRole', LIMITS.name],
    ['weakPoint', LIMITS.shortText],
    ['weakPointAnswer', LIMITS.shortText],
    ['rejectionReason', LIMITS.shortText],
    ['recoveryContacts', LIMITS.shortText],
    ['recoveryTopics', LIMITS.shortText],
    ['notes', LIMITS.longText],
  ] as const)('%s is trimmed, stripped and capped at %i', (field, max) => {
    expect(okValue(checkDebrief({ ...okDebrief, [field]: '  a\u0000b\u0007  ' }))[field]).toBe('ab');
    expect(okValue(checkDebrief({ ...okDebrief, [field]: 'y'.repeat(max + 1) }))[field]).toBe('y'.repeat(max));
    expect(okValue(checkDebrief({ ...okDebrief, [field]: 7 }))[field]).toBe('');
  });

  it('notes keep their newlines', () => {
    expect(okValue(checkDebrief({ ...okDebrief, notes: ' a\n\tb\r\nc ' })).notes).toBe('a\n\tb\r\nc');
  });

  describe('nextSteps', () => {
    const steps = (nextSteps: unknown) => okValue(checkDebrief({ ...okDebrief, verdict: 'convinced', nextSteps })).nextSteps;

    it(`caps the list at ${LIMITS.nextSteps}`, () => {
      const many = Array.from({ length: 12 }, (_, i) => ({ withWhom: `Person ${i}`, when: '' }));
      const out = steps(many);
      expect(out).toHaveLength(LIMITS.nextSteps);
      expect(out.map((s) => s.withWhom)).toEqual(many.slice(0, 10).map((s) => s.withWhom));
    });

    it.each([
      ['not an array', 'CEO', []],
      ['an object', { 0: { withWhom: 'CEO', when: '' } }, []],
      ['a non-object entry', ['CEO'], [{ withWhom: '', when: '' }]],
      ['a null entry', [null], [{ withWhom: '', when: '' }]],
      ['unknown keys dropped', [{ withWhom: 'CEO', when: '2026-04-10', extra: 1 }], [{ withWhom: 'CEO', when: '2026-04-10' }]],
      ['withWhom trimmed and stripped', [{ withWhom: ' C\u0000EO ', when: '' }], [{ withWhom: 'CEO', when: '' }]],
      [
        'withWhom capped',
        [{ withWhom: 'z'.repeat(LIMITS.shortText + 5), when: '' }],
        [{ withWhom: 'z'.repeat(LIMITS.shortText), when: '' }],
      ],
      ['when trimmed', [{ withWhom: 'CEO', when: ' 2026-04-10 ' }], [{ withWhom: 'CEO', when: '2026-04-10' }]],
      ['when in another format', [{ withWhom: 'CEO', when: '10/04/2026' }], [{ withWhom: 'CEO', when: '' }]],
      ['when as words', [{ withWhom: 'CEO', when: 'next week' }], [{ withWhom: 'CEO', when: '' }]],
      ['when as a number', [{ withWhom: 'CEO', when: T }], [{ withWhom: 'CEO', when: '' }]],
      ['when without zero padding', [{ withWhom: 'CEO', when: '2026-4-1' }], [{ withWhom: 'CEO', when: '' }]],
    ])('%s', (_n, input, expected) => {
      expect(steps(input)).toEqual(expected);
    });

    // BUG (src/core/validate.ts:56-57): `when` is only checked for the YYYY-MM-DD shape, so an
    // impossible date is stored. Expected '' like every other bad date.
    it.each([['2026-13-45'], ['2026-02-30'], ['2026-00-00']])('impossible date %s is blanked', (when) => {
      expect(steps([{ withWhom: 'CEO', when }])).toEqual([{ withWhom: 'CEO', when: '' }]);
    });

    // BUG (src/core/validate.ts:56): `text(r.when, 10)` truncates before the shape check, so trailing
    // junk is cut off and the remainder accepted: '2026-04-101' is stored as '2026-04-10'.
    it('a date with trailing characters is blanked, not truncated', () => {
      expect(steps([{ withWhom: 'CEO', when: '2026-04-101' }])).toEqual([{ withWhom: 'CEO', when: '' }]);
    });
  });
});
