import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRouter, type Handlers, type SenderInfo } from '../../src/messages/router';
import type { SaveDebriefReply } from '../../src/messages/protocol';
import { DEFAULT_SETTINGS, type Application, type FullApplication, type Reminder } from '../../src/core/types';
import { isJobSiteUrl } from '../../src/extract/sites/matches';
import { ConflictError, ReminderNotFoundError } from '../../src/storage/errors';
import { makeExport } from '../export-builders';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const POPUP: SenderInfo = { id: ID, url: `${ORIGIN}popup.html` };
const T = Date.UTC(2026, 3, 1, 8);

const reminder: Reminder = { id: 'r1', applicationId: 'a1', interviewId: 'i1', kind: 'follow-up', dueAt: T, pendingDueAt: T };
const validSave = {
  posting: { title: ' Dev ', company: 'Acme', location: '', url: 'https://acme.test/42', extra: 1 },
  jobKey: 'https://acme.test/42',
  pageUrl: 'https://acme.test/42?utm_source=x',
  debrief: { verdict: 'undecided', interviewAt: T, followUpAt: T + 7 * 86400_000 },
};

// A real application row, so the handlers' replies need no casts.
const app: Application = makeExport(1).applications[0]!;
const detail: FullApplication = { application: app, interviews: [], reminders: [], events: [] };

function setup() {
  const handlers = {
    saveDebrief: vi.fn<Handlers['saveDebrief']>(async () => ({ application: app, reminders: [] })),
    completeReminder: vi.fn<Handlers['completeReminder']>(async () => reminder),
    snoozeReminder: vi.fn<Handlers['snoozeReminder']>(async () => ({ ...reminder, dueAt: T + 1 })),
    calendarFile: vi.fn<Handlers['calendarFile']>(async () => ({ fileName: 'relance.ics', text: '' })),
    openPosting: vi.fn<Handlers['openPosting']>(async () => null),
    linkPosting: vi.fn<Handlers['linkPosting']>(async () => app),
    jobChips: vi.fn<Handlers['jobChips']>(async () => ({})),
    openApplication: vi.fn<Handlers['openApplication']>(async () => null),
    recordOutcome: vi.fn<Handlers['recordOutcome']>(async () => detail),
    resolveProbablyClosed: vi.fn<Handlers['resolveProbablyClosed']>(async () => detail),
    updatePosting: vi.fn<Handlers['updatePosting']>(async () => detail),
    planInterview: vi.fn<Handlers['planInterview']>(async () => detail),
    trackInterview: vi.fn<Handlers['trackInterview']>(async () => detail),
    updateInterview: vi.fn<Handlers['updateInterview']>(async () => detail),
    deleteApplication: vi.fn<Handlers['deleteApplication']>(async () => detail),
    restoreApplication: vi.fn<Handlers['restoreApplication']>(async () => detail),
    saveSettings: vi.fn<Handlers['saveSettings']>(async (s) => s),
    importData: vi.fn<Handlers['importData']>(async () => ({ added: 0, updated: 0, unchanged: 0 })),
    openDashboard: vi.fn<Handlers['openDashboard']>(async () => null),
    refreshList: vi.fn<Handlers['refreshList']>(async () => true),
    saveCardDraft: vi.fn<Handlers['saveCardDraft']>(async (d) => ({ ...d, updatedAt: T })),
    discardCardDraft: vi.fn<Handlers['discardCardDraft']>(async () => null),
    saveContact: vi.fn<Handlers['saveContact']>(async () => detail),
    removeContact: vi.fn<Handlers['removeContact']>(async () => detail),
    saveProfile: vi.fn<Handlers['saveProfile']>(async () => DEFAULT_SETTINGS),
  };
  const route = createRouter(handlers, { extensionId: ID, extensionOrigin: ORIGIN, isJobSite: isJobSiteUrl });
  const notCalled = () => {
    for (const h of Object.values(handlers)) expect(h).not.toHaveBeenCalled();
  };
  return { handlers, route, notCalled };
}

afterEach(() => vi.restoreAllMocks());

