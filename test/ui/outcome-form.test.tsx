// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/types';
import type { RecordOutcomeRequest } from '../../src/messages/protocol';
import { OutcomeForm, type OutcomeFormProps } from '../../src/ui/outcome-form';
import { checkOutcome, initialOutcome, withKind } from '../../src/ui/outcome-state';
import { installCatalog, makeApplication, NOW, outcomeReply } from '../popup/helpers';

// messages/send.ts imports the polyfill, which refuses to load outside an extension.
vi.mock('webextension-polyfill', () => ({ default: {} }));
const { MessageError } = await import('../../src/messages/send');

beforeEach(installCatalog);
afterEach(cleanup);

// NOW is Tuesday 1 December 2026, 14:30.
const at = (d: number, h = 9, m = 0) => new Date(2026, 11, d, h, m).getTime();

function renderForm(over: Partial<OutcomeFormProps> = {}) {
  const submit = vi.fn(async (req: RecordOutcomeRequest) => outcomeReply(req));
  const onSaved = vi.fn();
  const onCancel = vi.fn();
  render(
    <OutcomeForm
      application={makeApplication()}
      reminderId="rem-1"
      lastStage="screening"
      retry={{ left: 2, promisedAt: null }}
      settings={DEFAULT_SETTINGS}
      now={NOW}
      headingLevel={2}
      submit={submit}
      onSaved={onSaved}
      onCancel={onCancel}
      {...over}
    />,
  );
  return { submit, onSaved, onCancel, user: userEvent.setup() };
}

const save = () => screen.getByRole('button', { name: 'Save the outcome' });
const RETRY = { left: 2, promisedAt: null };
const dateOf = (label: RegExp) => (screen.getByLabelText(label) as HTMLInputElement).value;

describe('heading', () => {
  it('names the company and the job the call is about', () => {
    renderForm({
      application: makeApplication({ posting: { title: 'Data engineer', company: 'Globex', location: '', url: 'https://x.test' } }),
    });
    const form = screen.getByRole('form', { name: "The follow-up call's outcome" });
    expect(screen.getByText('For Globex: Data engineer')).toBeTruthy();
    expect(form.getAttribute('aria-describedby')).toBe('outcome-about');
    expect(document.getElementById('outcome-about')!.textContent).toBe('For Globex: Data engineer');
  });
});

describe('defaults', () => {
  it('"no answer" retries in 2 working days, at the reminder time', async () => {
    const { user } = renderForm();
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'I reached them and got an answer' }));
    await user.click(screen.getByRole('radio', { name: 'No answer: I will try again' }));
    expect(dateOf(/Try again on/)).toBe('2026-12-03');
    expect(screen.getByText('Reminder at 09:00')).toBeTruthy();
  });

  it('skips the weekend and follows the settings', () => {
    const friday = new Date(2026, 11, 4, 16).getTime();
    const settings: Settings = { ...DEFAULT_SETTINGS, noAnswerRetryWorkingDays: 3, reminderMinutes: 8 * 60 + 30 };
    const s = withKind(initialOutcome(), 'no-answer', friday, settings, RETRY);
    expect(s.nextFollowUp).toBe('2026-12-09');
    const checked = checkOutcome(s, friday, settings, RETRY);
    expect(checked.ok && checked.value.nextFollowUpAt).toBe(at(9, 8, 30));
  });

  it('"a new date" defaults to the follow-up delay (7 days); an edited date stays when the kind changes', async () => {
    const { user } = renderForm();
    await user.click(screen.getByRole('radio', { name: 'I reached them and got a new date' }));
    expect(dateOf(/new date to call/)).toBe('2026-12-08');
    const input = screen.getByLabelText(/new date to call/) as HTMLInputElement;
    await user.clear(input);
    await user.type(input, '2026-12-15');
    await user.click(screen.getByRole('radio', { name: 'No answer: I will try again' }));
    expect(dateOf(/Try again on/)).toBe('2026-12-15');
  });

  it('the next interview stage defaults to the one after the last interview, or the planned one', async () => {
    const { user } = renderForm();
    await user.click(screen.getByRole('radio', { name: 'I reached them and got an answer' }));
    await user.click(screen.getByRole('radio', { name: 'Another interview' }));
    expect((screen.getByLabelText('Stage') as HTMLSelectElement).value).toBe('hiring-manager');
    cleanup();
    const planned = makeApplication({ nextInterview: { on: '', withWhom: 'Paul', stage: 'director', time: '', channel: null, role: '' } });
    expect(initialOutcome(planned, 'screening').stage).toBe('director');
  });
});

describe('required fields per kind', () => {
  it('needs a kind', async () => {
    const { submit, user } = renderForm();
    await user.click(save());
    expect(screen.getByText("Choose the call's outcome.")).toBeTruthy();
    expect(submit).not.toHaveBeenCalled();
  });

  it('an answer needs its result; a next interview needs whom it is with', async () => {
    const { submit, user } = renderForm();
    await user.click(screen.getByRole('radio', { name: 'I reached them and got an answer' }));
    await user.click(save());
    expect(screen.getByText('Choose their answer.')).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'Another interview' }));
    await user.click(save());
    const who = screen.getByLabelText(/With whom/);
    expect(who.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(who);
    expect(screen.getByText('Say whom the next interview is with.')).toBeTruthy();
    expect(submit).not.toHaveBeenCalled();
  });

  it('a new date or a retry needs a date after now', async () => {
    const { submit, user } = renderForm();
    await user.click(screen.getByRole('radio', { name: 'No answer: I will try again' }));
    const input = screen.getByLabelText(/Try again on/) as HTMLInputElement;
    await user.clear(input);
    await user.click(save());
    expect(input.getAttribute('aria-invalid')).toBe('true');
    await user.type(input, '2026-11-30');
    await user.click(save());
    expect(screen.getByText('Choose a date after today.')).toBeTruthy();
    expect(submit).not.toHaveBeenCalled();
  });
});

