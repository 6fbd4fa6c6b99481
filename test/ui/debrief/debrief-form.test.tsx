// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/core/types';
import { DebriefForm, type DebriefFormProps } from '../../../src/ui/debrief/debrief-form';
import { initialForm, postingFields } from '../../../src/ui/debrief/form-state';
import { installCatalog, makeReply, NOW, PAGE_URL } from '../../popup/helpers';

// messages/send.ts imports the polyfill, which refuses to load outside an extension.
vi.mock('webextension-polyfill', () => ({ default: {} }));
const { MessageError } = await import('../../../src/messages/send');

beforeEach(installCatalog);
afterEach(cleanup);

const RECOGNISED = { title: 'Frontend developer', company: 'Acme', location: 'Lyon', url: 'https://jobs.example.com/offers/42' };
const FOLLOW_UP_AT = new Date(2026, 11, 8, 9, 0).getTime();

function renderForm(over: Partial<DebriefFormProps> = {}) {
  const save = vi.fn(async (req: { debrief: { followUpAt: number | null } }) => makeReply(req.debrief.followUpAt));
  const onSaved = vi.fn();
  const props: DebriefFormProps = {
    heading: 'Record the interview',
    posting: postingFields(RECOGNISED, PAGE_URL),
    settings: DEFAULT_SETTINGS,
    now: NOW,
    save,
    onSaved,
    ...over,
  };
  render(<DebriefForm {...props} />);
  return { save, onSaved, user: userEvent.setup() };
}

const input = (name: RegExp | string) => screen.getByLabelText(name) as HTMLInputElement;
const verdictGroup = () => screen.getByRole('radiogroup', { name: /interviewer's impression/i });

describe('required fields', () => {
  it('refuses to save without a verdict, shows the error at the group and focuses it', async () => {
    const { save, user } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const group = verdictGroup();
    expect(group.getAttribute('aria-invalid')).toBe('true');
    const error = document.getElementById(group.getAttribute('aria-describedby')!.split(' ').pop()!);
    expect(error?.textContent).toBe("Choose the interviewer's verdict.");
    expect(group.contains(error)).toBe(true);
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: /convinced/i }));
    expect(save).not.toHaveBeenCalled();
  });

  it('shows empty title and company next to their fields and focuses the first', async () => {
    const { save, user } = renderForm({ posting: postingFields(null, PAGE_URL) });
    await user.click(screen.getByRole('radio', { name: /rejected/i }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const title = input(/job title/i);
    const company = input(/^company/i);
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(title.getAttribute('aria-describedby')!)?.textContent).toBe('Enter the job title.');
    expect(document.getElementById(company.getAttribute('aria-describedby')!)?.textContent).toBe('Enter the company.');
    expect(document.activeElement).toBe(title);
    expect(save).not.toHaveBeenCalled();
    // The error goes away as soon as the field is filled.
    await user.type(title, 'Developer');
    expect(title.getAttribute('aria-invalid')).toBeNull();
  });
});