describe('sender check', () => {
  it.each<[string, SenderInfo]>([
    ['another extension', { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: `${ORIGIN}popup.html` }],
    ['another extension, its own page', { id: 'zzzz', url: 'chrome-extension://zzzz/popup.html' }],
    ['no id', { url: `${ORIGIN}popup.html` }],
    ['our content script on a web page', { id: ID, url: 'https://evil.test/', tab: { id: 3 } }],
    ['our id, page URL that only contains our origin', { id: ID, url: `https://evil.test/${ORIGIN}` }],
    ['our id, look-alike origin', { id: ID, url: `chrome-extension://${ID}.evil.test/popup.html` }],
    ['our id, no URL', { id: ID }],
    ['empty sender', {}],
  ])('%s → errorSender, no handler called', async (_n, sender) => {
    const { route, notCalled } = setup();
    expect(await route({ type: 'completeReminder', data: { reminderId: 'r1' } }, sender)).toEqual({ ok: false, error: 'errorSender' });
    notCalled();
  });

  it('is checked before the message itself', async () => {
    const { route } = setup();
    expect(await route({ type: 'nope' }, { id: ID, url: 'https://evil.test/' })).toEqual({ ok: false, error: 'errorSender' });
  });

  it.each(['popup.html', 'dashboard.html#app-1', 'popup.html?tab=3'])('accepts the extension page %s', async (page) => {
    const { route } = setup();
    expect(await route({ type: 'completeReminder', data: { reminderId: 'r1' } }, { id: ID, url: ORIGIN + page })).toEqual({
      ok: true,
      value: reminder,
    });
  });
});

describe('content scripts', () => {
  const LINKEDIN: SenderInfo = { id: ID, url: 'https://www.linkedin.com/jobs/search/?keywords=dev', tab: { id: 7 } };

  it('on a declared job site may ask for job states', async () => {
    const { route, handlers } = setup();
    const reply = await route({ type: 'jobChips', data: { jobKeys: ['linkedin:123', 'https://acme.test/jobs/1'] } }, LINKEDIN);
    expect(reply).toEqual({ ok: true, value: {} });
    expect(handlers.jobChips).toHaveBeenCalledExactlyOnceWith({ jobKeys: ['linkedin:123', 'https://acme.test/jobs/1'] });
  });

  it('on a declared job site may open an application', async () => {
    const { route, handlers } = setup();
    expect(await route({ type: 'openApplication', data: { applicationId: 'a1' } }, LINKEDIN)).toEqual({ ok: true, value: null });
    expect(handlers.openApplication).toHaveBeenCalledOnce();
  });

  it.each(['saveDebrief', 'completeReminder', 'snoozeReminder', 'openPosting', 'linkPosting'])(
    'may not send %s (writes are for extension pages)',
    async (type) => {
      const { route, notCalled } = setup();
      expect(await route({ type, data: { reminderId: 'r1', applicationId: 'a1' } }, LINKEDIN)).toEqual({ ok: false, error: 'errorSender' });
      notCalled();
    },
  );

  it.each([
    ['a site not declared', 'https://evil.test/jobs/view/1'],
    ['a look-alike host', 'https://linkedin.com.evil.test/jobs/'],
    ['LinkedIn outside /jobs', 'https://www.linkedin.com/feed/'],
    ['plain http', 'http://www.linkedin.com/jobs/view/1'],
  ])('on %s is refused', async (_n, url) => {
    const { route, notCalled } = setup();
    expect(await route({ type: 'jobChips', data: { jobKeys: ['linkedin:1'] } }, { id: ID, url, tab: { id: 1 } })).toEqual({
      ok: false,
      error: 'errorSender',
    });
    notCalled();
  });

  it.each<[string, unknown]>([
    ['not an array', { jobKeys: 'linkedin:1' }],
    ['a non-string key', { jobKeys: ['linkedin:1', 2] }],
    ['a key that is neither a URL nor a site key', { jobKeys: ['javascript:alert(1)'] }],
    ['too many keys', { jobKeys: Array.from({ length: 501 }, (_, i) => `linkedin:${i}`) }],
  ])('jobChips with %s is invalid', async (_n, data) => {
    const { route, notCalled } = setup();
    const reply = await route({ type: 'jobChips', data }, LINKEDIN);
    expect(reply).toMatchObject({ ok: false, error: 'errorInvalidMessage' });
    notCalled();
  });
});

