// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PostingDraft } from '../../src/core/types';
import type { Tracked } from '../../src/popup/api';
import { App } from '../../src/popup/app';
import {
  DAY,
  fakeApi,
  installCatalog,
  loadForms,
  makeApplication,
  makeContext,
  makeInterview,
  makeReminder,
  NOW,
  PAGE_URL,
} from './helpers';

beforeAll(loadForms);

beforeEach(installCatalog);
afterEach(cleanup);

const HINT = 'Guessed from the page — check it.';
const input = (name: RegExp) => screen.getByLabelText(name) as HTMLInputElement;
const hintOf = (el: HTMLElement): string | null => {
  const ids = el.getAttribute('aria-describedby');
  return ids
    ? ids
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
    : null;
};

function draft(over: Partial<PostingDraft> = {}): PostingDraft {
  return {
    title: 'Frontend developer',
    company: 'Acme',
    location: 'Lyon',
    url: 'https://jobs.example.com/offers/42',
    jobKey: 'example:42',
    ...over,
  };
}

describe('guessed fields', () => {
  it('flags only the heuristic fields, with a hint, and focuses the first of them', async () => {
    const d = draft({ sources: { title: 'json-ld', company: 'heuristic', location: 'heuristic', url: 'meta' } });
    render(<App api={fakeApi(makeContext({ draft: d }))} />);
    await screen.findByRole('heading', { name: 'Record the interview' });
    expect(hintOf(input(/job title/i))).toBeNull();
    expect(hintOf(input(/^company/i))).toBe(HINT);
    expect(hintOf(input(/^location/i))).toBe(HINT);
    expect(hintOf(input(/address/i))).toBeNull();
    // The visible mark sits next to the label of each guessed field, and nowhere else.
    const marks = [...document.querySelectorAll('.mark')];
    expect(marks.map((m) => m.closest('.field')!.querySelector('input')!.id)).toEqual(['f-posting-company', 'f-posting-location']);
    expect(marks.every((m) => m.textContent === 'guessed' && m.getAttribute('aria-hidden') === 'true')).toBe(true);
    expect(document.activeElement).toBe(input(/^company/i));
  });

  it('drops the hint once the value is edited, and brings it back if the guess is restored', async () => {
    const d = draft({ sources: { title: 'heuristic', company: 'heuristic' } });
    render(<App api={fakeApi(makeContext({ draft: d }))} />);
    await screen.findByRole('heading', { name: 'Record the interview' });
    const title = input(/job title/i);
    expect(document.activeElement).toBe(title);
    const user = userEvent.setup();
    await user.type(title, ' (React)');
    expect(hintOf(title)).toBeNull();
    expect(title.closest('.field')!.querySelector('.mark')).toBeNull();
    expect(hintOf(input(/^company/i))).toBe(HINT);
    await user.type(title, '{Backspace>8/}');
    expect(title.value).toBe('Frontend developer');
    expect(hintOf(title)).toBe(HINT);
  });

  it('keeps the usual focus when nothing was guessed', async () => {
    render(<App api={fakeApi(makeContext({ draft: draft({ sources: { title: 'json-ld', company: 'site' } }) }))} />);
    await screen.findByRole('heading', { name: 'Record the interview' });
    expect(document.querySelector('.mark')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: /convinced/i }));
  });
});

