// @vitest-environment happy-dom
// The profile prompt: asked the first time a script or a draft is shown, inside the page (no dialog,
// no focus taken); "Use these" stores the profile, "Not now" stops the asking; the draft then signs.
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Profile, type Settings } from '../../src/core/types';
import { Dashboard } from '../../src/dashboard/app';
import { needsProfile } from '../../src/core/profile';
import { ProfilePrompt } from '../../src/ui/profile-prompt';
import { fakeDashboardApi, makeDetail, makeInterview, NOW } from '../dashboard/helpers';
import { installCatalog } from '../popup/helpers';

beforeEach(installCatalog);
afterEach(() => {
  cleanup();
  location.hash = '';
});

const field = (name: RegExp) => screen.getByLabelText(name) as HTMLInputElement;

describe('needsProfile', () => {
  it('until asked once, or a name given in the settings', () => {
    expect(needsProfile(DEFAULT_SETTINGS)).toBe(true);
    expect(needsProfile({ ...DEFAULT_SETTINGS, profileAsked: true })).toBe(false);
    expect(needsProfile({ ...DEFAULT_SETTINGS, profile: { name: 'Lou', phone: '', email: '' } })).toBe(false);
  });
});

describe('ProfilePrompt', () => {
  const setup = () => {
    const save = vi.fn(
      async (p: Profile | null): Promise<Settings> => ({ ...DEFAULT_SETTINGS, ...(p ? { profile: p } : {}), profileAsked: true }),
    );
    const onSaved = vi.fn();
    render(<ProfilePrompt save={save} onSaved={onSaved} />);
    return { save, onSaved, user: userEvent.setup() };
  };

  it('a small labelled form that takes no focus: the page stays usable around it', () => {
    setup();
    expect(screen.getByRole('form', { name: 'Your name for the scripts and e-mails?' })).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(document.body);
    for (const label of [/^Your name$/, /^Your phone/, /^Your e-mail/]) expect(field(label)).toBeTruthy();
  });

  it('"Use these" checks the phone and e-mail shapes, then stores the profile', async () => {
    const { save, onSaved, user } = setup();
    await user.type(field(/^Your name$/), 'Lou Martin');
    await user.type(field(/^Your e-mail/), 'lou@');
    await user.click(screen.getByRole('button', { name: 'Use these' }));
    expect(save).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(field(/^Your e-mail/));
    expect(field(/^Your e-mail/).getAttribute('aria-invalid')).toBe('true');
    await user.clear(field(/^Your e-mail/));
    await user.type(field(/^Your e-mail/), 'lou@example.test');
    await user.click(screen.getByRole('button', { name: 'Use these' }));
    await waitFor(() => expect(save).toHaveBeenCalledWith({ name: 'Lou Martin', phone: '', email: 'lou@example.test' }));
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ profileAsked: true }));
  });

  it('"Not now" stores no profile, only that it was asked', async () => {
    const { save, onSaved, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Not now' }));
    await waitFor(() => expect(save).toHaveBeenCalledWith(null));
    expect(onSaved).toHaveBeenCalledTimes(1);
  });
});

describe('on the application page, above the thank-you draft', () => {
  const detail = () =>
    makeDetail({ id: 'acme' }, { interviews: [makeInterview({ id: 'int', applicationId: 'acme', interviewAt: NOW - 3 * 3600_000 })] });

  it('asked the first time; once answered, gone, and the draft signs with the name', async () => {
    location.hash = '#app/acme';
    const api = fakeDashboardApi([detail()]);
    render(<Dashboard api={api} />);
    const draft = await screen.findByRole('region', { name: 'Thank-you e-mail' });
    const user = userEvent.setup();
    await user.type(within(draft).getByLabelText(/^Your name$/), 'Lou Martin');
    await user.click(within(draft).getByRole('button', { name: 'Use these' }));
    await waitFor(() => expect(within(draft).queryByRole('form')).toBeNull());
    expect(api.saveProfile).toHaveBeenCalledWith({ name: 'Lou Martin', phone: '', email: '' });
    const body = screen.getByRole('region', { name: 'Thank-you e-mail' }).querySelector('.draft-body')!;
    expect(body.textContent!.endsWith('Best regards,\nLou Martin')).toBe(true);
  });

  it('not asked once the profile was asked (answered or put off)', async () => {
    location.hash = '#app/acme';
    render(<Dashboard api={fakeDashboardApi([detail()], { settings: { ...DEFAULT_SETTINGS, profileAsked: true } })} />);
    const draft = await screen.findByRole('region', { name: 'Thank-you e-mail' });
    expect(within(draft).queryByRole('form')).toBeNull();
  });
});