describe('unknown messages', () => {
  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'saveDebrief'],
    ['a number', 7],
    ['an array', ['saveDebrief', {}]],
    ['no type', { data: { reminderId: 'r1' } }],
    ['type not a string', { type: 1, data: {} }],
    ['type as a String object', { type: new String('completeReminder'), data: { reminderId: 'r1' } }],
    ['unknown type', { type: 'deleteEverything', data: {} }],
    ['type with different case', { type: 'CompleteReminder', data: { reminderId: 'r1' } }],
    ['empty type', { type: '', data: {} }],
    ['__proto__', { type: '__proto__', data: {} }],
    ['constructor', { type: 'constructor', data: {} }],
    ['toString', { type: 'toString', data: {} }],
    ['hasOwnProperty', { type: 'hasOwnProperty', data: {} }],
    ['valueOf', { type: 'valueOf', data: {} }],
  ])('%s → errorUnknownMessage, no handler called', async (_n, message) => {
    const { route, notCalled } = setup();
    expect(await route(message, POPUP)).toEqual({ ok: false, error: 'errorUnknownMessage' });
    notCalled();
  });
});

describe('invalid data', () => {
  it.each<[string, unknown, { field: string; message: string }[]]>([
    ['completeReminder without data', { type: 'completeReminder' }, [{ field: 'reminderId', message: 'errorBadMessage' }]],
    [
      'completeReminder blank id',
      { type: 'completeReminder', data: { reminderId: '  ' } },
      [{ field: 'reminderId', message: 'errorBadMessage' }],
    ],
    [
      'snoozeReminder numeric id',
      { type: 'snoozeReminder', data: { reminderId: 42 } },
      [{ field: 'reminderId', message: 'errorBadMessage' }],
    ],
    ['calendarFile without data', { type: 'calendarFile' }, [{ field: 'reminderId', message: 'errorBadMessage' }]],
    ['calendarFile numeric id', { type: 'calendarFile', data: { reminderId: 7 } }, [{ field: 'reminderId', message: 'errorBadMessage' }]],
    [
      'calendarFile of a reminder and a planned interview at once',
      { type: 'calendarFile', data: { reminderId: 'r1', applicationId: 'a1' } },
      [{ field: 'applicationId', message: 'errorBadMessage' }],
    ],
    [
      'calendarFile blank application id',
      { type: 'calendarFile', data: { applicationId: ' ' } },
      [{ field: 'applicationId', message: 'errorBadMessage' }],
    ],
    [
      'saveContact with a javascript: link, a bad phone and e-mail, no name',
      {
        type: 'saveContact',
        data: { applicationId: 'a1', contact: { name: ' ', phone: 'call me', email: 'anne@', link: 'javascript:alert(1)' } },
      },
      [
        { field: 'contact.name', message: 'errorContactNameRequired' },
        { field: 'contact.phone', message: 'errorPhoneInvalid' },
        { field: 'contact.email', message: 'errorEmailInvalid' },
        { field: 'contact.link', message: 'errorLinkInvalid' },
      ],
    ],
    [
      'saveContact without an application',
      { type: 'saveContact', data: { contact: { name: 'Anne' } } },
      [{ field: 'applicationId', message: 'errorBadMessage' }],
    ],
    [
      'removeContact without a contact id',
      { type: 'removeContact', data: { applicationId: 'a1' } },
      [{ field: 'contactId', message: 'errorBadMessage' }],
    ],
    [
      'saveProfile with a phone too long',
      { type: 'saveProfile', data: { profile: { name: 'Lou', phone: '1'.repeat(41), email: '' } } },
      [{ field: 'profile.phone', message: 'errorPhoneInvalid' }],
    ],
    [
      'openPosting without an application id',
      { type: 'openPosting', data: { reminderId: 'r1' } },
      [{ field: 'applicationId', message: 'errorBadMessage' }],
    ],
    [
      'saveDebrief with nothing',
      { type: 'saveDebrief', data: {} },
      [
        { field: 'posting.title', message: 'errorTitleRequired' },
        { field: 'posting.company', message: 'errorCompanyRequired' },
        { field: 'posting.url', message: 'errorUrlInvalid' },
        { field: 'verdict', message: 'errorVerdictRequired' },
        { field: 'interviewAt', message: 'errorDateInvalid' },
        { field: 'followUpAt', message: 'errorFollowUpRequired' },
        { field: 'jobKey', message: 'errorBadMessage' },
      ],
    ],
    [
      'saveDebrief with a javascript: URL',
      { type: 'saveDebrief', data: { ...validSave, posting: { ...validSave.posting, url: 'javascript:alert(1)' } } },
      [{ field: 'posting.url', message: 'errorUrlInvalid' }],
    ],
    [
      'saveDebrief with the follow-up before the interview',
      { type: 'saveDebrief', data: { ...validSave, debrief: { ...validSave.debrief, followUpAt: T - 1 } } },
      [{ field: 'followUpAt', message: 'errorFollowUpBeforeInterview' }],
    ],
    [
      'saveDebrief without job key',
      { type: 'saveDebrief', data: { ...validSave, jobKey: ' ' } },
      [{ field: 'jobKey', message: 'errorBadMessage' }],
    ],
    [
      'saveDebrief negative revision',
      { type: 'saveDebrief', data: { ...validSave, expectedRevision: -1 } },
      [{ field: 'expectedRevision', message: 'errorBadMessage' }],
    ],
    [
      'saveDebrief fractional revision',
      { type: 'saveDebrief', data: { ...validSave, expectedRevision: 1.5 } },
      [{ field: 'expectedRevision', message: 'errorBadMessage' }],
    ],
    [
      'saveDebrief revision as text',
      { type: 'saveDebrief', data: { ...validSave, expectedRevision: '2' } },
      [{ field: 'expectedRevision', message: 'errorBadMessage' }],
    ],
    [
      'saveDebrief revision null',
      { type: 'saveDebrief', data: { ...validSave, expectedRevision: null } },
      [{ field: 'expectedRevision', message: 'errorBadMessage' }],
    ],
  ])('%s → errorInvalidMessage with the field errors, no handler called', async (_n, message, fields) => {
    const { route, notCalled } = setup();
    expect(await route(message, POPUP)).toEqual({ ok: false, error: 'errorInvalidMessage', fields });
    notCalled();
  });
});

