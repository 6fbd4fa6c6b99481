// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import en from '../../_locales/en/messages.json';
import fr from '../../_locales/fr/messages.json';
import { makeTranslator, type MessageCatalog } from '../catalog';
import { setLocale, setTranslator } from '../../src/ui/i18n';
import { Welcome } from '../../src/welcome/app';

afterEach(cleanup);

function renderIn(catalog: MessageCatalog, lang: string, shortcut: Parameters<typeof Welcome>[0]['shortcut']) {
  setTranslator(makeTranslator(catalog));
  setLocale(lang);
  return render(<Welcome shortcut={shortcut} />);
}

const set = { kind: 'set', keys: ['Alt', 'Shift', 'E'] } as const;

describe('the welcome page', () => {
  it('has one main heading and a section heading for pinning, the method and the shortcut', () => {
    renderIn(en as MessageCatalog, 'en', set);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Welcome to Relance');
    const sections = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(sections).toEqual(['Pin the Relance icon', 'The method in five steps', 'Open Relance from the keyboard']);
    // Each section is a landmark named by its heading.
    expect(screen.getByRole('region', { name: 'The method in five steps' })).toBeTruthy();
  });

  it('shows how to pin the icon, with a picture that has a text alternative', () => {
    renderIn(en as MessageCatalog, 'en', set);
    const pin = screen.getByRole('region', { name: 'Pin the Relance icon' });
    expect(within(pin).getAllByRole('listitem')).toHaveLength(3);
    const picture = within(pin).getByRole('img');
    expect(picture.tagName.toLowerCase()).toBe('svg');
    const label = document.getElementById(picture.getAttribute('aria-labelledby')!)?.textContent ?? '';
    expect(label).toMatch(/puzzle-piece/);
    expect(label).toMatch(/pin/);
    // The icon beside the title is decoration.
    expect(document.querySelector('header img')?.getAttribute('alt')).toBe('');
  });

  it('lists the five steps of the method in order', () => {
    renderIn(en as MessageCatalog, 'en', set);
    const method = screen.getByRole('region', { name: 'The method in five steps' });
    const steps = within(method)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(steps).toEqual([
      'Before leaving, take stock',
      'Ask how they see your application',
      'Agree on a date for the answer',
      'Leave a good last impression',
      'Never leave defeated',
    ]);
  });

  it('shows the shortcut the browser reports, one key per <kbd>', () => {
    renderIn(en as MessageCatalog, 'en', { kind: 'set', keys: ['Ctrl', 'Shift', 'E'] });
    const section = screen.getByRole('region', { name: 'Open Relance from the keyboard' });
    expect([...section.querySelectorAll('kbd kbd')].map((k) => k.textContent)).toEqual(['Ctrl', 'Shift', 'E']);
    expect(section.querySelector('kbd.shortcut')?.textContent).toBe('Ctrl+Shift+E');
    expect(section.textContent).toMatch(/chrome:\/\/extensions\/shortcuts/);
  });

  it('says so when no shortcut is assigned, naming the suggested one', () => {
    renderIn(en as MessageCatalog, 'en', { kind: 'unset' });
    const section = screen.getByRole('region', { name: 'Open Relance from the keyboard' });
    expect(section.querySelector('kbd')).toBeNull();
    expect(section.textContent).toMatch(/No shortcut is set for Relance.*Alt\+Shift\+E/);
  });

  it('is all in French with the French catalog', () => {
    renderIn(fr as MessageCatalog, 'fr', set);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Bienvenue dans Relance');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Épinglez l’icône de Relance',
      'La méthode en cinq étapes',
      'Ouvrir Relance au clavier',
    ]);
    expect(screen.getAllByRole('heading', { level: 3 })[4]!.textContent).toBe('Ne restez pas sur un échec');
    // No key left untranslated (a missing key renders as the key itself).
    expect(document.body.textContent).not.toMatch(/welcome[A-Z]/);
  });
});
