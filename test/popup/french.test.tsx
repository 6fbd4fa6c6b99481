// @vitest-environment happy-dom
// The popup with the French catalog while the browser reports an English UI language: French dates,
// each date under its own name, the French wording a job seeker expects.
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import catalog from '../../_locales/fr/messages.json';
import { messageLocale } from '../../src/core/i18n';
import { makeTranslator, type MessageCatalog } from '../catalog';
import { App } from '../../src/popup/app';
import { setLocale, setTranslator } from '../../src/ui/i18n';
import { fakeApi, loadForms, makeApplication, makeContext, makeInterview, makeReminder, NOW } from './helpers';

beforeAll(loadForms);

const fr = makeTranslator(catalog as MessageCatalog);
const ENGLISH_DATE = /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|days?|ago|today|tomorrow|in \d)\b/;

beforeEach(() => {
  setTranslator(fr);
  setLocale(messageLocale({ getMessage: (key) => fr(key), getUILanguage: () => 'en-US' }));
});
afterEach(cleanup);

const day = (d: number) => new Date(2026, 11, d, 9).getTime();

describe('the popup in French', () => {
  it('a tracked application: the promised answer and the call, each by its name, in French', async () => {
    const tracked = {
      application: makeApplication({ nextDueAt: day(5) }),
      interviews: [makeInterview({ answerBy: day(5), followUpAt: day(8) })],
      reminders: [makeReminder({ id: 'answer', kind: 'answer-due', dueAt: day(5) }), makeReminder({ id: 'call', dueAt: day(8) })],
      events: [],
    };
    const due = [
      {
        reminder: makeReminder({ id: 'due', applicationId: 'app-2', dueAt: NOW - 60_000 }),
        application: makeApplication({
          id: 'app-2',
          posting: { title: 'Testeur', company: 'Globex', location: '', url: 'https://jobs.test/2' },
        }),
      },
    ];
    render(<App api={fakeApi(makeContext({ tracked, due }))} />);
    const heading = await screen.findByRole('heading', { name: 'Frontend developer', level: 2 });
    const facts = heading.closest('section')!.querySelector('dl')!;
    const fact = (term: string) => [...facts.querySelectorAll('dt')].find((dt) => dt.textContent === term)?.nextElementSibling?.textContent;
    expect(fact('Prochaine relance')).toBe('mar. 8 déc. 2026, 09:00 (dans 7 jours)');
    expect(fact('Réponse promise d’ici le')).toBe('sam. 5 déc. 2026, 09:00 (dans 4 jours)');
    const list = screen.getByRole('region', { name: 'Relances à faire' });
    expect(within(list).getByText('à faire aujourd’hui').parentElement!.textContent).toBe('à faire aujourd’hui · Relancer le recruteur');
    expect(screen.getByRole('button', { name: 'Faire le bilan d’un autre entretien' })).toBeTruthy();
    expect(document.body.textContent).not.toMatch(ENGLISH_DATE);
  });

  it('a job posting: "Bilan de l’entretien", not "Noter"', async () => {
    const draft = { title: 'Développeur', company: 'Acme', location: 'Lyon', url: 'https://jobs.example.com/offers/42', jobKey: 'k' };
    render(<App api={fakeApi(makeContext({ draft }))} />);
    expect(await screen.findByRole('heading', { name: 'Bilan de l’entretien' })).toBeTruthy();
  });
});
