// @vitest-environment happy-dom
// The closing card from the popup and the application page: a button opens it, and a debrief in
// progress on it is said.
import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { Dashboard } from '../../src/dashboard/app';
import { App } from '../../src/popup/app';
import { fakeDashboardApi, makeDetail } from '../dashboard/helpers';
import { fakeApi, installCatalog, loadForms, makeApplication, makeContext } from './helpers';

beforeAll(loadForms);
beforeEach(installCatalog);
afterEach(cleanup);

const tracked = (debriefInProgress?: boolean) => ({
  application: makeApplication(),
  interviews: [],
  reminders: [],
  events: [],
  ...(debriefInProgress ? { debriefInProgress } : {}),
});

describe('the popup', () => {
  it('opens the closing card from a tracked application, and says when a debrief is in progress there', async () => {
    const openClosingCard = vi.fn(async () => {});
    render(<App api={{ ...fakeApi(makeContext({ tracked: tracked(true) })), openClosingCard }} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Open the closing card' }));
    expect(openClosingCard).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Debrief in progress on the closing card')).toBeTruthy();
  });

  it('says nothing of a debrief in progress when there is none', async () => {
    render(<App api={{ ...fakeApi(makeContext({ tracked: tracked() })), openClosingCard: vi.fn() }} />);
    await screen.findByRole('button', { name: 'Open the closing card' });
    expect(screen.queryByText('Debrief in progress on the closing card')).toBeNull();
  });
});

describe('the application page', () => {
  it('opens the closing card, and says when a debrief is in progress there', async () => {
    location.hash = '#app/acme';
    const openClosingCard = vi.fn(async () => {});
    const hasCardDraft = vi.fn(async (id: string) => id === 'acme');
    const detail = makeDetail({ id: 'acme' });
    render(<Dashboard api={{ ...fakeDashboardApi([detail]), openClosingCard, hasCardDraft }} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Open the closing card' }));
    expect(openClosingCard).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Debrief in progress on the closing card')).toBeTruthy();
  });
});
