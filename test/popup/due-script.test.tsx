// @vitest-environment happy-dom
// The script of each call in the popup's due list: behind a disclosure button, read when opened.
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Contact, DEFAULT_SETTINGS, type Reminder } from '../../src/core/types';
import type { Tracked } from '../../src/popup/api';
import { App } from '../../src/popup/app';
import { DAY, fakeApi, installCatalog, loadForms, makeApplication, makeContext, makeInterview, makeReminder, NOW } from './helpers';

beforeAll(loadForms);
beforeEach(installCatalog);
afterEach(cleanup);

const claire: Contact = { id: 'c1', name: 'claire martin', role: 'HR', phone: '+33 6 12 34 56 78', email: '', link: '', note: '' };
/** The profile already given: no prompt. */
const asked = { ...DEFAULT_SETTINGS, profile: { name: 'Lou Martin', phone: '', email: '' }, profileAsked: true };

const dueItem = (id: string, company: string, title: string, over: Partial<Reminder> = {}) => ({
  reminder: makeReminder({ id, applicationId: `app-${id}`, interviewId: `int-${id}`, dueAt: NOW - DAY, ...over }),
  application: makeApplication({ id: `app-${id}`, posting: { title, company, location: '', url: `https://jobs.test/${id}` } }),
});
const due = [dueItem('a', 'Acme', 'Frontend developer'), dueItem('b', 'Globex', 'Data engineer')];

/** What the popup's read gives for a due application: Claire Martin interviewed, and is a contact with a number. */
const trackedOf = (applicationId: string): Tracked => {
  const item = due.find((d) => d.application.id === applicationId)!;
  return {
    application: { ...item.application, contacts: [claire] },
    interviews: [makeInterview({ id: `int-${item.reminder.id}`, applicationId, interviewerName: 'Claire Martin' })],
    reminders: [item.reminder],
    events: [],
  };
};

async function openList(over: Parameters<typeof fakeApi>[1] = {}, ctx = makeContext({ due, settings: asked })) {
  const api = fakeApi(ctx, { loadTracked: vi.fn(async (id: string) => trackedOf(id)), ...over });
  render(<App api={api} />);
  const list = await screen.findByRole('region', { name: 'Follow-ups due' });
  return { api, list, user: userEvent.setup() };
}

