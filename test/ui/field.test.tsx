// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Checkbox } from '../../src/ui/checkbox';
import { fieldId, TextArea, TextInput } from '../../src/ui/field';
import { RadioGroup } from '../../src/ui/radio-group';

afterEach(cleanup);

describe('fieldId', () => {
  it('turns a field path into an element id', () => {
    expect(fieldId('posting.title')).toBe('f-posting-title');
    expect(fieldId('nextSteps.0.withWhom')).toBe('f-nextSteps-0-withWhom');
  });
});

describe('TextInput', () => {
  it('labels the input and links its hint and error', () => {
    render(<TextInput id="f-x" label="Company" hint="As on the posting" error="Enter the company." required value="" onValue={() => {}} />);
    const input = screen.getByLabelText(/company/i);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-required')).toBe('true');
    expect(input.hasAttribute('required')).toBe(false);
    expect(input.getAttribute('aria-describedby')).toBe('f-x-hint f-x-error');
    expect(document.getElementById('f-x-error')!.textContent).toBe('Enter the company.');
  });

  it('has no aria-invalid or describedby when fine', () => {
    render(<TextInput id="f-x" label="Company" value="" onValue={() => {}} />);
    const input = screen.getByLabelText('Company');
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    expect(input.hasAttribute('aria-describedby')).toBe(false);
  });

  it('renders page text as text', () => {
    render(<TextInput id="f-x" label={'<img src=x onerror=alert(1)>'} value="<b>bold</b>" onValue={() => {}} />);
    expect(document.querySelector('img')).toBeNull();
    expect((screen.getByLabelText('<img src=x onerror=alert(1)>') as HTMLInputElement).value).toBe('<b>bold</b>');
  });
});

describe('TextArea', () => {
  it('submits its form on Ctrl+Enter and Cmd+Enter only', async () => {
    const onSubmit = vi.fn((e: Event) => e.preventDefault());
    render(
      <form onSubmit={onSubmit}>
        <TextArea id="f-notes" label="Notes" value="" onValue={() => {}} />
        <button type="submit">Save</button>
      </form>,
    );
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('Notes'));
    await user.keyboard('{Enter}');
    expect(onSubmit).not.toHaveBeenCalled();
    await user.keyboard('{Control>}{Enter}{/Control}');
    await user.keyboard('{Meta>}{Enter}{/Meta}');
    expect(onSubmit).toHaveBeenCalledTimes(2);
  });
});

describe('RadioGroup and Checkbox', () => {
  it('is a named radiogroup that reports its choice and its error', async () => {
    const onValue = vi.fn();
    render(
      <RadioGroup
        id="f-v"
        name="v"
        legend="Verdict"
        value=""
        error="Choose one."
        options={[
          { value: 'a', label: 'Alpha' },
          { value: 'b', label: 'Beta' },
        ]}
        onValue={onValue}
      />,
    );
    const group = screen.getByRole('radiogroup', { name: 'Verdict' });
    expect(group.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(group.getAttribute('aria-describedby')!)!.textContent).toBe('Choose one.');
    await userEvent.setup().click(screen.getByRole('radio', { name: 'Beta' }));
    expect(onValue).toHaveBeenCalledWith('b');
  });

  it('checkbox toggles through its label', async () => {
    const onChecked = vi.fn();
    render(<Checkbox id="c" label="Thanked" checked={false} onChecked={onChecked} />);
    await userEvent.setup().click(screen.getByText('Thanked'));
    expect(onChecked).toHaveBeenCalledWith(true);
  });
});