describe('valid messages', () => {
  it('saveDebrief: the handler gets the cleaned data once, and its value is wrapped', async () => {
    const { route, handlers } = setup();
    const reply: SaveDebriefReply = { application: { ...app, id: 'a1' }, reminders: [reminder] };
    handlers.saveDebrief.mockResolvedValueOnce(reply);
    expect(await route({ type: 'saveDebrief', data: { ...validSave, expectedRevision: 0, junk: true } }, POPUP)).toEqual({
      ok: true,
      value: reply,
    });
    expect(handlers.saveDebrief).toHaveBeenCalledTimes(1);
    const data = handlers.saveDebrief.mock.calls[0]![0];
    expect(data.posting).toEqual({ title: 'Dev', company: 'Acme', location: '', url: 'https://acme.test/42' });
    expect(data.jobKey).toBe('https://acme.test/42');
    expect(data.pageUrl).toBe('https://acme.test/42?utm_source=x');
    expect(data.expectedRevision).toBe(0);
    expect(data.debrief).toMatchObject({ verdict: 'undecided', interviewAt: T, stage: null, feeling: null, answerBy: null });
    expect(data).not.toHaveProperty('junk');
    expect(handlers.completeReminder).not.toHaveBeenCalled();
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['blank', '   '],
  ])('saveDebrief: pageUrl %s → null', async (_n, pageUrl) => {
    const { route, handlers } = setup();
    await route({ type: 'saveDebrief', data: { ...validSave, pageUrl } }, POPUP);
    expect(handlers.saveDebrief.mock.calls[0]![0].pageUrl).toBeNull();
    expect(handlers.saveDebrief.mock.calls[0]![0].expectedRevision).toBeUndefined();
  });

  it.each([
    ['completeReminder', reminder],
    ['snoozeReminder', { ...reminder, dueAt: T + 1 }],
  ] as const)('%s: routed to its own handler with the trimmed id', async (type, value) => {
    const { route, handlers } = setup();
    expect(await route({ type, data: { reminderId: ' r1 ', other: 1 } }, POPUP)).toEqual({ ok: true, value });
    expect(handlers[type]).toHaveBeenCalledExactlyOnceWith({ reminderId: 'r1' });
    const otherType = type === 'completeReminder' ? 'snoozeReminder' : 'completeReminder';
    expect(handlers[otherType]).not.toHaveBeenCalled();
  });

  it('openPosting: routed with the trimmed application id', async () => {
    const { route, handlers } = setup();
    expect(await route({ type: 'openPosting', data: { applicationId: ' a1 ' } }, POPUP)).toEqual({ ok: true, value: null });
    expect(handlers.openPosting).toHaveBeenCalledExactlyOnceWith({ applicationId: 'a1' });
  });

  it('saveContact: the contact trimmed, unknown keys dropped, an empty id dropped (a new contact)', async () => {
    const { route, handlers } = setup();
    const contact = {
      id: '',
      name: ' Anne Roy ',
      role: 'HR',
      phone: '+33 6 12 34 56 78',
      email: 'anne@acme.test',
      link: 'https://www.linkedin.com/in/anne',
      note: '',
      x: 1,
    };
    await route({ type: 'saveContact', data: { applicationId: 'a1', contact, expectedRevision: 2 } }, POPUP);
    expect(handlers.saveContact).toHaveBeenCalledExactlyOnceWith({
      applicationId: 'a1',
      contact: {
        name: 'Anne Roy',
        role: 'HR',
        phone: '+33 6 12 34 56 78',
        email: 'anne@acme.test',
        link: 'https://www.linkedin.com/in/anne',
        note: '',
      },
      expectedRevision: 2,
    });
  });

  it('calendarFile: a planned interview by its application id; saveProfile: null puts it off', async () => {
    const { route, handlers } = setup();
    await route({ type: 'calendarFile', data: { applicationId: ' a1 ' } }, POPUP);
    expect(handlers.calendarFile).toHaveBeenCalledExactlyOnceWith({ applicationId: 'a1' });
    await route({ type: 'saveProfile', data: { profile: null } }, POPUP);
    expect(handlers.saveProfile).toHaveBeenCalledExactlyOnceWith({ profile: null });
  });
});

