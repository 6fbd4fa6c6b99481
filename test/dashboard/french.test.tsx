// @vitest-environment happy-dom
// The dashboard with the French catalog while the browser reports an English UI language (Debian's
// Chromium with --lang=fr and no French locale pack): dates, relative times and plural forms follow
// the catalog, and no English date lands in a French sentence.
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import catalog from '../../_locales/fr/messages.json';
import { messageLocale } from '../../src/core/i18n';
import { makeTranslator, type MessageCatalog } from '../catalog';
import { Dashboard } from '../../src/dashboard/app';
import { setLocale, setTranslator } from '../../src/ui/i18n';
import { DAY, fakeDashboardApi, makeDetail, makeInterview, makeReminder, NOW, outcomeEvent } from './helpers';

const fr = makeTranslator(catalog as MessageCatalog);
const NB = '\u00a0';
/** English words Intl writes in dates and relative times. */
const ENGLISH_DATE = /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|days?|ago|today|tomorrow|in \d)\b/;

beforeEach(() => {
  setTranslator(fr);
  // As the entry points do: the catalog's language, not the reported UI language.
  setLocale(messageLocale({ getMessage: (key) => fr(key), getUILanguage: () => 'en-US' }));
  location.hash = '';
});
afterEach(() => {
  cleanup();
  location.hash = '';
});

const day = (d: number) => new Date(2026, 11, d, 9).getTime();
const posting = (company: string) => ({ company, title: 'Développeur', location: 'Lyon', url: `https://jobs.test/${company}` });

/** An answer promised for Saturday 5 December, the follow-up call on Tuesday 8 December (now: Tuesday 1st). */
function acme() {
  return makeDetail(
    { id: 'acme', posting: posting('Acme'), nextDueAt: day(5) },
    {
      interviews: [makeInterview({ id: 'int-acme', applicationId: 'acme' })],
      reminders: [
        makeReminder({
          id: 'old',
          applicationId: 'acme',
          interviewId: 'int-acme',
          dueAt: NOW - 8 * DAY,
          pendingDueAt: undefined,
          doneAt: NOW - 8 * DAY,
          closedBy: 'done',
        }),
        makeReminder({ id: 'answer', applicationId: 'acme', interviewId: 'int-acme', kind: 'answer-due', dueAt: day(5) }),
        makeReminder({ id: 'call', applicationId: 'acme', interviewId: 'int-acme', dueAt: day(8) }),
      ],
      events: [outcomeEvent('acme', { kind: 'no-answer', at: NOW - 4 * DAY, note: '', nextFollowUpAt: day(8) }, NOW - 4 * DAY)],
    },
  );
}

async function renderList(details: ReturnType<typeof acme>[]) {
  render(<Dashboard api={fakeDashboardApi(details)} />);
  await screen.findByRole('heading', { level: 1, name: 'Candidatures' });
}

describe('the list in French', () => {
  it('no application: says so, no count', async () => {
    await renderList([]);
    expect(screen.getByText(/^Aucune candidature pour l’instant\./)).toBeTruthy();
  });

  it('one application: "1 candidature", and its dates named and written in French', async () => {
    await renderList([acme()]);
    expect(document.querySelector('p.count')!.textContent).toBe('1 candidature');
    const row = screen.getByRole('link', { name: /^Acme/ });
    expect(row.querySelector('.next')!.textContent).toBe('Réponse promise le sam. 5 déc. (dans 4 jours) · relance le mar. 8 déc.');
    expect(document.body.textContent).not.toMatch(ENGLISH_DATE);
  });

  it('two applications, then a search that hides both: "2 candidatures", then "0 candidature sur 2"', async () => {
    await renderList([acme(), makeDetail({ id: 'globex', posting: posting('Globex'), nextDueAt: NOW - 2 * DAY })]);
    expect(document.querySelector('p.count')!.textContent).toBe('2 candidatures');
    expect(screen.getByRole('link', { name: /^Globex/ }).querySelector('.next')!.textContent).toBe(
      'Relance le dim. 29 nov. (2 jours de retard)',
    );
    await userEvent.setup().type(screen.getByRole('searchbox', { name: 'Rechercher' }), 'Globex');
    await waitFor(() => expect(document.querySelector('p.count')!.textContent).toBe('1 candidature sur 2'));
    await userEvent.setup().type(screen.getByRole('searchbox', { name: 'Rechercher' }), 'zzz');
    await waitFor(() => expect(document.querySelector('p.count')!.textContent).toBe('0 candidature sur 2'));
  });
});

describe('an application page in French', () => {
  it('French dates, past participles that agree, the checklists in two lines, and the history in impersonal words', async () => {
    location.hash = '#app/acme';
    render(<Dashboard api={fakeDashboardApi([acme()])} />);
    await screen.findByRole('heading', { level: 1, name: 'Développeur' });
    const timeline = within(screen.getByRole('region', { name: 'Relances et rappels' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(timeline).toEqual([
      expect.stringMatching(/^Relance faite le lun\. 23 nov\. 2026.* \(prévue le lun\. 23 nov\. 2026/),
      expect.stringMatching(
        new RegExp(`^Relance${NB}: pas de réponse ven\\. 27 nov\\. 2026.* · prochaine relance le mar\\. 8 déc\\. 2026`),
      ),
      expect.stringMatching(/^Réponse promise \(prévue\) sam\. 5 déc\. 2026.* \(dans 4 jours\) Ajouter à l’agenda$/),
      expect.stringMatching(/^Relance \(prévue\) mar\. 8 déc\. 2026.* \(dans 7 jours\) Ajouter à l’agenda$/),
    ]);
    const checks = [...document.querySelectorAll('ul.checks')].map((ul) => [...ul.children].map((li) => li.textContent));
    expect(checks).toEqual([
      [
        `✓ Fait${NB}: informations sur l’entreprise et le poste, atouts mis en avant, impression du recruteur`,
        `○ Pas fait${NB}: prochaine étape`,
      ],
      [`✓ Fait${NB}: remerciements, poignée de main franche, sourire`],
    ]);
    expect(screen.getByText('Prochaine relance').nextElementSibling!.textContent).toBe('mar. 8 déc. 2026, 09:00 (dans 7 jours)');
    expect(document.body.textContent).not.toMatch(ENGLISH_DATE);
    expect(document.body.textContent).not.toMatch(/\bJ’ai\b/);
  });
});
