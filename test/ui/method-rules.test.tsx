// @vitest-environment happy-dom
// Shared components that carry the method's rules: the outcome form ends the retries (docs/method.md §3),
// the recovery note points to the other people (§5), and a closed application claims no call.
import { cleanup, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/types';
import type { RecordOutcomeRequest } from '../../src/messages/protocol';
import { AppFacts } from '../../src/ui/app-facts';
import { BeforeCall } from '../../src/ui/before-call';
import { OutcomeForm } from '../../src/ui/outcome-form';
import { DAY, installCatalog, makeApplication, makeInterview, makeReminder, NOW, outcomeReply } from '../popup/helpers';

vi.mock('webextension-polyfill', () => ({ default: {} }));

beforeEach(installCatalog);
afterEach(cleanup);

function renderOutcome(retry: { left: number; promisedAt: number | null }) {
  const submit = vi.fn(async (req: RecordOutcomeRequest) => outcomeReply(req));
  render(
    <OutcomeForm
      application={makeApplication()}
      reminderId="rem-1"
      retry={retry}
      settings={DEFAULT_SETTINGS}
      now={NOW}
      headingLevel={2}
      submit={submit}
      onSaved={vi.fn()}
      onCancel={vi.fn()}
    />,
  );
  return { submit, user: userEvent.setup() };
}

describe('the outcome form: retries end', () => {
  it('with no retry left, "no answer" asks no date, says so, and sends none', async () => {
    const { submit, user } = renderOutcome({ left: 0, promisedAt: null });
    await user.click(screen.getByRole('radio', { name: 'No answer: I will try again' }));
    expect(screen.queryByLabelText(/Try again on/)).toBeNull();
    expect(screen.getByText(/That was the last retry your settings allow/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save the outcome' }));
    expect(submit.mock.calls[0]![0].outcome).toEqual({ kind: 'no-answer', at: NOW, note: '' });
  });

  it('a retry defaults to the working day after a promised answer still pending', async () => {
    // NOW is Tue 1 December; +2 working days would be Thu 3, but they promised an answer by Fri 4.
    const { user } = renderOutcome({ left: 2, promisedAt: new Date(2026, 11, 4, 9).getTime() });
    await user.click(screen.getByRole('radio', { name: 'No answer: I will try again' }));
    expect((screen.getByLabelText(/Try again on/) as HTMLInputElement).value).toBe('2026-12-07');
  });
});

describe('the recovery note (the interview went badly)', () => {
  const badly = makeInterview({
    feeling: 'badly',
    recoveryContacts: 'Marc, the team lead',
    recoveryTopics: 'Show the React side project',
    verdict: 'convinced',
    nextSteps: [{ withWhom: 'The CTO', when: '2026-12-10' }],
  });

  it('names the other people to convince and what to address, not "this call can make up for it"', () => {
    render(<BeforeCall interview={badly} level={2} recoveryOnly />);
    const note = screen.getByRole('region', { name: 'Make up for it with the others' });
    expect(within(note).getByText(/made up for with the other people in the process/)).toBeTruthy();
    expect(within(note).getByText('Marc, the team lead · The CTO')).toBeTruthy();
    expect(within(note).getByText('Show the React side project')).toBeTruthy();
    expect(note.textContent).not.toMatch(/this call/i);
  });

  it('recoveryOnly shows nothing when the interview did not go badly', () => {
    const { container } = render(<BeforeCall interview={{ ...badly, feeling: 'well' }} level={2} recoveryOnly />);
    expect(container.textContent).toBe('');
  });
});

describe('a closed application claims no call', () => {
  it('with a feedback reminder pending: no next follow-up, the feedback date under its own name', () => {
    const feedbackAt = NOW + 2 * DAY;
    const app = makeApplication({ status: 'closed', lastVerdict: 'rejected', nextDueAt: feedbackAt });
    render(
      <AppFacts app={app} pending={[makeReminder({ kind: 'feedback', dueAt: feedbackAt })]} now={NOW} followUpFallback={feedbackAt} />,
    );
    const text = document.body.textContent!;
    expect(text).toContain('Next follow-up callNothing scheduled');
    expect(text).toContain('Ask for feedback on');
  });
});
