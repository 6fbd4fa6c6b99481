// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatDate, formatDateTime } from '../../src/core/format';
import { Dashboard, UNDO_MS } from '../../src/dashboard/app';
import { DAY, fakeDashboardApi, installCatalog, makeDetail, makeInterview, makeReminder, NOW, outcomeEvent } from './helpers';

beforeEach(installCatalog);
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  location.hash = '';
});

const posting = { title: 'Frontend developer', company: 'Acme', location: 'Lyon', url: 'https://jobs.example.com/offers/42' };

/** An undecided interview that went badly, a due follow-up, a past reminder and one call without answer. */
function acme() {
  return makeDetail(
    {
      id: 'acme',
      posting,
      nextDueAt: NOW - DAY,
      nextInterview: { on: '2026-12-10', withWhom: 'Paul Durand', stage: 'director', time: '', channel: null, role: '' },
    },
    {
      interviews: [
        makeInterview({
          id: 'int-acme',
          applicationId: 'acme',
          interviewerName: 'Claire Martin',
          interviewerRole: 'HR',
          feeling: 'badly',
          weakPoint: 'No React experience',
          weakPointAnswer: 'I have since shipped a React app to production.',
          recoveryContacts: 'The team lead, Marc',
          recoveryTopics: 'Show the React side project',
        }),
      ],
      reminders: [
        makeReminder({
          id: 'rem-old',
          applicationId: 'acme',
          interviewId: 'int-acme',
          dueAt: NOW - 8 * DAY,
          pendingDueAt: undefined,
          doneAt: NOW - 8 * DAY,
          closedBy: 'done',
        }),
        makeReminder({ id: 'rem-due', applicationId: 'acme', interviewId: 'int-acme', dueAt: NOW - DAY }),
      ],
      events: [outcomeEvent('acme', { kind: 'no-answer', at: NOW - 4 * DAY, note: 'Voicemail', nextFollowUpAt: NOW - DAY }, NOW - 4 * DAY)],
    },
  );
}

async function open(hash: string, details = [acme()]) {
  location.hash = hash;
  // The page is opened at this address: the hashchange the test's own navigation queues is not the user's.
  await new Promise((r) => setTimeout(r, 10));
  const api = fakeDashboardApi(details);
  render(<Dashboard api={api} />);
  await screen.findByRole('heading', { level: 1, name: 'Frontend developer' });
  return { api, user: userEvent.setup() };
}