describe('handler errors become reply errors', () => {
  it.each<[string, unknown, string]>([
    ["Error('errorConflict')", new Error('errorConflict'), 'errorConflict'],
    ['ConflictError', new ConflictError(), 'errorConflict'],
    ['ReminderNotFoundError', new ReminderNotFoundError(), 'errorReminderNotFound'],
    ['QuotaExceededError', new DOMException('The quota has been exceeded.', 'QuotaExceededError'), 'errorQuota'],
    ['a random Error', new Error('boom'), 'errorStorage'],
    ['a TypeError', new TypeError("Cannot read properties of undefined (reading 'id')"), 'errorStorage'],
    ['lower-case error prefix', new Error('errorconflict'), 'errorStorage'],
    ['another DOMException', new DOMException('aborted', 'AbortError'), 'errorStorage'],
    ['a thrown string key', 'errorConflict', 'errorStorage'],
    ['undefined', undefined, 'errorStorage'],
  ])('%s → %s', async (_n, thrown, key) => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { route, handlers } = setup();
    handlers.completeReminder.mockRejectedValueOnce(thrown);
    expect(await route({ type: 'completeReminder', data: { reminderId: 'r1' } }, POPUP)).toEqual({ ok: false, error: key });
    // Unexpected failures are logged with their cause; expected ones are not.
    if (key === 'errorStorage') expect(log).toHaveBeenCalledWith(expect.any(String), thrown);
    else expect(log).not.toHaveBeenCalled();
  });

  it('a handler that throws synchronously still gets a reply', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { route, handlers } = setup();
    handlers.snoozeReminder.mockImplementationOnce(() => {
      throw new Error('sync');
    });
    expect(await route({ type: 'snoozeReminder', data: { reminderId: 'r1' } }, POPUP)).toEqual({ ok: false, error: 'errorStorage' });
  });

  // BUG (src/messages/router.ts:47): /^error[A-Z]/ is not anchored at the end, so any engine error
  // whose text starts like a key passes through as the "key", e.g. a ReferenceError
  // "errorKey is not defined" becomes the reply error 'errorKey is not defined' (no such i18n key,
  // the UI shows an empty message). Expected 'errorStorage'.
  it('an engine error whose text starts with "errorX" is not taken for a key', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { route, handlers } = setup();
    handlers.completeReminder.mockRejectedValueOnce(new ReferenceError('errorKey is not defined'));
    expect(await route({ type: 'completeReminder', data: { reminderId: 'r1' } }, POPUP)).toEqual({ ok: false, error: 'errorStorage' });
  });
});

