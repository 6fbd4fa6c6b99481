// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/types';
import { Dashboard } from '../../src/dashboard/app';
import { checkSettingsForm, formOfSettings } from '../../src/dashboard/settings-state';
import { fakeDashboardApi, installCatalog, makeDetail } from './helpers';

vi.mock('webextension-polyfill', () => ({ default: {} }));
const { MessageError } = await import('../../src/messages/send');

beforeEach(installCatalog);
afterEach(() => {
  cleanup();
  location.hash = '';
});

const stored: Settings = {
  followUpDelayDays: 5,
  reminderMinutes: 8 * 60 + 30,
  noAnswerRetryWorkingDays: 3,
  maxNoAnswerRetries: 4,
  interviewSoonMinutes: 10,
  interviewLengthMinutes: 90,
  notifications: true,
  badgeCountOnOtherTabs: false,
  thankYouReminder: true,
  profile: { name: '', phone: '', email: '' },
  profileAsked: false,
};

async function openSettings(api = fakeDashboardApi([makeDetail()], { settings: stored })) {
  location.hash = '#settings';
  render(<Dashboard api={api} />);
  await screen.findByRole('heading', { level: 1, name: 'Settings' });
  return { api, user: userEvent.setup() };
}

const input = (label: RegExp) => screen.getByLabelText(label) as HTMLInputElement;