describe('an application page', () => {
  it('shows the posting, every debrief with its checklists, and the timeline', async () => {
    await open('#app/acme');
    expect(screen.getByRole('link', { name: posting.url }).getAttribute('href')).toBe(posting.url);
    const interviews = screen.getByRole('region', { name: 'Interviews (1)' });
    expect(within(interviews).getByText('Claire Martin, HR')).toBeTruthy();
    // Each checklist in two lines at most: what was done, then what was not, in impersonal words.
    const checks = within(interviews)
      .getAllByRole('list')
      .filter((l) => l.classList.contains('checks'))
      .map((l) => [...l.children].map((li) => li.textContent));
    expect(checks).toEqual([
      ["✓ Done: information on the company and role, strengths put forward, interviewer's impression", '○ Not done: next step'],
      ['✓ Done: thanks, firm handshake, smile'],
    ]);
    const timeline = screen.getByRole('region', { name: 'Follow-ups and reminders' });
    const entries = within(timeline)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(entries).toHaveLength(3);
    // In date order, each entry led by its own date: done 8 days ago, the call 4 days ago, the pending one.
    expect(entries[0]).toMatch(/^Follow-up call done .* \(planned .*\)$/);
    expect(entries[1]).toMatch(/^Follow-up call: no answer.*next call.*Voicemail$/);
    expect(entries[2]).toMatch(/^Follow-up call \(planned\).*\(1 day overdue\) Add to calendar$/);
  });

  it('"Add to calendar" on a pending reminder saves its .ics file; past entries have none', async () => {
    const { api, user } = await open('#app/acme');
    const timeline = screen.getByRole('region', { name: 'Follow-ups and reminders' });
    const buttons = within(timeline).getAllByRole('button', { name: 'Add to calendar' });
    expect(buttons).toHaveLength(1);
    const pending = acme().reminders.find((r) => r.pendingDueAt !== undefined)!;
    await user.click(buttons[0]!);
    await waitFor(() => expect(api.calendarFile).toHaveBeenCalledWith({ reminderId: pending.id }));
    expect(api.download).toHaveBeenCalledWith({ name: `relance-${pending.id}.ics`, type: 'text/calendar', text: 'BEGIN:VCALENDAR\r\n' });
  });

  it('the timeline is in date order, each entry placed at the date it shows first', async () => {
    const d = acme();
    // Planned for tomorrow, replaced six days ago by a newer debrief; an answer promised for in two days.
    d.reminders.push(
      makeReminder({
        id: 'rem-replaced',
        applicationId: 'acme',
        interviewId: 'int-acme',
        dueAt: NOW + DAY,
        pendingDueAt: undefined,
        doneAt: NOW - 6 * DAY,
        closedBy: 'superseded',
      }),
      makeReminder({ id: 'rem-answer', applicationId: 'acme', interviewId: 'int-acme', kind: 'answer-due', dueAt: NOW + 2 * DAY }),
    );
    await open('#app/acme', [d]);
    const entries = within(screen.getByRole('region', { name: 'Follow-ups and reminders' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    const at = (t: number) => formatDateTime(t, 'en-GB');
    expect(entries).toEqual([
      expect.stringMatching(new RegExp(`^Follow-up call done ${at(NOW - 8 * DAY)}`)),
      `Follow-up call replaced ${at(NOW - 6 * DAY)} by a newer plan (planned ${at(NOW + DAY)})`,
      expect.stringMatching(new RegExp(`^Follow-up call: no answer ${at(NOW - 4 * DAY)}`)),
      `Follow-up call (planned) ${at(NOW - DAY)} (1 day overdue) Add to calendar`,
      `Answer due (planned) ${at(NOW + 2 * DAY)} (in 2 days) Add to calendar`,
    ]);
  });

  it("the follow-up e-mail is to the interviewer once their e-mail is a contact's, as edited on the page", async () => {
    const claire = { id: 'c-claire', name: 'Claire Martin', role: 'HR', phone: '', email: '', link: '', note: '' };
    const detail = acme();
    const { user } = await open('#app/acme', [{ ...detail, application: { ...detail.application, contacts: [claire] } }]);
    const mailLink = () =>
      within(screen.getByRole('region', { name: 'E-mail after the unanswered call' }))
        .getByRole('link', { name: 'Open in my mail app' })
        .getAttribute('href')!;
    expect(mailLink()).toMatch(/^mailto:\?subject=Following%20up/);
    const contacts = within(screen.getByRole('region', { name: 'Contacts' }));
    await user.click(contacts.getByRole('button', { name: 'Edit Claire Martin' }));
    await user.type(contacts.getByLabelText(/^E-mail/), 'claire.martin+rh@acme.test');
    await user.click(contacts.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(mailLink()).toMatch(/^mailto:claire\.martin%2Brh@acme\.test\?subject=Following%20up/));
  });

  it('a call that announced the next interview: its stage, whom, day and start time, and channel, when given', async () => {
    const d = acme();
    const call = (at: number, next: { time: string; channel: 'video' | null }) =>
      outcomeEvent(
        'acme',
        {
          kind: 'answer',
          at,
          note: '',
          result: 'next-interview',
          nextInterview: { withWhom: 'Paul Durand', on: '2026-12-10', stage: 'director', ...next },
        },
        at,
      );
    d.events.push(call(NOW - 3 * DAY, { time: '10:15', channel: 'video' }), call(NOW - 2 * DAY, { time: '', channel: null }));
    await open('#app/acme', [d]);
    const entries = within(screen.getByRole('region', { name: 'Follow-ups and reminders' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    const day = new Date(2026, 11, 10, 10, 15).getTime();
    expect(entries).toContain(
      `Follow-up call: answer received ${formatDateTime(NOW - 3 * DAY, 'en-GB')} · Director, Paul Durand, ${formatDateTime(day, 'en-GB')}, Video call`,
    );
    expect(entries).toContain(
      `Follow-up call: answer received ${formatDateTime(NOW - 2 * DAY, 'en-GB')} · Director, Paul Durand, ${formatDate(day, 'en-GB')}`,
    );
  });

  it('after a call nobody answered, a follow-up e-mail: opened in the mail app, or copied', async () => {
    const { api, user } = await open('#app/acme');
    const draft = screen.getByRole('region', { name: 'E-mail after the unanswered call' });
    const link = within(draft).getByRole('link', { name: 'Open in my mail app' });
    const href = link.getAttribute('href')!;
    expect(
      href.startsWith('mailto:?subject=Following%20up%20%E2%80%93%20Frontend%20developer&body=Hello%20Claire%20Martin%2C%0D%0A%0D%0A'),
    ).toBe(true);
    await user.click(within(draft).getByRole('button', { name: 'Copy the text' }));
    expect(api.copyText).toHaveBeenCalledWith(
      expect.stringMatching(/^Following up – Frontend developer\n\nHello Claire Martin,\n\nAs agreed, I tried/),
    );
    expect(await within(draft).findByText('Copied: subject and text.')).toBeTruthy();
  });

  it('the outcome form has the call script above it: the voicemail words after a call nobody answered', async () => {
    await open('#app/acme/outcome');
    const script = screen.getByRole('region', { name: 'What to say' });
    expect(within(script).getByText(/^Voicemail: say your name and phone number/)).toBeTruthy();
    expect(within(script).getByText(/about the Frontend developer position we discussed on/)).toBeTruthy();
    expect(
      script.compareDocumentPosition(screen.getByRole('form', { name: "The follow-up call's outcome" })) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });

  it('#app/<id>/outcome opens the outcome form, with the recovery plan and the next people above it', async () => {
    const { api, user } = await open('#app/acme/outcome');
    // The interview went badly: the note is about the other people to convince (docs/method.md §5).
    const before = screen.getByRole('region', { name: 'Make up for it with the others' });
    expect(within(before).getByText(/made up for with the other people in the process/)).toBeTruthy();
    expect(within(before).queryByText(/this call is a chance/)).toBeNull();
    expect(within(before).getByText('Show the React side project')).toBeTruthy();
    expect(within(before).getByText('The team lead, Marc')).toBeTruthy();
    expect(within(before).getByText('No React experience')).toBeTruthy();
    expect(
      before.compareDocumentPosition(screen.getByRole('form', { name: "The follow-up call's outcome" })) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();

    await user.click(screen.getByRole('radio', { name: 'No answer: I will try again' }));
    await user.click(screen.getByRole('button', { name: 'Save the outcome' }));
    expect(api.recordOutcome).toHaveBeenCalledWith(
      expect.objectContaining({ applicationId: 'acme', reminderId: 'rem-due', expectedRevision: 2 }),
    );
    expect(await screen.findByText(/^Outcome saved\. Next reminder:/)).toBeTruthy();
    expect(location.hash).toBe('#app/acme');
    expect(screen.queryByRole('form', { name: "The follow-up call's outcome" })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 })));
  });

  it('offers "Record another interview" with the planned interview as defaults', async () => {
    const { api, user } = await open('#app/acme');
    await user.click(screen.getByRole('button', { name: 'Record another interview' }));
    expect((screen.getByLabelText('Stage') as HTMLSelectElement).value).toBe('director');
    expect((screen.getByLabelText("Interviewer's name") as HTMLInputElement).value).toBe('Paul Durand');
    expect(screen.queryByLabelText(/Job title/)).toBeNull();
    await user.click(screen.getByRole('radio', { name: /Convinced/ }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(api.saveDebrief).toHaveBeenCalledWith(
      expect.objectContaining({ jobKey: 'https://jobs.example.com/offers/42', posting, expectedRevision: 2 }),
    );
    expect(api.saveDebrief.mock.calls[0]![0].debrief).toMatchObject({
      stage: 'director',
      interviewerName: 'Paul Durand',
      verdict: 'convinced',
    });
  });

  it('a debrief saved here puts its interviewer in the list: searching the name finds the application, nothing reloaded', async () => {
    const { api, user } = await open('#app/acme', [
      acme(),
      makeDetail({ id: 'other', posting: { ...posting, company: 'Globex' }, jobKey: 'g', keys: ['g'] }),
    ]);
    await user.click(screen.getByRole('button', { name: 'Record another interview' }));
    await user.clear(screen.getByLabelText("Interviewer's name"));
    await user.type(screen.getByLabelText("Interviewer's name"), 'Nadia Benali');
    await user.click(screen.getByRole('radio', { name: /Convinced/ }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findAllByText('Debrief saved.');
    location.hash = '#';
    const box = await screen.findByRole('searchbox', { name: 'Search' });
    await user.type(box, 'benali');
    await waitFor(() => expect(screen.getByText('Showing 1 of 2')).toBeTruthy());
    expect(screen.getByRole('link', { name: /^Acme/ })).toBeTruthy();
    expect(api.loadRows).toHaveBeenCalledTimes(1);
  });

  it('edits the posting', async () => {
    const { api, user } = await open('#app/acme');
    await user.click(screen.getByRole('button', { name: 'Edit the posting' }));
    const title = screen.getByLabelText(/Job title/);
    await user.clear(title);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(title.getAttribute('aria-invalid')).toBe('true');
    await user.type(title, 'Senior frontend developer');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(api.updatePosting).toHaveBeenCalledWith({
      applicationId: 'acme',
      posting: { ...posting, title: 'Senior frontend developer' },
      expectedRevision: 2,
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Senior frontend developer' })).toBeTruthy();
  });

  it('changes the planned interview: its day required, then its time, format and role kept', async () => {
    const { api, user } = await open('#app/acme');
    await user.click(screen.getByRole('button', { name: 'Change the planned interview' }));
    const form = screen.getByRole('form', { name: 'Plan an interview' });
    const day = within(form).getByLabelText(/^Date/);
    expect((day as HTMLInputElement).value).toBe('2026-12-10');
    expect((within(form).getByLabelText(/Interviewer's name/) as HTMLInputElement).value).toBe('Paul Durand');
    await user.clear(day);
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(day.getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByText('Enter the interview date.')).toBeTruthy();
    expect(api.planInterview).not.toHaveBeenCalled();
    await user.type(day, '2026-12-11');
    await user.type(within(form).getByLabelText(/Start time/), '14:30');
    await user.selectOptions(within(form).getByLabelText('Format'), 'video');
    await user.type(within(form).getByLabelText(/Interviewer's role/), 'CTO');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    const plan = { on: '2026-12-11', time: '14:30', channel: 'video', withWhom: 'Paul Durand', role: 'CTO', stage: 'director' };
    expect(api.planInterview).toHaveBeenCalledWith({ applicationId: 'acme', plan, expectedRevision: 2 });
    expect(await screen.findByText(/^Director with Paul Durand \(CTO\), .*11 Dec 2026,? 14:30 · Video call$/)).toBeTruthy();
    expect(screen.getByText('Interview planned.')).toBeTruthy();
  });

  it('plans an interview where none is, and cancels it', async () => {
    const d = acme();
    d.application.nextInterview = null;
    const { api, user } = await open('#app/acme', [d]);
    expect(screen.queryByRole('button', { name: 'Cancel the planned interview' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Plan an interview' }));
    await user.type(screen.getByLabelText(/^Date/), '2026-12-11');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(api.planInterview).toHaveBeenLastCalledWith({
      applicationId: 'acme',
      plan: { on: '2026-12-11', time: '', channel: null, withWhom: '', role: '', stage: null },
      expectedRevision: 2,
    });
    await user.click(await screen.findByRole('button', { name: 'Cancel the planned interview' }));
    expect(api.planInterview).toHaveBeenLastCalledWith({ applicationId: 'acme', plan: null, expectedRevision: 3 });
    expect(await screen.findByText('Planned interview cancelled.')).toBeTruthy();
  });

  it('edits a debrief in place, with its recorded values', async () => {
    const { api, user } = await open('#app/acme');
    await user.click(screen.getByRole('button', { name: 'Edit this debrief' }));
    const weak = screen.getByLabelText(/Weak point/) as HTMLInputElement;
    expect(weak.value).toBe('No React experience');
    expect((screen.getByRole('radio', { name: /Undecided/ }) as HTMLInputElement).checked).toBe(true);
    // The user's answer to it is there too, and kept as it was when only the weak point is edited.
    expect((screen.getByLabelText('Your answer to that point, in one sentence') as HTMLInputElement).value).toBe(
      'I have since shipped a React app to production.',
    );
    await user.clear(weak);
    await user.type(weak, 'Little React');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(api.updateInterview).toHaveBeenCalledWith(expect.objectContaining({ interviewId: 'int-acme', expectedRevision: 2 }));
    expect(api.updateInterview.mock.calls[0]![0].debrief).toMatchObject({
      weakPoint: 'Little React',
      weakPointAnswer: 'I have since shipped a React app to production.',
      interviewerName: 'Claire Martin',
      verdict: 'undecided',
    });
    const interviews = await screen.findByRole('region', { name: 'Interviews (1)' });
    expect(await within(interviews).findByText('Little React')).toBeTruthy();
  });

  it("shows the user's answer to the weak point with the interview", async () => {
    await open('#app/acme');
    const interviews = screen.getByRole('region', { name: 'Interviews (1)' });
    const term = within(interviews).getByText('Your answer');
    expect(term.tagName).toBe('DT');
    expect(term.nextElementSibling!.textContent).toBe('I have since shipped a React app to production.');
    // Right after the weak point it answers.
    expect(term.previousElementSibling!.textContent).toBe('No React experience');
  });
});

describe('focus and confirmations', () => {
  it('opened on load, leaves the focus alone (no focus box around the title); from the list, puts it on the title', async () => {
    await open('#app/acme');
    expect(document.activeElement).toBe(document.body);
    cleanup();
    location.hash = '';
    render(<Dashboard api={fakeDashboardApi([acme()])} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('link', { name: /^Acme/ }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Frontend developer' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('puts the confirmation above the page, in the flow, and drops it on another page', async () => {
    const { user } = await open('#app/acme');
    await user.click(screen.getByRole('button', { name: 'Edit the posting' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const notice = await screen.findByText('Posting saved.');
    const region = notice.closest('[role=status]')!;
    // Before the page's own content, not laid over it.
    expect(region.compareDocumentPosition(screen.getByRole('article')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    location.hash = '#';
    await waitFor(() => expect(screen.queryByText('Posting saved.')).toBeNull());
  });
});

describe('probably closed', () => {
  it('shows the banner; Keep pursuing resolves it', async () => {
    const detail = acme();
    detail.application.probablyClosed = true;
    const { api, user } = await open('#app/acme', [detail]);
    expect(screen.getByText(/The promised answer never came/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Keep pursuing' }));
    expect(api.resolveProbablyClosed).toHaveBeenCalledWith({ applicationId: 'acme', decision: 'keep', expectedRevision: 2 });
    await waitFor(() => expect(screen.queryByText(/The promised answer never came/)).toBeNull());
  });
});

describe('delete with undo', () => {
  it('deletes, goes back to the list, and Undo restores the same rows', async () => {
    const { api, user } = await open('#app/acme', [
      acme(),
      makeDetail({ id: 'other', posting: { ...posting, company: 'Globex' }, jobKey: 'g', keys: ['g'] }),
    ]);
    await user.click(screen.getByRole('button', { name: 'Delete the application' }));
    expect(api.deleteApplication).toHaveBeenCalledWith({ applicationId: 'acme', expectedRevision: 2 });
    await waitFor(() => expect(location.hash).toBe(''));
    const toast = await screen.findByText('Deleted Acme: Frontend developer.');
    expect(screen.queryByRole('link', { name: /^Acme/ })).toBeNull();
    const undo = within(toast.parentElement!).getByRole('button', { name: 'Undo' });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    await user.click(undo);
    const snapshot = await api.deleteApplication.mock.results[0]!.value;
    expect(api.restoreApplication).toHaveBeenCalledWith(snapshot);
    expect(await screen.findByRole('link', { name: /^Acme/ })).toBeTruthy();
    expect(screen.getByText('Restored Acme: Frontend developer.')).toBeTruthy();
  });

  it('offers Undo for ten seconds only', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { api } = await open('#app/acme');
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await user.click(screen.getByRole('button', { name: 'Delete the application' }));
    expect(await screen.findByRole('button', { name: 'Undo' })).toBeTruthy();
    await act(() => void vi.advanceTimersByTime(UNDO_MS - 500));
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
    await act(() => void vi.advanceTimersByTime(1000));
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(api.restoreApplication).not.toHaveBeenCalled();
  });
});

describe('missing', () => {
  it('says so for an unknown application', async () => {
    location.hash = '#app/nope';
    render(<Dashboard api={fakeDashboardApi([acme()])} />);
    expect(await screen.findByRole('heading', { level: 1, name: /no longer exists|not found/i })).toBeTruthy();
  });
});

describe('`#app/<id>/thank-you`: the thank-you reminder', () => {
  const detail = () =>
    makeDetail(
      { id: 'acme', posting },
      { interviews: [makeInterview({ id: 'int', applicationId: 'acme', interviewAt: NOW - 3 * 3600_000 })] },
    );

  it('shows the thank-you draft scrolled into view, its heading focused: its mail link and copy button next', async () => {
    const scrolled: Element[] = [];
    const scroll = vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element) {
      scrolled.push(this);
    });
    try {
      await open('#app/acme/thank-you', [detail()]);
      const draft = await screen.findByRole('region', { name: 'Thank-you e-mail' });
      const heading = within(draft).getByRole('heading', { name: 'Thank-you e-mail' });
      await waitFor(() => expect(document.activeElement).toBe(heading));
      expect(scrolled).toEqual([draft]);
      expect(within(draft).getByRole('button', { name: 'Copy the text' })).toBeTruthy();
    } finally {
      scroll.mockRestore();
    }
  });

  it('the plain page leaves the focus and the scroll alone', async () => {
    const scroll = vi.spyOn(Element.prototype, 'scrollIntoView');
    try {
      await open('#app/acme', [detail()]);
      const draft = await screen.findByRole('region', { name: 'Thank-you e-mail' });
      expect(document.activeElement).not.toBe(within(draft).getByRole('heading', { name: 'Thank-you e-mail' }));
      expect(scroll).not.toHaveBeenCalled();
    } finally {
      scroll.mockRestore();
    }
  });
});