describe('dashboard, settings and transfer messages', () => {
  const posting = { title: 'Dev', company: 'Acme', location: '', url: 'https://acme.test/42' };
  const outcome = { kind: 'no-answer', at: T, note: '' };
  const settings = {
    followUpDelayDays: 7,
    reminderMinutes: 540,
    noAnswerRetryWorkingDays: 2,
    maxNoAnswerRetries: 2,
    interviewSoonMinutes: 15,
    interviewLengthMinutes: 60,
    notifications: true,
    badgeCountOnOtherTabs: true,
    thankYouReminder: true,
    profile: { name: 'Lou Martin', phone: '+33 6 00 00 00 00', email: 'lou@example.test' },
    profileAsked: true,
  };
  const snapshot = {
    application: {
      id: 'a1',
      jobKey: 'https://acme.test/42',
      keys: ['https://acme.test/42'],
      matchKey: 'acme | dev',
      urls: [],
      posting,
      status: 'waiting',
      lastVerdict: 'undecided',
      nextDueAt: null,
      createdAt: T,
      updatedAt: T,
      revision: 1,
    },
    interviews: [],
    reminders: [],
    events: [{ id: 'e1', applicationId: 'a1', at: T, type: 'kept-pursuing', createdAt: T }],
  };

  it.each<[string, unknown, unknown]>([
    [
      'recordOutcome',
      { applicationId: ' a1 ', reminderId: 'r1', outcome: { ...outcome, junk: 1 }, expectedRevision: 2, extra: true },
      { applicationId: 'a1', reminderId: 'r1', outcome, expectedRevision: 2 },
    ],
    ['recordOutcome without a reminder', { applicationId: 'a1', outcome }, { applicationId: 'a1', outcome, expectedRevision: undefined }],
    [
      'resolveProbablyClosed',
      { applicationId: 'a1', decision: 'keep' },
      { applicationId: 'a1', decision: 'keep', expectedRevision: undefined },
    ],
    [
      'updatePosting',
      { applicationId: 'a1', posting: { ...posting, title: ' Dev ', x: 1 }, expectedRevision: 0 },
      { applicationId: 'a1', posting, expectedRevision: 0 },
    ],
    [
      'planInterview',
      {
        applicationId: 'a1',
        plan: { on: '2026-04-20', time: '14:00', channel: 'video', withWhom: ' Léa ', role: 'CTO', stage: 'final', x: 1 },
      },
      {
        applicationId: 'a1',
        plan: { on: '2026-04-20', time: '14:00', channel: 'video', withWhom: 'Léa', role: 'CTO', stage: 'final' },
        expectedRevision: undefined,
      },
    ],
    [
      'planInterview cancelling it',
      { applicationId: 'a1', plan: null, expectedRevision: 3 },
      { applicationId: 'a1', plan: null, expectedRevision: 3 },
    ],
    ['deleteApplication', { applicationId: 'a1', expectedRevision: 4 }, { applicationId: 'a1', expectedRevision: 4 }],
    ['restoreApplication', { ...snapshot, junk: 1 }, { ...snapshot, application: { ...snapshot.application } }],
    ['saveSettings', { ...settings, extra: 'x' }, settings],
    ['importData', { json: '{"format":"relance-export"}', extra: 1 }, { json: '{"format":"relance-export"}' }],
    ['openDashboard on the list', {}, {}],
    ['openDashboard on an application', { applicationId: ' a1 ' }, { applicationId: 'a1' }],
    ['refreshList whatever it carries', { rows: ['forged'] }, {}],
    [
      'saveCardDraft',
      { applicationId: ' a1 ', ticks: ['smiled', 'askedImpression', 'smiled'], heard: 'undecided', updatedAt: 1, x: 1 },
      { applicationId: 'a1', ticks: ['askedImpression', 'smiled'], heard: 'undecided' },
    ],
    ['saveCardDraft with nothing heard yet', { applicationId: 'a1', ticks: [] }, { applicationId: 'a1', ticks: [], heard: null }],
    ['discardCardDraft', { applicationId: 'a1' }, { applicationId: 'a1' }],
  ])('%s: the handler gets the cleaned data', async (label, data, cleaned) => {
    const type = label.split(' ')[0] as keyof ReturnType<typeof setup>['handlers'];
    const { route, handlers } = setup();
    const reply = await route({ type, data }, POPUP);
    expect(reply.ok).toBe(true);
    expect(handlers[type]).toHaveBeenCalledExactlyOnceWith(cleaned);
  });

  it('updateInterview: the debrief is checked like saveDebrief', async () => {
    const { route, handlers } = setup();
    await route({ type: 'updateInterview', data: { interviewId: 'i1', debrief: validSave.debrief } }, POPUP);
    expect(handlers.updateInterview.mock.calls[0]![0]).toMatchObject({
      interviewId: 'i1',
      debrief: { verdict: 'undecided', interviewAt: T, stage: null },
    });
  });

  it.each<[string, string, unknown, string[]]>([
    ['recordOutcome without an application', 'recordOutcome', { outcome }, ['applicationId']],
    ['saveCardDraft with an unknown tick', 'saveCardDraft', { applicationId: 'a1', ticks: ['thanked', 'bribed'] }, ['ticks']],
    ['saveCardDraft with ticks not a list', 'saveCardDraft', { applicationId: 'a1', ticks: 'thanked' }, ['ticks']],
    ['saveCardDraft with an unknown verdict', 'saveCardDraft', { applicationId: 'a1', ticks: [], heard: 'no-answer' }, ['heard']],
    ['saveCardDraft without an application', 'saveCardDraft', { ticks: [] }, ['applicationId']],
    ['recordOutcome with a blank reminder id', 'recordOutcome', { applicationId: 'a1', reminderId: ' ', outcome }, ['reminderId']],
    ['recordOutcome with no outcome', 'recordOutcome', { applicationId: 'a1' }, ['outcome.kind', 'outcome.at']],
    [
      'recordOutcome with an answer but no result',
      'recordOutcome',
      { applicationId: 'a1', outcome: { kind: 'answer', at: T } },
      ['outcome.result'],
    ],
    [
      'recordOutcome with a retry before the call',
      'recordOutcome',
      { applicationId: 'a1', outcome: { ...outcome, nextFollowUpAt: T - 1 } },
      ['outcome.nextFollowUpAt'],
    ],
    ['recordOutcome with a text revision', 'recordOutcome', { applicationId: 'a1', outcome, expectedRevision: '1' }, ['expectedRevision']],
    ['resolveProbablyClosed with another decision', 'resolveProbablyClosed', { applicationId: 'a1', decision: 'maybe' }, ['decision']],
    [
      'updatePosting with a javascript: URL',
      'updatePosting',
      { applicationId: 'a1', posting: { ...posting, url: 'javascript:alert(1)' } },
      ['posting.url'],
    ],
    ['updatePosting without an application', 'updatePosting', { posting }, ['applicationId']],
    [
      'trackInterview with no day and no posting',
      'trackInterview',
      { jobKey: 'x', plan: {} },
      ['posting.title', 'posting.company', 'posting.url', 'plan.on', 'jobKey'],
    ],
    ['planInterview with no day', 'planInterview', { applicationId: 'a1', plan: { time: '14:00' } }, ['plan.on']],
    ['planInterview with no plan at all', 'planInterview', { applicationId: 'a1' }, ['plan.on']],
    ['planInterview at 25:00', 'planInterview', { applicationId: 'a1', plan: { on: '2026-04-20', time: '25:00' } }, ['plan.time']],
    ['updateInterview without an interview id', 'updateInterview', { debrief: validSave.debrief }, ['interviewId']],
    ['updateInterview with a bad debrief', 'updateInterview', { interviewId: 'i1', debrief: {} }, ['verdict', 'interviewAt', 'followUpAt']],
    [
      'deleteApplication with a negative revision',
      'deleteApplication',
      { applicationId: 'a1', expectedRevision: -1 },
      ['expectedRevision'],
    ],
    ['saveSettings with an hour past midnight', 'saveSettings', { ...settings, reminderMinutes: 1440 }, ['reminderMinutes']],
    [
      'saveSettings with nothing',
      'saveSettings',
      undefined,
      [
        'followUpDelayDays',
        'reminderMinutes',
        'noAnswerRetryWorkingDays',
        'maxNoAnswerRetries',
        'interviewSoonMinutes',
        'interviewLengthMinutes',
        'notifications',
        'badgeCountOnOtherTabs',
        'thankYouReminder',
        'profile',
        'profileAsked',
      ],
    ],
    [
      'saveSettings with an e-mail without its @',
      'saveSettings',
      { ...settings, profile: { ...settings.profile, email: 'lou' } },
      ['profile.email'],
    ],
    ['saveSettings with a retries count out of range', 'saveSettings', { ...settings, maxNoAnswerRetries: 11 }, ['maxNoAnswerRetries']],
    ['saveSettings without the retries count', 'saveSettings', { ...settings, maxNoAnswerRetries: undefined }, ['maxNoAnswerRetries']],
    ['saveSettings with an interview of 5 minutes', 'saveSettings', { ...settings, interviewLengthMinutes: 5 }, ['interviewLengthMinutes']],
    ['importData without text', 'importData', { json: { format: 'relance-export' } }, ['json']],
    ['openDashboard with a numeric id', 'openDashboard', { applicationId: 3 }, ['applicationId']],
  ])('%s → errorInvalidMessage, no handler called', async (_n, type, data, fields) => {
    const { route, notCalled } = setup();
    const reply = await route({ type, data }, POPUP);
    expect(reply).toMatchObject({ ok: false, error: 'errorInvalidMessage' });
    expect((reply as { fields: { field: string }[] }).fields.map((f) => f.field)).toEqual(fields);
    notCalled();
  });

  it.each<[string, (s: Record<string, any>) => void, string]>([
    ['a row of another application', (s) => (s.events[0].applicationId = 'a2'), 'applicationId "a2"'],
    ['a bad status', (s) => (s.application.status = 'lost'), 'application: status is not one of'],
    ['a __proto__ key', (s) => (s.application.posting = JSON.parse('{"__proto__":{"x":1}}')), '"__proto__"'],
  ])('restoreApplication with %s is refused before the handler', async (_n, edit, problem) => {
    const { route, notCalled } = setup();
    const data = JSON.parse(JSON.stringify(snapshot));
    edit(data);
    const reply = (await route({ type: 'restoreApplication', data }, POPUP)) as { ok: false; error: string; fields: { field: string }[] };
    expect(reply.error).toBe('errorInvalidMessage');
    expect(reply.fields[0]!.field).toContain(problem);
    notCalled();
  });

  it.each([
    'recordOutcome',
    'resolveProbablyClosed',
    'updatePosting',
    'planInterview',
    'trackInterview',
    'updateInterview',
    'deleteApplication',
    'restoreApplication',
    'saveSettings',
    'importData',
    'openDashboard',
    'refreshList',
  ])('content scripts may not send %s', async (type) => {
    const { route, notCalled } = setup();
    const sender = { id: ID, url: 'https://www.linkedin.com/jobs/view/1', tab: { id: 1 } };
    expect(await route({ type, data: { applicationId: 'a1', json: '{}' } }, sender)).toEqual({ ok: false, error: 'errorSender' });
    notCalled();
  });

  it('an import refused by the worker carries the record and the problem', async () => {
    const { route, handlers } = setup();
    handlers.importData.mockRejectedValueOnce(
      Object.assign(new Error('errorImportRecord'), {
        fields: [{ field: 'file', message: 'applications[12] (Acme — Dev): followUpAt is not a date' }],
      }),
    );
    expect(await route({ type: 'importData', data: { json: '{}' } }, POPUP)).toEqual({
      ok: false,
      error: 'errorImportRecord',
      fields: [{ field: 'file', message: 'applications[12] (Acme — Dev): followUpAt is not a date' }],
    });
  });

  it('details of an unexpected error are not passed on', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { route, handlers } = setup();
    handlers.importData.mockRejectedValueOnce(Object.assign(new Error('boom'), { fields: [{ field: 'secret', message: 'stack' }] }));
    expect(await route({ type: 'importData', data: { json: '{}' } }, POPUP)).toEqual({ ok: false, error: 'errorStorage' });
  });
});
