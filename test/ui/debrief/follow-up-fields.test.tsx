// @vitest-environment happy-dom
// The follow-up part of the debrief form, as the user sees it (docs/method.md §3). NOW is Tuesday
// 1 December 2026, 14:30; the default call is Tuesday 8 at 09:00.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/core/types';
import { DebriefForm } from '../../../src/ui/debrief/debrief-form';
import { postingFields } from '../../../src/ui/debrief/form-state';
import { installCatalog, makeReply, NOW } from '../../popup/helpers';

vi.mock('webextension-polyfill', () => ({ default: {} }));

beforeEach(installCatalog);
afterEach(cleanup);

const POSTING = { title: 'Frontend developer', company: 'Acme', location: 'Lyon', url: 'https://jobs.example.com/offers/42' };
const at = (d: number, h = 9) => new Date(2026, 11, d, h).getTime();

function renderForm() {
  const save = vi.fn(async (req: { debrief: { followUpAt: number | null } }) => makeReply(req.debrief.followUpAt));
  render(
    <DebriefForm
      heading="Record the interview"
      posting={postingFields(POSTING, null)}
      settings={DEFAULT_SETTINGS}
      now={NOW}
      save={save}
      onSaved={vi.fn()}
    />,
  );
  return { save, user: userEvent.setup() };
}

const input = (name: RegExp | string) => screen.getByLabelText(name) as HTMLInputElement;
const hintOf = (el: HTMLElement) => document.getElementById(el.getAttribute('aria-describedby')!.split(' ')[0]!)?.textContent;
const EARLY = "Earlier than the date they gave you: the method says don't insist.";

describe('the follow-up call and the date they gave', () => {
  it('typing an answer date moves the default call to the working day after it, and saves it there', async () => {
    const { save, user } = renderForm();
    await user.click(screen.getByRole('radio', { name: /undecided/i }));
    fireEvent.input(input(/promised to answer by/i), { target: { value: '2026-12-11' } });
    expect(input(/follow-up call on/i).value).toBe('2026-12-14');
    fireEvent.input(input(/promised to answer by/i), { target: { value: '2026-12-03' } });
    expect(input(/follow-up call on/i).value).toBe('2026-12-04');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(save.mock.calls[0]![0].debrief).toMatchObject({ answerBy: at(3), followUpAt: at(4) });
  });

  it('a dated next step of a convinced interviewer moves the call after it', async () => {
    const { user } = renderForm();
    await user.click(screen.getByRole('radio', { name: /convinced/i }));
    fireEvent.input(screen.getAllByLabelText(/^when/i)[0]!, { target: { value: '2026-12-15' } });
    expect(input(/follow-up call on/i).value).toBe('2026-12-16');
  });

  it('a call set before the promised date: said next to the field, and saved as set', async () => {
    const { save, user } = renderForm();
    await user.click(screen.getByRole('radio', { name: /undecided/i }));
    fireEvent.input(input(/promised to answer by/i), { target: { value: '2026-12-11' } });
    expect(screen.queryByText(EARLY)).toBeNull();
    fireEvent.input(input(/follow-up call on/i), { target: { value: '2026-12-09' } });
    expect(hintOf(input(/follow-up call on/i))).toContain(EARLY);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(save.mock.calls[0]![0].debrief).toMatchObject({ followUpAt: at(9) });
  });
});

describe('a rejection', () => {
  it('asks no follow-up date; the feedback reminder is off unless ticked', async () => {
    const { save, user } = renderForm();
    await user.click(screen.getByRole('radio', { name: /rejected/i }));
    expect(screen.queryByLabelText(/follow-up call on/i)).toBeNull();
    expect(screen.queryByLabelText(/answer promised by/i)).toBeNull();
    const ask = screen.getByRole('checkbox', { name: 'Remind me to ask for feedback' }) as HTMLInputElement;
    expect(ask.checked).toBe(false);
    expect(screen.queryByLabelText(/ask for feedback on/i)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(save.mock.calls[0]![0].debrief).toMatchObject({ verdict: 'rejected', followUpAt: null, feedbackAt: null });
  });

  it('ticked: its own date, saved as the feedback reminder', async () => {
    const { save, user } = renderForm();
    await user.click(screen.getByRole('radio', { name: /rejected/i }));
    await user.click(screen.getByRole('checkbox', { name: 'Remind me to ask for feedback' }));
    expect(input(/ask for feedback on/i).value).toBe('2026-12-08');
    fireEvent.input(input(/ask for feedback on/i), { target: { value: '2026-12-04' } });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(save.mock.calls[0]![0].debrief).toMatchObject({ followUpAt: null, feedbackAt: at(4) });
  });
});
