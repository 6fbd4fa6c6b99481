// @vitest-environment happy-dom
// The contacts of an application page: links that call and write with the system's apps, and an
// accessible editor (labels, errors next to the fields, focus on the first invalid one).
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Dashboard } from '../../src/dashboard/app';
import { fakeDashboardApi, installCatalog, makeDetail } from './helpers';

beforeEach(installCatalog);
afterEach(() => {
  cleanup();
  location.hash = '';
});

const anne = {
  id: 'c-anne',
  name: 'Anne Roy',
  role: 'HR',
  phone: '+33 6 12 34 56 78',
  email: 'anne.roy+jobs@acme.test',
  link: 'https://www.linkedin.com/in/anne-roy',
  note: 'Prefers calls before 10',
};

async function open(contacts = [anne]) {
  location.hash = '#app/acme';
  const api = fakeDashboardApi([makeDetail({ id: 'acme', revision: 4, contacts })]);
  render(<Dashboard api={api} />);
  await screen.findByRole('heading', { level: 1 });
  return { api, user: userEvent.setup(), section: () => screen.getByRole('region', { name: 'Contacts' }) };
}

const field = (name: RegExp) => screen.getByLabelText(name) as HTMLInputElement;

describe('contacts on the application page', () => {
  it('each way to reach someone is a link: tel: dials the digits, mailto: the address, the profile opens apart', async () => {
    const { section } = await open();
    const s = within(section());
    expect(s.getByRole('link', { name: 'Call Anne Roy on +33 6 12 34 56 78' }).getAttribute('href')).toBe('tel:+33612345678');
    expect(s.getByRole('link', { name: 'Write to Anne Roy at anne.roy+jobs@acme.test' }).getAttribute('href')).toBe(
      'mailto:anne.roy%2Bjobs@acme.test',
    );
    const profile = s.getByRole('link', { name: /Profile of Anne Roy/ });
    expect(profile.getAttribute('href')).toBe(anne.link);
    expect(profile.getAttribute('rel')).toBe('noopener noreferrer');
    expect(s.getByText('Prefers calls before 10')).toBeTruthy();
  });

  it('a stored link that is not http(s) is never a link', async () => {
    const { section } = await open([{ ...anne, link: 'javascript:alert(1)' }]);
    expect(within(section()).queryByRole('link', { name: /Profile of/ })).toBeNull();
  });

  it('adds a contact: labelled fields, errors next to them and the focus on the first, then saved with the revision read', async () => {
    const { api, user, section } = await open([]);
    expect(within(section()).getByText(/No one yet/)).toBeTruthy();
    await user.click(within(section()).getByRole('button', { name: 'Add a contact' }));
    expect(document.activeElement).toBe(field(/^Name/));
    await user.type(field(/^Phone/), 'tomorrow');
    await user.type(field(/^E-mail/), 'marc@');
    await user.type(field(/^Profile link/), 'linkedin.com/in/marc');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(api.saveContact).not.toHaveBeenCalled();
    for (const [label, error] of [
      [/^Name/, /person's name/],
      [/^Phone/, /phone number/],
      [/^E-mail/, /e-mail address/],
      [/^Profile link/, /https:\/\//],
    ] as const) {
      const input = field(label);
      expect(input.getAttribute('aria-invalid'), String(label)).toBe('true');
      expect(
        input
          .getAttribute('aria-describedby')!
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent)
          .join(' '),
      ).toMatch(error);
    }
    expect(document.activeElement).toBe(field(/^Name/));

    await user.type(field(/^Name/), 'Marc Petit');
    await user.clear(field(/^Phone/));
    await user.type(field(/^Phone/), '06 11 22 33 44');
    await user.clear(field(/^E-mail/));
    await user.type(field(/^E-mail/), 'marc@acme.test');
    await user.clear(field(/^Profile link/));
    await user.type(field(/^Profile link/), 'https://www.linkedin.com/in/marc');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(api.saveContact).toHaveBeenCalledWith({
        applicationId: 'acme',
        contact: {
          name: 'Marc Petit',
          role: '',
          phone: '06 11 22 33 44',
          email: 'marc@acme.test',
          link: 'https://www.linkedin.com/in/marc',
          note: '',
        },
        expectedRevision: 4,
      }),
    );
    const link = await within(section()).findByRole('link', { name: 'Call Marc Petit on 06 11 22 33 44' });
    expect(link.getAttribute('href')).toBe('tel:0611223344');
    expect(screen.getByText('Marc Petit added to the contacts.')).toBeTruthy();
    expect(document.activeElement).toBe(within(section()).getByRole('button', { name: 'Add a contact' }));
  });

  it('edits and removes one, each through the worker with the revision it read', async () => {
    const { api, user, section } = await open();
    await user.click(within(section()).getByRole('button', { name: 'Edit Anne Roy' }));
    expect(field(/^Name/).value).toBe('Anne Roy');
    await user.clear(field(/^Role/));
    await user.type(field(/^Role/), 'Head of HR');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(api.saveContact).toHaveBeenCalledWith({
        applicationId: 'acme',
        contact: { ...anne, role: 'Head of HR' },
        expectedRevision: 4,
      }),
    );
    await within(section()).findByText(/Head of HR/);
    await user.click(within(section()).getByRole('button', { name: 'Remove Anne Roy from the contacts' }));
    await waitFor(() =>
      expect(api.removeContact).toHaveBeenCalledWith({ applicationId: 'acme', contactId: 'c-anne', expectedRevision: 5 }),
    );
    expect(await within(section()).findByText(/No one yet/)).toBeTruthy();
  });

  it("the worker's refusal is shown in the form, nothing lost", async () => {
    const { api, user, section } = await open([]);
    api.saveContact.mockRejectedValueOnce(Object.assign(new Error('errorConflict'), { name: 'MessageError' }));
    await user.click(within(section()).getByRole('button', { name: 'Add a contact' }));
    await user.type(field(/^Name/), 'Marc');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/changed elsewhere meanwhile/)).toBeTruthy();
    expect(field(/^Name/).value).toBe('Marc');
  });
});