describe('link offer', () => {
  const existing = makeApplication({
    id: 'app-9',
    jobKey: 'wttj:acme/frontend-developer',
    keys: ['wttj:acme/frontend-developer'],
    revision: 4,
    posting: {
      title: 'Frontend developer',
      company: 'Acme',
      location: 'Lyon',
      url: 'https://www.welcometothejungle.com/fr/companies/acme/jobs/frontend-developer',
    },
  });
  const trackedOf = (app = existing): Tracked => ({
    application: { ...app, keys: [...app.keys, 'example:42'], revision: app.revision + 1 },
    interviews: [makeInterview({ applicationId: app.id, interviewerName: 'Claire Martin' })],
    reminders: [makeReminder({ applicationId: app.id, dueAt: NOW + 3 * DAY })],
    events: [],
  });

  it('offers to link the page to the similar application, first seen elsewhere, and takes focus', async () => {
    render(<App api={fakeApi(makeContext({ draft: draft(), similar: [existing] }))} />);
    const offer = await screen.findByRole('region', { name: /which you already track/ });
    expect(
      within(offer).getByText(
        'This looks like Frontend developer at Acme, which you already track (first seen on welcometothejungle.com).',
      ),
    ).toBeTruthy();
    expect(document.activeElement).toBe(within(offer).getByRole('button', { name: 'Link to it' }));
    // The form is still there, below, for a separate application.
    expect(screen.getByRole('heading', { name: 'Record the interview' })).toBeTruthy();
    expect(offer.compareDocumentPosition(screen.getByRole('button', { name: 'Save' })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('"Link to it" links this job key to it, then shows that application and says so', async () => {
    const api = fakeApi(makeContext({ draft: draft(), similar: [existing] }), { loadTracked: vi.fn(async () => trackedOf()) });
    render(<App api={api} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Link to it' }));
    expect(api.linkPosting).toHaveBeenCalledWith({ applicationId: 'app-9', jobKey: 'example:42', pageUrl: PAGE_URL, expectedRevision: 4 });
    const heading = await screen.findByRole('heading', { name: 'Frontend developer', level: 2 });
    expect(api.loadTracked).toHaveBeenCalledWith('app-9');
    expect(document.activeElement).toBe(heading);
    expect(screen.getByRole('status').textContent).toBe('Linked: this posting now opens your application at Acme.');
    expect(within(heading.closest('section')!).getByText('Claire Martin, HR')).toBeTruthy();
    expect(screen.queryByRole('region', { name: /already track/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
  });

  it('shows a refused link in its alert and keeps the offer and the form', async () => {
    const conflict = Object.assign(new Error('errorConflict'), { name: 'MessageError', fields: [] });
    const api = fakeApi(makeContext({ draft: draft(), similar: [existing] }), { linkPosting: vi.fn(async () => Promise.reject(conflict)) });
    render(<App api={api} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Link to it' }));
    const offer = screen.getByRole('region', { name: /already track/ });
    expect((await within(offer).findByRole('alert')).textContent).toMatch(/changed elsewhere meanwhile/);
    expect(api.loadTracked).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Save' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('"Track separately" hides the offer and hands focus to the form', async () => {
    const api = fakeApi(makeContext({ draft: draft({ sources: { company: 'heuristic' } }), similar: [existing] }));
    render(<App api={api} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Track separately' }));
    expect(screen.queryByRole('region', { name: /already track/ })).toBeNull();
    expect(document.activeElement).toBe(input(/^company/i));
    await user.click(screen.getByRole('radio', { name: /convinced/i }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(api.saveDebrief.mock.calls[0]![0]).toMatchObject({ jobKey: 'example:42' });
    expect(api.saveDebrief.mock.calls[0]![0]).not.toHaveProperty('expectedRevision', 4);
    expect(api.linkPosting).not.toHaveBeenCalled();
  });

  it('lists several similar applications, each with its own Link button', async () => {
    const other = makeApplication({
      id: 'app-7',
      keys: ['indeed:abc'],
      revision: 1,
      posting: { ...existing.posting, location: 'Paris', url: 'https://fr.indeed.com/viewjob?jk=abc' },
    });
    const api = fakeApi(makeContext({ draft: draft(), similar: [existing, other] }), { loadTracked: vi.fn(async () => trackedOf(other)) });
    render(<App api={api} />);
    const offer = await screen.findByRole('region', { name: 'This looks like a job you already track:' });
    const rows = within(offer).getAllByRole('listitem');
    expect(rows.map((r) => r.querySelector('span')!.textContent)).toEqual([
      'Frontend developer at Acme (first seen on welcometothejungle.com)',
      'Frontend developer at Acme (first seen on fr.indeed.com)',
    ]);
    const links = within(offer).getAllByRole('button', { name: 'Link to it' });
    expect(links).toHaveLength(2);
    expect(hintOf(links[1]!)).toBe('Frontend developer at Acme (first seen on fr.indeed.com)');
    await userEvent.setup().click(links[1]!);
    expect(api.linkPosting).toHaveBeenCalledWith({ applicationId: 'app-7', jobKey: 'example:42', pageUrl: PAGE_URL, expectedRevision: 1 });
    await waitFor(() => expect(screen.getByText('Acme · Paris')).toBeTruthy());
  });

  it('renders page text as text only', async () => {
    const hostile = makeApplication({
      id: 'app-x',
      posting: { title: '<img src=x onerror=alert(1)>', company: '<b>Evil</b>', location: '', url: 'not a url' },
    });
    render(<App api={fakeApi(makeContext({ draft: draft(), similar: [hostile] }))} />);
    const offer = await screen.findByRole('region', { name: /already track/ });
    expect(offer.querySelector('img, b')).toBeNull();
    expect(offer.textContent).toContain('<img src=x onerror=alert(1)> at <b>Evil</b>, which you already track (first seen on not a url).');
  });

  it('is not offered on a tracked page', async () => {
    render(<App api={fakeApi(makeContext({ draft: draft(), similar: [existing], tracked: trackedOf() }))} />);
    await screen.findByRole('heading', { name: 'Frontend developer', level: 2 });
    expect(screen.queryByRole('button', { name: 'Link to it' })).toBeNull();
  });
});

describe('application page (opened from a chip)', () => {
  const app = makeApplication({ id: 'app-3', jobKey: 'linkedin:123', keys: ['linkedin:123'] });
  const tracked: Tracked = {
    application: app,
    interviews: [makeInterview({ applicationId: 'app-3' })],
    reminders: [makeReminder({ applicationId: 'app-3' })],
    events: [],
  };

  it('shows the application, and "Record another interview" saves on it', async () => {
    const api = fakeApi(makeContext({ view: 'app', pageUrl: null, draft: null, tracked }));
    render(<App api={api} />);
    expect(await screen.findByRole('heading', { name: 'Frontend developer', level: 2 })).toBeTruthy();
    expect(screen.queryByText(/no job posting recognised/i)).toBeNull();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Record another interview' }));
    expect(input(/job title/i).value).toBe('Frontend developer');
    expect(input(/address/i).value).toBe('https://jobs.example.com/offers/42');
    expect(document.querySelector('.mark')).toBeNull();
    await user.click(screen.getByRole('radio', { name: /convinced/i }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(api.saveDebrief.mock.calls[0]![0]).toMatchObject({ jobKey: 'linkedin:123', pageUrl: null, expectedRevision: 2 });
    expect(await screen.findByRole('button', { name: 'Record another interview' })).toBeTruthy();
  });

  it('says so when the application no longer exists', async () => {
    render(<App api={fakeApi(makeContext({ view: 'app', pageUrl: null, draft: null, tracked: null }))} />);
    expect(await screen.findByText('This application no longer exists.')).toBeTruthy();
    expect(screen.queryByText(/no job posting recognised/i)).toBeNull();
    expect(screen.queryByRole('button', { name: /track this page/i })).toBeNull();
  });
});