describe('settings form', () => {
  it('shows the stored settings', async () => {
    await openSettings();
    expect(input(/Default follow-up delay/).value).toBe('5');
    expect(input(/Reminder time/).value).toBe('08:30');
    expect(input(/Retry after no answer/).value).toBe('3');
    expect(input(/Show a notification/).checked).toBe(true);
    expect(input(/number of follow-ups due/).checked).toBe(false);
  });

  it('leaves the focus alone on load, and puts it on the heading when reached from the list', async () => {
    location.hash = '';
    render(<Dashboard api={fakeDashboardApi([makeDetail()], { settings: stored })} />);
    await screen.findByRole('heading', { level: 1, name: 'Applications' });
    expect(document.activeElement).toBe(document.body);
    location.hash = '#settings';
    const heading = await screen.findByRole('heading', { level: 1, name: 'Settings' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('a profile e-mail without its @ is refused next to its field, nothing saved', async () => {
    const { api, user } = await openSettings();
    await user.type(input(/Your e-mail/), 'lou.example.test');
    await user.click(screen.getByRole('button', { name: 'Save the settings' }));
    expect(api.saveSettings).not.toHaveBeenCalled();
    const email = input(/Your e-mail/);
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(email);
    expect(document.getElementById(email.getAttribute('aria-describedby')!)?.textContent).toMatch(/e-mail address/);
  });

  it('opened on the settings, draws no focus box around the heading: the focus is not there', async () => {
    await openSettings();
    expect(document.activeElement).toBe(document.body);
  });

  it('saves every field at once and confirms', async () => {
    const { api, user } = await openSettings();
    await user.clear(input(/Default follow-up delay/));
    await user.type(input(/Default follow-up delay/), '10');
    await user.clear(input(/Reminder time/));
    await user.type(input(/Reminder time/), '17:45');
    await user.clear(input(/Retry after no answer/));
    await user.type(input(/Retry after no answer/), '2');
    await user.clear(input(/Number of retries after no answer/));
    await user.type(input(/Number of retries after no answer/), '0');
    await user.clear(input(/Reminder before an interview/));
    await user.type(input(/Reminder before an interview/), '30');
    await user.clear(input(/Expected length of an interview/));
    await user.type(input(/Expected length of an interview/), '45');
    await user.click(input(/Show a notification/));
    await user.click(input(/number of follow-ups due/));
    await user.click(input(/thank-you e-mail/));
    await user.type(input(/Your name/), 'Lou Martin');
    await user.type(input(/Your phone/), '+33 6 00 00 00 00');
    await user.click(screen.getByRole('button', { name: 'Save the settings' }));
    expect(api.saveSettings).toHaveBeenCalledWith({
      followUpDelayDays: 10,
      reminderMinutes: 17 * 60 + 45,
      noAnswerRetryWorkingDays: 2,
      maxNoAnswerRetries: 0,
      interviewSoonMinutes: 30,
      interviewLengthMinutes: 45,
      notifications: false,
      badgeCountOnOtherTabs: true,
      thankYouReminder: false,
      profile: { name: 'Lou Martin', phone: '+33 6 00 00 00 00', email: '' },
      // A name given here answers the scripts' question too.
      profileAsked: true,
    });
    expect(await screen.findByText('Settings saved and applied.')).toBeTruthy();
    // Editing again clears the confirmation until the next save.
    await user.type(input(/Default follow-up delay/), '1');
    expect(screen.queryByText('Settings saved and applied.')).toBeNull();
  });

  it('refuses out-of-range values next to their field', async () => {
    const { api, user } = await openSettings();
    await user.clear(input(/Default follow-up delay/));
    await user.type(input(/Default follow-up delay/), '0');
    await user.clear(input(/Retry after no answer/));
    await user.type(input(/Retry after no answer/), '99');
    await user.clear(input(/Number of retries after no answer/));
    await user.type(input(/Number of retries after no answer/), '11');
    await user.click(screen.getByRole('button', { name: 'Save the settings' }));
    expect(screen.getByText('Enter a whole number of days from 1 to 90.')).toBeTruthy();
    expect(screen.getByText('Enter a whole number of working days from 1 to 30.')).toBeTruthy();
    expect(screen.getByText('Enter a whole number of retries from 0 to 10.')).toBeTruthy();
    expect(document.activeElement).toBe(input(/Default follow-up delay/));
    expect(api.saveSettings).not.toHaveBeenCalled();
  });

  it('round-trips every setting through the form', () => {
    for (const s of [DEFAULT_SETTINGS, stored, { ...stored, reminderMinutes: 0 }, { ...stored, reminderMinutes: 23 * 60 + 59 }]) {
      expect(checkSettingsForm(formOfSettings(s))).toEqual({ ok: true, value: s });
    }
    expect(checkSettingsForm({ ...formOfSettings(stored), reminderTime: '25:00' }).ok).toBe(false);
    expect(checkSettingsForm({ ...formOfSettings(stored), followUpDelayDays: '2.5' }).ok).toBe(false);
    expect(checkSettingsForm({ ...formOfSettings(stored), maxNoAnswerRetries: '-1' }).ok).toBe(false);
  });
});

describe('export and import', () => {
  it('exports JSON and CSV as downloads', async () => {
    const { api, user } = await openSettings();
    await user.click(screen.getByRole('button', { name: 'Export everything (JSON)' }));
    await waitFor(() => expect(api.download).toHaveBeenCalledWith({ name: 'relance.json', type: 'application/json', text: '{}' }));
    await user.click(screen.getByRole('button', { name: 'Export to CSV' }));
    await waitFor(() => expect(api.exportFile).toHaveBeenLastCalledWith('csv'));
    expect(await screen.findByText('Saved relance.csv.')).toBeTruthy();
  });

  it('exports every upcoming date as one .ics file', async () => {
    const { api, user } = await openSettings();
    await user.click(screen.getByRole('button', { name: 'Export upcoming dates (.ics)' }));
    await waitFor(() => expect(api.calendarFile).toHaveBeenCalledWith());
    expect(api.download).toHaveBeenCalledWith({ name: 'relance-2026-04-01.ics', type: 'text/calendar', text: 'BEGIN:VCALENDAR\r\n' });
    expect(await screen.findByText('Saved relance-2026-04-01.ics.')).toBeTruthy();
  });

  it('imports a file and reports what it did, then reloads the list', async () => {
    const { api, user } = await openSettings();
    const file = new File(['{"format":"relance-export"}'], 'backup.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Import a JSON export'), file);
    await waitFor(() => expect(api.importData).toHaveBeenCalledWith('{"format":"relance-export"}'));
    expect(await screen.findByText('Imported: 2 added, 1 updated, 0 unchanged.')).toBeTruthy();
    expect(api.loadRows).toHaveBeenCalledTimes(2);
  });

  it("after an import, the list searches the imported applications' people", async () => {
    const imported = makeDetail({
      id: 'imported',
      posting: { title: 'Designer', company: 'Initech', location: '', url: 'https://jobs.test/initech' },
      jobKey: 'i',
      keys: ['i'],
      contacts: [{ id: 'c-1', name: 'Élodie Frère', role: 'DRH', phone: '', email: '', link: '', note: '' }],
    });
    const api = fakeDashboardApi([makeDetail()], { settings: stored, imports: [imported] });
    const { user } = await openSettings(api);
    await user.upload(screen.getByLabelText('Import a JSON export'), new File(['{}'], 'backup.json', { type: 'application/json' }));
    expect(await screen.findByText('Imported: 2 added, 1 updated, 0 unchanged.')).toBeTruthy();
    location.hash = '#';
    await user.type(await screen.findByRole('searchbox', { name: 'Search' }), 'elodie');
    await waitFor(() => expect(screen.getByText('Showing 1 of 2')).toBeTruthy());
    expect(screen.getByRole('link', { name: /^Initech/ })).toBeTruthy();
  });

  it('shows the refusal with the record it names', async () => {
    const api = fakeDashboardApi([makeDetail()], { settings: stored });
    api.importData.mockRejectedValueOnce(
      new MessageError('errorImportRecord', [{ field: 'file', message: 'applications[3] (Acme — Dev): followUpAt is not a date' }]),
    );
    const { user } = await openSettings(api);
    await user.upload(screen.getByLabelText('Import a JSON export'), new File(['{}'], 'bad.json', { type: 'application/json' }));
    const data = screen.getByRole('region', { name: 'Your data' });
    await waitFor(() =>
      expect(within(data).getByRole('alert').textContent).toContain('applications[3] (Acme — Dev): followUpAt is not a date'),
    );
    expect(screen.queryByText(/^Imported/)).toBeNull();
  });
});