describe('defaults', () => {
  it('starts with the interview now and the follow-up a week later at 09:00', () => {
    renderForm();
    expect(input(/date and time/i).value).toBe('2026-12-01T14:30');
    const followUp = input(/follow-up call on/i);
    expect(followUp.value).toBe('2026-12-08');
    expect(document.getElementById(followUp.getAttribute('aria-describedby')!)?.textContent).toBe('Reminder at 09:00');
  });

  it('moves the default follow-up with the interview date, until the user sets it', () => {
    renderForm();
    fireEvent.input(input(/date and time/i), { target: { value: '2026-12-03T10:00' } });
    expect(input(/follow-up call on/i).value).toBe('2026-12-10');
    fireEvent.input(input(/follow-up call on/i), { target: { value: '2026-12-15' } });
    fireEvent.input(input(/date and time/i), { target: { value: '2026-12-04T10:00' } });
    expect(input(/follow-up call on/i).value).toBe('2026-12-15');
  });

  it('starts with the stage and how it went unanswered; saved untouched, they are stored as not said', async () => {
    const { save, user } = renderForm();
    const stage = screen.getByLabelText('Stage') as HTMLSelectElement;
    expect(stage.value).toBe('');
    expect(stage.selectedOptions[0]!.textContent).toBe('Not said');
    const feeling = screen.getByRole('radiogroup', { name: 'How did it go?' });
    expect(
      within(feeling)
        .getAllByRole('radio')
        .filter((r) => (r as HTMLInputElement).checked),
    ).toEqual([]);
    await user.click(screen.getByRole('radio', { name: /no clear answer/i }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(save).toHaveBeenCalledTimes(1);
    expect((save.mock.calls[0]![0] as any).debrief).toMatchObject({ stage: null, feeling: null });
  });

  it('stores the stage and how it went once chosen', async () => {
    const { save, user } = renderForm();
    await user.click(screen.getByRole('radio', { name: /no clear answer/i }));
    await user.selectOptions(screen.getByLabelText('Stage'), 'Team');
    await user.click(screen.getByRole('radio', { name: 'Well' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect((save.mock.calls[0]![0] as any).debrief).toMatchObject({ stage: 'team', feeling: 'well' });
  });

  it('a stage chosen, then "Not said" chosen again, is not said', async () => {
    const { save, user } = renderForm();
    await user.click(screen.getByRole('radio', { name: /no clear answer/i }));
    await user.selectOptions(screen.getByLabelText('Stage'), 'Team');
    await user.selectOptions(screen.getByLabelText('Stage'), 'Not said');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect((save.mock.calls[0]![0] as any).debrief).toMatchObject({ stage: null });
  });

  it('focuses the verdict when the posting is complete', () => {
    renderForm();
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: /convinced/i }));
  });

  it('a verdict already chosen (heard on the closing card): the focus on it, not on the first, which Space would choose instead', () => {
    renderForm({ initial: { ...initialForm(postingFields(RECOGNISED, PAGE_URL), NOW, DEFAULT_SETTINGS), verdict: 'undecided' } });
    const undecided = screen.getByRole('radio', { name: /undecided/i }) as HTMLInputElement;
    expect(undecided.checked).toBe(true);
    expect(document.activeElement).toBe(undecided);
  });
});

describe('verdict-dependent fields', () => {
  it('shows next steps for convinced only, with rows to add and remove', async () => {
    const { user } = renderForm();
    expect(screen.queryByRole('group', { name: /next steps announced/i })).toBeNull();
    await user.click(screen.getByRole('radio', { name: /convinced/i }));
    const steps = screen.getByRole('group', { name: /next steps announced/i });
    expect(within(steps).getAllByLabelText(/with whom/i)).toHaveLength(1);
    await user.click(within(steps).getByRole('button', { name: /add a next step/i }));
    expect(within(steps).getAllByLabelText(/with whom/i)).toHaveLength(2);
    expect(within(steps).getAllByLabelText(/when/i)[1]!.getAttribute('type')).toBe('date');
    await user.click(within(steps).getByRole('button', { name: 'Remove step 2' }));
    expect(within(steps).getAllByLabelText(/with whom/i)).toHaveLength(1);
    expect(screen.queryByLabelText(/weak point/i)).toBeNull();
    expect(screen.queryByLabelText(/reason given/i)).toBeNull();
  });

  it('asks for the weak point and the call-back date when undecided', async () => {
    const { user } = renderForm();
    expect(screen.getByLabelText('Answer promised by')).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: /undecided/i }));
    expect(screen.getByLabelText(/weak point named/i)).toBeTruthy();
    expect(screen.getByLabelText('They promised to answer by')).toBeTruthy();
    expect(screen.queryByLabelText('Answer promised by')).toBeNull();
    expect(screen.queryByRole('group', { name: /next steps/i })).toBeNull();
  });

  it("asks for the user's own answer to the weak point, right under it, when undecided only", async () => {
    const { save, user } = renderForm();
    const answerLabel = 'Your answer to that point, in one sentence';
    expect(screen.queryByLabelText(answerLabel)).toBeNull();
    for (const verdict of [/convinced/i, /rejected/i, /no clear answer/i]) {
      await user.click(screen.getByRole('radio', { name: verdict }));
      expect(screen.queryByLabelText(answerLabel)).toBeNull();
    }
    await user.click(screen.getByRole('radio', { name: /undecided/i }));
    const weak = input(/weak point named/i);
    const answer = input(answerLabel);
    // Right under the weak point: the next field in the form's order.
    const fields = [...document.querySelectorAll('input, textarea, select')];
    expect(fields.indexOf(answer)).toBe(fields.indexOf(weak) + 1);
    expect(document.getElementById(answer.getAttribute('aria-describedby')!)!.textContent).toMatch(/script/);
    await user.type(weak, 'Little TypeScript');
    await user.type(answer, '  I have since written a library in TypeScript. ');
    await user.click(screen.getByRole('button', { name: /save/i }));
    expect(save.mock.calls[0]![0]).toMatchObject({
      debrief: { weakPoint: 'Little TypeScript', weakPointAnswer: 'I have since written a library in TypeScript.' },
    });
  });

  it('an answer typed before the verdict changed is not kept', async () => {
    const { save, user } = renderForm();
    await user.click(screen.getByRole('radio', { name: /undecided/i }));
    await user.type(input(/weak point named/i), 'Little TypeScript');
    await user.type(input('Your answer to that point, in one sentence'), 'A library in TypeScript.');
    await user.click(screen.getByRole('radio', { name: /no clear answer/i }));
    await user.click(screen.getByRole('button', { name: /save/i }));
    expect(save.mock.calls[0]![0]).toMatchObject({ debrief: { verdict: 'no-answer', weakPoint: '', weakPointAnswer: '' } });
  });

  it('asks for the reason when rejected', async () => {
    const { user } = renderForm();
    await user.click(screen.getByRole('radio', { name: /rejected/i }));
    expect(screen.getByLabelText(/reason given/i).tagName).toBe('TEXTAREA');
    expect(screen.queryByLabelText(/weak point/i)).toBeNull();
  });

  it('opens recovery planning only when it went badly, prefilled with the weak point', async () => {
    const { user } = renderForm();
    await user.click(screen.getByRole('radio', { name: /undecided/i }));
    await user.type(screen.getByLabelText(/weak point named/i), 'No React');
    expect(screen.queryByLabelText(/who else at the company/i)).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Badly' }));
    expect(screen.getByLabelText(/who else at the company/i)).toBeTruthy();
    expect(input(/what to address/i).value).toBe('No React');
    expect(screen.getByText(/your follow-up stays scheduled/i)).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'Well' }));
    expect(screen.queryByLabelText(/who else at the company/i)).toBeNull();
  });
});

