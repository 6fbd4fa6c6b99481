// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { formatDateTime } from '../../src/core/format';
import { jobKeyFor } from '../../src/extract/job-key';
import { App } from '../../src/popup/app';
import { fakeApi, installCatalog, loadForms, makeContext, PAGE_URL } from './helpers';

beforeAll(loadForms);

// The popup's side of the shared debrief form: the key and page it saves under, and what it shows after.
beforeEach(installCatalog);
afterEach(cleanup);

const RECOGNISED = { title: 'Frontend developer', company: 'Acme', location: 'Lyon', url: 'https://jobs.example.com/offers/42' };
const FOLLOW_UP_AT = new Date(2026, 11, 8, 9, 0).getTime();

describe('where the debrief is saved', () => {
  it("a page tracked by hand is saved under the tab's key, with the tab's address and no revision", async () => {
    const api = fakeApi(makeContext({ pageUrl: PAGE_URL, draft: null }));
    render(<App api={api} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Track this page by hand' }));
    await user.keyboard('Frontend developer');
    await user.tab();
    await user.keyboard('Acme');
    await user.click(screen.getByRole('radio', { name: /rejected/i }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(api.saveDebrief).toHaveBeenCalledTimes(1);
    const req = api.saveDebrief.mock.calls[0]![0] as any;
    expect(req.posting).toEqual({ title: 'Frontend developer', company: 'Acme', location: '', url: PAGE_URL });
    expect(req.jobKey).toBe(jobKeyFor(PAGE_URL));
    expect(req.pageUrl).toBe(PAGE_URL);
    expect(req.expectedRevision).toBeUndefined();
  });
});

describe('success', () => {
  it('says when the reminder is set and shows the application with the new interview', async () => {
    const ctx = makeContext({ draft: { ...RECOGNISED, jobKey: 'https://jobs.example.com/offers/42' } });
    const api = fakeApi(ctx);
    render(<App api={api} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: /convinced/i }));
    await user.type(screen.getByLabelText(/interviewer's name/i), 'Claire Martin{Enter}');
    expect(api.saveDebrief).toHaveBeenCalledTimes(1);
    expect(api.saveDebrief.mock.calls[0]![0]).toMatchObject({ jobKey: 'https://jobs.example.com/offers/42' });
    const status = await screen.findByRole('status');
    await waitFor(() => expect(status.textContent).toBe(`Saved. Follow-up call on ${formatDateTime(FOLLOW_UP_AT, 'en-GB')}`));
    expect(status.textContent).toMatch(/^Saved\. Follow-up call on Tue,? 8 Dec 2026, 09:00$/);
    const heading = screen.getByRole('heading', { name: 'Frontend developer', level: 2 });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText('Claire Martin')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Interviews (1)' })).toBeTruthy();
  });
});