describe('a due call’s script in the popup’s due list', () => {
  it('is behind a button on each call, read only when opened: the words, and the interviewer’s number as a tel: link', async () => {
    const { api, list, user } = await openList();
    const toggles = within(list).getAllByRole('button', { name: 'What to say' });
    expect(toggles).toHaveLength(2);
    for (const b of toggles) expect(b.getAttribute('aria-expanded')).toBe('false');
    // Nothing is read for the list itself; the button controls a region that exists, hidden.
    expect(api.loadTracked).not.toHaveBeenCalled();
    const panel = document.getElementById(toggles[0]!.getAttribute('aria-controls')!)!;
    expect(panel.hidden).toBe(true);
    expect(toggles[0]!.getAttribute('aria-describedby')).toBe(within(list).getByRole('button', { name: 'Acme: Frontend developer' }).id);

    await user.click(toggles[0]!);
    expect(toggles[0]!.getAttribute('aria-expanded')).toBe('true');
    expect(panel.hidden).toBe(false);
    const script = await within(panel).findByRole('region', { name: 'What to say' });
    expect(api.loadTracked.mock.calls).toEqual([['app-a']]);
    const call = within(script).getByRole('link', { name: 'Call claire martin: +33 6 12 34 56 78' });
    expect(call.getAttribute('href')).toBe('tel:+33612345678');
    expect(within(script).getByText('Hello, this is Lou Martin.')).toBeTruthy();
    expect(within(script).getByText(/about the Frontend developer position\. As agreed, I'm calling about your decision\.$/)).toBeTruthy();
    expect(within(script).getByText('You mentioned one point to think over: “No React experience”. I have thought about it.')).toBeTruthy();
    // No heading of its own (the button names it), so no id repeats when several are open.
    expect(within(script).queryByRole('heading')).toBeNull();
    expect(within(toggles[1]!.closest('li')!).queryByRole('region')).toBeNull();

    await user.click(toggles[1]!);
    await waitFor(() => expect(within(list).getAllByRole('region', { name: 'What to say' })).toHaveLength(2));
    expect(api.loadTracked.mock.calls).toEqual([['app-a'], ['app-b']]);

    await user.click(toggles[0]!);
    expect(toggles[0]!.getAttribute('aria-expanded')).toBe('false');
    expect(panel.hidden).toBe(true);
    expect(within(panel).queryByRole('region')).toBeNull();
  });

  it('opens and closes from the keyboard', async () => {
    const { list, user } = await openList();
    const toggle = within(list).getAllByRole('button', { name: 'What to say' })[0]!;
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await within(list).findByRole('region', { name: 'What to say' })).toBeTruthy();
    await user.keyboard(' ');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('fits the due reminder: asking for feedback after a rejection', async () => {
    const feedback = dueItem('a', 'Acme', 'Frontend developer', { kind: 'feedback' });
    const { list, user } = await openList({}, makeContext({ due: [feedback], settings: asked }));
    await user.click(within(list).getByRole('button', { name: 'What to say' }));
    const script = await within(list).findByRole('region', { name: 'What to say' });
    expect(within(script).getByText('Could you tell me what I could improve for my next interviews?')).toBeTruthy();
  });

  it('says so when there is nothing to build it from, when the read fails, and when the application is gone', async () => {
    const bare = await openList({ loadTracked: vi.fn(async (id: string) => ({ ...trackedOf(id), interviews: [] })) });
    await bare.user.click(within(bare.list).getAllByRole('button', { name: 'What to say' })[0]!);
    expect(
      await within(bare.list).findByText('No interview is recorded for this application: nothing to prepare the call from.'),
    ).toBeTruthy();
    cleanup();

    const failing = await openList({ loadTracked: vi.fn(async () => Promise.reject(new Error('boom'))) });
    await failing.user.click(within(failing.list).getAllByRole('button', { name: 'What to say' })[0]!);
    expect(await within(failing.list).findByText(/^Relance could not read its data\./)).toBeTruthy();
    cleanup();

    const gone = await openList({ loadTracked: vi.fn(async () => null) });
    await gone.user.click(within(gone.list).getAllByRole('button', { name: 'What to say' })[0]!);
    expect(await within(gone.list).findByText('This application no longer exists.')).toBeTruthy();
  });

  it('asks who the user is the first time, in one place: the script opened last, else the view above', async () => {
    // The tab's application shows a thank-you draft, with the prompt; two other calls are due.
    const application = makeApplication({ nextDueAt: NOW + 5 * DAY });
    const tab: Tracked = {
      application,
      interviews: [makeInterview({ interviewAt: NOW - 2 * 3600_000 })],
      reminders: [makeReminder({ dueAt: NOW + 5 * DAY })],
      events: [],
    };
    const { api, list, user } = await openList({}, makeContext({ tracked: tab, due }));
    const draft = await screen.findByRole('region', { name: 'Thank-you e-mail' });
    await within(draft).findByRole('button', { name: 'Not now' });
    const [first, second] = within(list).getAllByRole('button', { name: 'What to say' });

    await user.click(first!);
    const firstScript = await within(list).findByRole('region', { name: 'What to say' });
    await within(firstScript).findByRole('button', { name: 'Not now' });
    expect(screen.getAllByRole('button', { name: 'Not now' })).toHaveLength(1);

    await user.click(second!);
    await waitFor(() => expect(within(second!.closest('li')!).queryByRole('button', { name: 'Not now' })).toBeTruthy());
    expect(screen.getAllByRole('button', { name: 'Not now' })).toHaveLength(1);

    await user.click(second!);
    await within(firstScript).findByRole('button', { name: 'Not now' });
    await user.click(first!);
    await within(draft).findByRole('button', { name: 'Not now' });
    expect(screen.getAllByRole('button', { name: 'Not now' })).toHaveLength(1);

    await user.click(first!);
    const script = await within(list).findByRole('region', { name: 'What to say' });
    await user.click(await within(script).findByRole('button', { name: 'Not now' }));
    await waitFor(() => expect(api.saveProfile).toHaveBeenCalledWith(null));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Not now' })).toBeNull());
  });
});