describe('keyboard', () => {
  it('saves with the keyboard alone: type, pick a verdict with arrows, Enter', async () => {
    const { save, user } = renderForm({ posting: postingFields(null, PAGE_URL) });
    expect(document.activeElement).toBe(input(/job title/i));
    await user.keyboard('Frontend developer');
    await user.tab();
    await user.keyboard('Acme');
    await user.tab(); // location
    await user.tab(); // posting address, prefilled from the tab
    await user.tab(); // the verdict group
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: /convinced/i }));
    await user.keyboard('{ArrowDown}');
    expect((screen.getByRole('radio', { name: /undecided/i }) as HTMLInputElement).checked).toBe(true);
    await user.tab();
    expect(document.activeElement).toBe(input(/weak point named/i));
    await user.keyboard('Little TypeScript{Enter}');
    expect(save).toHaveBeenCalledTimes(1);
    const req = save.mock.calls[0]![0] as any;
    expect(req.posting).toEqual({ title: 'Frontend developer', company: 'Acme', location: '', url: PAGE_URL });
    expect(req.debrief).toMatchObject({
      verdict: 'undecided',
      weakPoint: 'Little TypeScript',
      interviewAt: NOW,
      followUpAt: FOLLOW_UP_AT,
      answerBy: null,
    });
  });

  it('submits from a textarea with Ctrl+Enter, and Enter there is a new line', async () => {
    const { save, user } = renderForm();
    await user.click(screen.getByRole('radio', { name: /no clear answer/i }));
    await user.click(screen.getByLabelText('Notes'));
    await user.keyboard('line one{Enter}line two');
    expect(save).not.toHaveBeenCalled();
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(save).toHaveBeenCalledTimes(1);
    expect((save.mock.calls[0]![0] as any).debrief.notes).toBe('line one\nline two');
  });

  it('disables Save while saving', async () => {
    let resolve!: (v: ReturnType<typeof makeReply>) => void;
    const save = vi.fn(() => new Promise<ReturnType<typeof makeReply>>((r) => (resolve = r)));
    const { user } = renderForm({ save });
    await user.click(screen.getByRole('radio', { name: /convinced/i }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const button = screen.getByRole('button', { name: /saving/i }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    await user.click(button);
    expect(save).toHaveBeenCalledTimes(1);
    resolve(makeReply(FOLLOW_UP_AT));
  });
});

describe('errors from the worker', () => {
  it('shows the message of a MessageError in an alert, and re-enables Save', async () => {
    const { user } = renderForm({ save: vi.fn(async () => Promise.reject(new MessageError('errorStorage'))) });
    await user.click(screen.getByRole('radio', { name: /convinced/i }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'Relance could not save this. Nothing was changed; try again.');
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('puts per-field errors next to their fields', async () => {
    const error = new MessageError('errorInvalidMessage', [
      { field: 'followUpAt', message: 'errorFollowUpBeforeInterview' },
      { field: 'jobKey', message: 'errorBadMessage' },
    ]);
    const { user } = renderForm({ save: vi.fn(async () => Promise.reject(error)) });
    await user.click(screen.getByRole('radio', { name: /convinced/i }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const followUp = input(/follow-up call on/i);
    await waitFor(() => expect(followUp.getAttribute('aria-invalid')).toBe('true'));
    const ids = followUp.getAttribute('aria-describedby')!.split(' ');
    expect(ids.map((id) => document.getElementById(id)?.textContent)).toContain('The follow-up must come after the interview.');
    expect(document.activeElement).toBe(followUp);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Some fields are not valid');
    // An error on a field the form does not show is not lost.
    expect(alert.textContent).toContain('The request was malformed.');
  });

  it('never shows a raw exception text', async () => {
    const { user } = renderForm({ save: vi.fn(async () => Promise.reject(new TypeError('x is undefined'))) });
    await user.click(screen.getByRole('radio', { name: /convinced/i }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Something went wrong. Nothing was saved; try again.');
  });
});

describe('the interviewer, picked from the application contacts', () => {
  const contacts = [
    { id: 'c1', name: 'Anne Roy', role: 'HR', phone: '', email: '', link: '', note: '' },
    { id: 'c2', name: 'Paul Lenoir', role: '', phone: '', email: '', link: '', note: '' },
  ];

  it('suggests their names; a picked one brings its role when none was typed', async () => {
    const { user } = renderForm({ contacts });
    const name = input("Interviewer's name");
    const list = document.getElementById(name.getAttribute('list')!)!;
    expect([...list.querySelectorAll('option')].map((o) => o.value)).toEqual(['Anne Roy', 'Paul Lenoir']);
    await user.type(name, 'anne roy');
    expect(input("Interviewer's role").value).toBe('HR');
  });

  it('a role typed first stays; without contacts, no suggestions', async () => {
    const { user } = renderForm({ contacts });
    await user.type(input("Interviewer's role"), 'Head of people');
    await user.type(input("Interviewer's name"), 'Anne Roy');
    expect(input("Interviewer's role").value).toBe('Head of people');
    cleanup();
    renderForm();
    expect(input("Interviewer's name").getAttribute('list')).toBeNull();
  });
});
