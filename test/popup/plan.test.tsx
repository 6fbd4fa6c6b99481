// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/popup/app';
import { fakeApi, installCatalog, loadForms, makeApplication, makeContext, makeInterview, PAGE_URL } from './helpers';

beforeAll(loadForms);
beforeEach(installCatalog);
afterEach(cleanup);

const draft = {
  title: 'Frontend developer',
  company: 'Acme',
  location: 'Lyon',
  url: 'https://jobs.example.com/offers/42',
  jobKey: 'https://jobs.example.com/offers/42',
};

describe('planning an interview from the popup', () => {
  it('"I have an interview for this job" tracks the page\'s posting with the interview planned', async () => {
    const api = fakeApi(makeContext({ pageUrl: PAGE_URL, draft }));
    render(<App api={api} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'I have an interview for this job' }));
    const form = screen.getByRole('form', { name: 'Plan an interview' });
    await user.type(within(form).getByLabelText(/^Date/), '2026-04-20');
    await user.type(within(form).getByLabelText(/Start time/), '14:00');
    await user.selectOptions(within(form).getByLabelText('Format'), 'phone');
    await user.type(within(form).getByLabelText(/Interviewer's name/), 'Léa Roux');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(api.trackInterview).toHaveBeenCalledExactlyOnceWith({
      posting: { title: 'Frontend developer', company: 'Acme', location: 'Lyon', url: 'https://jobs.example.com/offers/42' },
      jobKey: 'https://jobs.example.com/offers/42',
      pageUrl: PAGE_URL,
      plan: { on: '2026-04-20', time: '14:00', channel: 'phone', withWhom: 'Léa Roux', role: '', stage: null },
    });
    const heading = await screen.findByRole('heading', { name: 'Frontend developer', level: 2 });
    expect(within(heading.closest('section')!).getByText(/^Léa Roux, .*20 Apr 2026,? 14:00 · Phone$/)).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Interview planned.');
  });

  it('is not offered when the page gave no posting to track', async () => {
    render(<App api={fakeApi(makeContext({ pageUrl: PAGE_URL, draft: { ...draft, company: null } }))} />);
    await screen.findByRole('button', { name: 'Save' });
    expect(screen.queryByRole('button', { name: 'I have an interview for this job' })).toBeNull();
  });

  it('on a tracked application: plans its next interview under its revision; Cancel goes back', async () => {
    const application = makeApplication({ revision: 4 });
    const api = fakeApi(makeContext({ tracked: { application, interviews: [makeInterview()], reminders: [], events: [] } }));
    render(<App api={api} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Plan an interview' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(await screen.findByRole('button', { name: 'Plan an interview' }));
    await user.type(screen.getByLabelText(/^Date/), '2026-04-20');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(api.planInterview).toHaveBeenCalledExactlyOnceWith({
      applicationId: application.id,
      plan: { on: '2026-04-20', time: '', channel: null, withWhom: '', role: '', stage: null },
      expectedRevision: 4,
    });
    expect(await screen.findByRole('button', { name: 'Change the planned interview' })).toBeTruthy();
  });
});
