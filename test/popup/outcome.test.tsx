// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/popup/app';
import { DAY, fakeApi, installCatalog, loadForms, makeApplication, makeContext, makeInterview, makeReminder, NOW } from './helpers';

beforeAll(loadForms);

beforeEach(installCatalog);
afterEach(cleanup);

function tracked(dueAt: number) {
  const application = makeApplication({ nextDueAt: dueAt });
  const interviews = [
    makeInterview({
      feeling: 'badly',
      recoveryContacts: 'Marc, the team lead',
      recoveryTopics: 'React side project',
      interviewerName: 'Claire Martin',
    }),
  ];
  const reminders = [makeReminder({ id: 'rem-due', dueAt })];
  return { application, interviews, reminders, events: [] };
}

describe('the outcome of a follow-up call, from the popup', () => {
  it('is offered only while a follow-up is due', async () => {
    render(<App api={fakeApi(makeContext({ tracked: tracked(NOW + 2 * DAY) }))} />);
    await screen.findByRole('button', { name: 'Record another interview' });
    expect(screen.queryByRole('button', { name: "Record the call's outcome" })).toBeNull();
  });

  it('opens the shared form inline with the recovery plan, and records "no answer"', async () => {
    const t = tracked(NOW - DAY);
    const item = { reminder: t.reminders[0]!, application: t.application };
    const api = fakeApi(makeContext({ tracked: t, due: [item] }));
    render(<App api={api} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: "Record the call's outcome" }));
    const before = screen.getByRole('region', { name: 'Make up for it with the others' });
    expect(within(before).getByText('React side project')).toBeTruthy();
    expect(within(before).getByText('Marc, the team lead')).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'No answer: I will try again' }));
    await user.click(screen.getByRole('button', { name: 'Save the outcome' }));
    expect(api.recordOutcome).toHaveBeenCalledWith(
      expect.objectContaining({
        applicationId: 'app-1',
        reminderId: 'rem-due',
        outcome: expect.objectContaining({ kind: 'no-answer', nextFollowUpAt: new Date(2026, 11, 3, 9).getTime() }),
      }),
    );
    expect(await screen.findByText(/^Outcome saved\. Next reminder:/)).toBeTruthy();
    // Back on the application, whose follow-up is no longer due; the due list drops the answered reminder.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Frontend developer' })));
    expect(screen.queryByRole('button', { name: "Record the call's outcome" })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Follow-ups due' })).toBeNull();
  });
});

describe('the call script in the popup', () => {
  it('is on the posting while its follow-up is due, and with the outcome form; not before', async () => {
    const later = render(<App api={fakeApi(makeContext({ tracked: tracked(NOW + 2 * DAY) }))} />);
    await screen.findByRole('button', { name: 'Record another interview' });
    expect(screen.queryByRole('region', { name: 'What to say' })).toBeNull();
    later.unmount();

    const t = tracked(NOW - DAY);
    render(<App api={fakeApi(makeContext({ tracked: t, due: [{ reminder: t.reminders[0]!, application: t.application }] }))} />);
    const script = await screen.findByRole('region', { name: 'What to say' });
    expect(within(script).getByText(/^Ask for Claire Martin/)).toBeTruthy();
    expect(within(script).getByText(/As agreed, I'm calling about your decision\.$/)).toBeTruthy();
    expect(within(script).getByText('What day may I call you to hear your decision?')).toBeTruthy();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: "Record the call's outcome" }));
    expect(screen.getByRole('region', { name: 'What to say' })).toBeTruthy();
  });

  it("puts the interviewer's phone one click away when they are a contact with a number", async () => {
    const t = tracked(NOW - DAY);
    const claire = { id: 'c1', name: 'claire martin', role: 'HR', phone: '+33 6 12 34 56 78', email: '', link: '', note: '' };
    t.application = { ...t.application, contacts: [claire] };
    render(<App api={fakeApi(makeContext({ tracked: t }))} />);
    const script = await screen.findByRole('region', { name: 'What to say' });
    const link = within(script).getByRole('link', { name: 'Call claire martin: +33 6 12 34 56 78' });
    expect(link.getAttribute('href')).toBe('tel:+33612345678');
  });
});

describe('the reminder a call answers', () => {
  it('is the next pending follow-up when nothing was due as the popup opened (the application page rule)', async () => {
    const HOUR = 60 * 60 * 1000;
    const t = tracked(NOW + HOUR);
    t.reminders = [
      makeReminder({ id: 'rem-answer', kind: 'answer-due', dueAt: NOW + HOUR / 2 }),
      makeReminder({ id: 'rem-call', dueAt: NOW + HOUR }),
    ];
    // The context was read at NOW; both reminders fell due while the popup stayed open.
    const api = fakeApi(makeContext({ tracked: t }), {
      now: vi
        .fn<() => number>()
        .mockReturnValueOnce(NOW)
        .mockReturnValue(NOW + 2 * HOUR),
    });
    render(<App api={api} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: "Record the call's outcome" }));
    await user.click(screen.getByRole('radio', { name: 'No answer: I will try again' }));
    await user.click(screen.getByRole('button', { name: 'Save the outcome' }));
    expect(api.recordOutcome).toHaveBeenCalledWith(expect.objectContaining({ applicationId: 'app-1', reminderId: 'rem-call' }));
  });
});

