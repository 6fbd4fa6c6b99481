/**
 * The keyboard shortcut that opens the popup, as the welcome page shows it. manifest.json suggests
 * it (`commands._execute_action`); the browser may have left it unassigned (another extension had it)
 * or the user may have changed it, so the page shows what the browser reports.
 */

/**
 * The suggested key in manifest.json (test/core/manifest.test.ts keeps the two equal). Not
 * Alt+Shift+R: Chromium keeps that one (and Alt+Shift+N, P) for itself and leaves the command without
 * a shortcut; test/e2e/welcome.test.mjs checks that Chromium assigns this one.
 */
export const SUGGESTED_SHORTCUT = 'Alt+Shift+E';

/** The command the browser runs as a click on the toolbar icon. */
const OPEN_POPUP_COMMAND = '_execute_action';

/** What the page says: the keys to press, or that none are assigned. */
export type ShortcutState = { kind: 'set'; keys: readonly string[] } | { kind: 'unset' };

/** A command as `commands.getAll()` lists it (Chrome and Firefox alike). */
export interface CommandInfo {
  name?: string;
  shortcut?: string;
}

/** "Alt+Shift+E" → Alt, Shift, E; macOS's "⌥⇧E" → ⌥, ⇧, E. */
export function keysOf(shortcut: string): string[] {
  if (shortcut.includes('+')) return shortcut.split('+').filter(Boolean);
  return [...shortcut.matchAll(/[⌃⌥⇧⌘]|[^⌃⌥⇧⌘]+/g)].map((m) => m[0]);
}

/**
 * The shortcut from the browser's list of commands. `null` (the API failed or is missing) and a list
 * without the command fall back to the suggested key; an empty shortcut means none is assigned.
 */
export function shortcutState(commands: readonly CommandInfo[] | null): ShortcutState {
  const command = commands?.find((c) => c.name === OPEN_POPUP_COMMAND);
  if (!command) return { kind: 'set', keys: keysOf(SUGGESTED_SHORTCUT) };
  return command.shortcut ? { kind: 'set', keys: keysOf(command.shortcut) } : { kind: 'unset' };
}