describe('saving', () => {
  it('sends "no answer" with the retry date, the answered reminder and the revision', async () => {
    const { submit, onSaved, user } = renderForm();
    await user.click(screen.getByRole('radio', { name: 'No answer: I will try again' }));
    await user.type(screen.getByLabelText(/Note/), 'Voicemail');
    await user.click(save());
    expect(submit).toHaveBeenCalledWith({
      applicationId: 'app-1',
      reminderId: 'rem-1',
      expectedRevision: 2,
      outcome: { kind: 'no-answer', at: NOW, note: 'Voicemail', nextFollowUpAt: at(3) },
    });
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
  });

  it('sends a next interview with whom, when and the stage (no time, channel not said); a rejection with its reason', async () => {
    const { submit, user } = renderForm();
    await user.click(screen.getByRole('radio', { name: 'I reached them and got an answer' }));
    await user.click(screen.getByRole('radio', { name: 'Another interview' }));
    await user.type(screen.getByLabelText(/With whom/), 'Paul Durand, CTO');
    await user.type(screen.getByLabelText(/^When/), '2026-12-10');
    await user.selectOptions(screen.getByLabelText('Stage'), 'director');
    await user.click(save());
    expect(submit.mock.calls[0]![0].outcome).toEqual({
      kind: 'answer',
      at: NOW,
      note: '',
      result: 'next-interview',
      nextInterview: { withWhom: 'Paul Durand, CTO', on: '2026-12-10', time: '', channel: null, stage: 'director' },
    });
    cleanup();
    const second = renderForm();
    await second.user.click(screen.getByRole('radio', { name: 'I reached them and got an answer' }));
    await second.user.click(screen.getByRole('radio', { name: 'A rejection' }));
    await second.user.type(screen.getByLabelText('Reason given'), 'Position filled internally');
    await second.user.click(save());
    expect(second.submit.mock.calls[0]![0].outcome).toMatchObject({
      kind: 'answer',
      result: 'rejected',
      reason: 'Position filled internally',
    });
  });

  it("sends a next interview's start time and channel, asked as the plan form asks them", async () => {
    const { submit, user } = renderForm();
    await user.click(screen.getByRole('radio', { name: 'I reached them and got an answer' }));
    expect(screen.queryByLabelText(/Start time/)).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Another interview' }));
    await user.type(screen.getByLabelText(/With whom/), 'Paul Durand, CTO');
    await user.type(screen.getByLabelText(/^When/), '2026-12-10');
    await user.type(screen.getByLabelText('Start time (if known)'), '14:30');
    const channel = screen.getByLabelText('Format') as HTMLSelectElement;
    expect([...channel.options].map((o) => o.text)).toEqual(['Not said', 'On site', 'Video call', 'Phone']);
    await user.selectOptions(channel, 'video');
    await user.click(save());
    expect(submit.mock.calls[0]![0].outcome.nextInterview).toEqual({
      withWhom: 'Paul Durand, CTO',
      on: '2026-12-10',
      time: '14:30',
      channel: 'video',
      stage: 'hiring-manager',
    });
  });

  it('a start time that is not one is refused next to its field, before anything is sent', () => {
    const s = { ...initialOutcome(), kind: 'answer' as const, result: 'next-interview' as const, withWhom: 'Paul', time: '25:00' };
    expect(checkOutcome(s, NOW, DEFAULT_SETTINGS, RETRY)).toEqual({
      ok: false,
      errors: [{ field: 'outcome.nextInterview.time', message: 'errorTimeInvalid' }],
    });
  });

  it("the worker's refusal of the start time shows next to that field", async () => {
    const submit = vi.fn(async () => {
      throw new MessageError('errorInvalidMessage', [{ field: 'outcome.nextInterview.time', message: 'errorTimeInvalid' }]);
    });
    const { user } = renderForm({ submit });
    await user.click(screen.getByRole('radio', { name: 'I reached them and got an answer' }));
    await user.click(screen.getByRole('radio', { name: 'Another interview' }));
    await user.type(screen.getByLabelText(/With whom/), 'Paul');
    await user.click(save());
    const time = screen.getByLabelText('Start time (if known)');
    expect(await screen.findByText('Enter a valid time.')).toBeTruthy();
    expect(time.getAttribute('aria-invalid')).toBe('true');
  });

  it('shows the worker refusal next to the field, and the general one in the alert', async () => {
    const submit = vi.fn(async () => {
      throw new MessageError('errorInvalidMessage', [{ field: 'outcome.nextFollowUpAt', message: 'errorFollowUpBeforeCall' }]);
    });
    const { user } = renderForm({ submit });
    await user.click(screen.getByRole('radio', { name: 'No answer: I will try again' }));
    await user.click(save());
    expect(await screen.findByText('Choose a date after today.')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).not.toBe('');
    expect(save()).toHaveProperty('disabled', false);
  });

  it('Cancel leaves without sending', async () => {
    const { submit, onCancel, user } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalled();
    expect(submit).not.toHaveBeenCalled();
  });
});
