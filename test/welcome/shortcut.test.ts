import { describe, expect, it } from 'vitest';
import { keysOf, shortcutState, SUGGESTED_SHORTCUT } from '../../src/welcome/shortcut';

describe('keysOf', () => {
  it.each<[string, string[]]>([
    ['Alt+Shift+R', ['Alt', 'Shift', 'R']],
    ['Ctrl+Shift+Y', ['Ctrl', 'Shift', 'Y']],
    ['⌥⇧R', ['⌥', '⇧', 'R']],
    ['⌘⇧F5', ['⌘', '⇧', 'F5']],
  ])('%s → %j', (shortcut, keys) => {
    expect(keysOf(shortcut)).toEqual(keys);
  });
});

describe('shortcutState', () => {
  it('shows the shortcut the browser reports for the popup, even when the user changed it', () => {
    const commands = [
      { name: 'other', shortcut: 'Ctrl+Y' },
      { name: '_execute_action', shortcut: 'Ctrl+Shift+E', description: '' },
    ];
    expect(shortcutState(commands)).toEqual({ kind: 'set', keys: ['Ctrl', 'Shift', 'E'] });
  });

  it('says none is assigned when the browser left it empty (another extension had the key)', () => {
    expect(shortcutState([{ name: '_execute_action', shortcut: '' }])).toEqual({ kind: 'unset' });
    expect(shortcutState([{ name: '_execute_action' }])).toEqual({ kind: 'unset' });
  });

  it('falls back to the suggested key without the commands API or without the command', () => {
    const suggested = { kind: 'set', keys: SUGGESTED_SHORTCUT.split('+') };
    expect(shortcutState(null)).toEqual(suggested);
    expect(shortcutState([])).toEqual(suggested);
  });
});