describe('dashboard link', () => {
  it('opens the dashboard on the tracked application', async () => {
    const api = fakeApi(makeContext({ tracked: tracked(NOW + DAY) }));
    render(<App api={api} />);
    const user = userEvent.setup();
    await screen.findByRole('button', { name: 'Record another interview' });
    await user.click(screen.getByRole('link', { name: 'Open dashboard' }));
    expect(api.openDashboard).toHaveBeenCalledWith('app-1');
  });
});

describe('next interview defaults', () => {
  it('"Record another interview" starts from the planned interview: stage and interviewer', async () => {
    const t = tracked(NOW + DAY);
    t.application = {
      ...t.application,
      nextInterview: { on: '2026-12-03', withWhom: 'Paul Durand', stage: 'team', time: '', channel: null, role: '' },
    };
    render(<App api={fakeApi(makeContext({ tracked: t }))} />);
    const user = userEvent.setup();
    expect(await screen.findByText(/Team interview with Paul Durand|with Paul Durand/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Record another interview' }));
    expect((screen.getByLabelText('Stage') as HTMLSelectElement).value).toBe('team');
    expect((screen.getByLabelText("Interviewer's name") as HTMLInputElement).value).toBe('Paul Durand');
  });
});

describe('the thank-you e-mail in the popup', () => {
  it('is offered on the posting within 24 hours of the interview, with a mailto link and a copy button', async () => {
    const t = tracked(NOW + 5 * DAY);
    t.interviews[0] = { ...t.interviews[0]!, interviewAt: NOW - 2 * 3600_000, notes: 'Their move to Kubernetes' };
    const api = fakeApi(makeContext({ tracked: t }));
    render(<App api={api} />);
    const draft = await screen.findByRole('region', { name: 'Thank-you e-mail' });
    expect(within(draft).getByText(/I particularly appreciated our discussion of this point: Their move to Kubernetes/)).toBeTruthy();
    const href = within(draft).getByRole('link', { name: 'Open in my mail app' }).getAttribute('href')!;
    expect(new URL(href).searchParams.get('subject')).toBe('Thank you – Frontend developer interview');
    await userEvent.setup().click(within(draft).getByRole('button', { name: 'Copy the text' }));
    expect(api.copyText).toHaveBeenCalledWith(expect.stringMatching(/^Thank you – Frontend developer interview\n\nHello Claire Martin,/));
  });

  it('is to the interviewer when they are a contact with an e-mail; else to nobody, the user fills it in', async () => {
    const t = tracked(NOW + 5 * DAY);
    t.interviews[0] = { ...t.interviews[0]!, interviewAt: NOW - 2 * 3600_000 };
    const claire = { id: 'c1', name: 'CLAIRE MARTIN', role: 'HR', phone: '', email: 'claire.martin@acme.test', link: '', note: '' };
    const paul = { ...claire, id: 'c2', name: 'Paul Durand', email: 'paul@acme.test' };
    const href = async (contacts: (typeof claire)[]) => {
      const view = render(<App api={fakeApi(makeContext({ tracked: { ...t, application: { ...t.application, contacts } } }))} />);
      const draft = await screen.findByRole('region', { name: 'Thank-you e-mail' });
      const link = within(draft).getByRole('link', { name: 'Open in my mail app' }).getAttribute('href')!;
      view.unmount();
      return link;
    };
    expect(await href([paul, claire])).toMatch(/^mailto:claire\.martin@acme\.test\?subject=Thank%20you/);
    expect(await href([paul, { ...claire, email: '' }])).toMatch(/^mailto:\?subject=Thank%20you/);
  });

  it('is gone a day after the interview', async () => {
    const t = tracked(NOW + 5 * DAY);
    t.interviews[0] = { ...t.interviews[0]!, interviewAt: NOW - 25 * 3600_000 };
    render(<App api={fakeApi(makeContext({ tracked: t }))} />);
    await screen.findByRole('button', { name: 'Record another interview' });
    expect(screen.queryByRole('region', { name: 'Thank-you e-mail' })).toBeNull();
  });
});

describe('Add to calendar in the popup', () => {
  it('saves the next pending date of the posting as an .ics file', async () => {
    const t = tracked(NOW + 2 * DAY);
    const api = fakeApi(makeContext({ tracked: t }));
    render(<App api={api} />);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Add to calendar' }));
    expect(api.addToCalendar).toHaveBeenCalledWith('rem-due');
  });

  it('and the planned interview, once its day is known', async () => {
    const t = tracked(NOW + 2 * DAY);
    t.application = {
      ...t.application,
      nextInterview: { on: '2026-12-09', time: '14:30', channel: 'video', withWhom: 'Léa', role: 'CTO', stage: null },
    };
    const api = fakeApi(makeContext({ tracked: t }));
    render(<App api={api} />);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Add to calendar: the planned interview' }));
    expect(api.addInterviewToCalendar).toHaveBeenCalledWith(t.application.id);
  });
});

describe('the profile prompt in the popup', () => {
  it('comes with the first draft (loaded on demand); "Not now" stores that it was asked, and it goes', async () => {
    const t = tracked(NOW + 5 * DAY);
    t.interviews[0] = { ...t.interviews[0]!, interviewAt: NOW - 2 * 3600_000 };
    const api = fakeApi(makeContext({ tracked: t }));
    render(<App api={api} />);
    const draft = await screen.findByRole('region', { name: 'Thank-you e-mail' });
    await userEvent.setup().click(await within(draft).findByRole('button', { name: 'Not now' }));
    await waitFor(() => expect(api.saveProfile).toHaveBeenCalledWith(null));
    await waitFor(() => expect(within(draft).queryByRole('button', { name: 'Not now' })).toBeNull());
  });
});
