// @vitest-environment happy-dom
// The call script above the closing card: shown while the application's follow-up call is due (the
// interviewer's number one click away, the way to the outcome form), never before it, never beside a
// planned interview of the day; the profile asked for with it the first time.
import '../paris-time';

import { cleanup, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/types';
import type { PanelContext } from '../../src/panel/api';
import { PanelApp } from '../../src/panel/app';
import { DAY, installCatalog, makeApplication, makeInterview, makeReminder } from '../popup/helpers';
import { fakePanelApi, NOW, plan } from './helpers';

beforeEach(installCatalog);
afterEach(cleanup);

const claire = { id: 'c1', name: 'Claire Martin', role: 'HR', phone: '+33 6 12 34 56 78', email: '', link: '', note: '' };
const acme = makeApplication({ contacts: [claire] });
const card = (dueAt: number) => ({
  pending: [makeReminder({ dueAt })],
  latest: makeInterview({ interviewerName: 'Claire Martin' }),
  events: [],
});
const asked = (dueAt: number, app = acme) => fakePanelApi([app], { askedId: app.id, cards: { [app.id]: card(dueAt) } });
const profiled = (api: ReturnType<typeof fakePanelApi>) => {
  const load = api.loadContext.getMockImplementation()!;
  api.loadContext.mockImplementation(async (): Promise<PanelContext> => {
    const ctx = await load();
    return { ...ctx, settings: { ...DEFAULT_SETTINGS, profile: { name: 'Sam Doe', phone: '', email: '' }, profileAsked: true } };
  });
  return api;
};

describe('the call script in the panel', () => {
  it("is above the card while the follow-up is due: the interviewer's tel: link and the outcome form's page", async () => {
    render(<PanelApp api={profiled(asked(NOW - DAY))} />);
    const script = await screen.findByRole('region', { name: 'What to say' });
    expect(within(script).getByText(/^Ask for Claire Martin/)).toBeTruthy();
    expect(within(script).getByText(/Sam Doe/)).toBeTruthy();
    expect(within(script).getByRole('link', { name: 'Call Claire Martin: +33 6 12 34 56 78' }).getAttribute('href')).toBe(
      'tel:+33612345678',
    );
    const outcome = screen.getByRole('link', { name: "Record the call's outcome" });
    expect(outcome.getAttribute('href')).toBe('dashboard.html#app/app-1/outcome');
    expect(outcome.getAttribute('target')).toBe('_blank');
    // Above the card, which stays whole.
    const wrapUp = screen.getByRole('heading', { name: 'Before they wrap up' });
    expect(script.compareDocumentPosition(wrapUp) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.queryByRole('form', { name: /who you are/i })).toBeNull();
  });

  it('is not there before the call is due, nor beside an interview planned that day', async () => {
    const later = render(<PanelApp api={asked(NOW + DAY)} />);
    await screen.findByRole('heading', { name: 'Before they wrap up' });
    expect(screen.queryByRole('region', { name: 'What to say' })).toBeNull();
    expect(screen.queryByRole('link', { name: "Record the call's outcome" })).toBeNull();
    later.unmount();

    render(<PanelApp api={asked(NOW - DAY, makeApplication({ contacts: [claire], nextInterview: plan() }))} />);
    await screen.findByRole('heading', { name: 'Before they wrap up' });
    expect(screen.queryByRole('region', { name: 'What to say' })).toBeNull();
  });

  it('asks for the profile with it the first time; the answer is used at once', async () => {
    const api = asked(NOW - DAY);
    render(<PanelApp api={api} />);
    const script = await screen.findByRole('region', { name: 'What to say' });
    const user = userEvent.setup();
    await user.click(within(script).getByRole('button', { name: 'Not now' }));
    expect(api.saveProfile).toHaveBeenCalledWith(null);
    await screen.findByRole('link', { name: "Record the call's outcome" });
    expect(within(screen.getByRole('region', { name: 'What to say' })).queryByRole('button', { name: 'Not now' })).toBeNull();
  });
});
