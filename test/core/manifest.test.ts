import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SUGGESTED_SHORTCUT } from '../../src/welcome/shortcut';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
// The release manifest as build.mjs writes it (manifest.json plus the job sites' matches); its writer
// is a script, so imported untyped.
const { buildManifest } = await import(new URL('../../scripts/manifest.mjs', import.meta.url).href);
const manifest = await buildManifest(fileURLToPath(new URL('../../', import.meta.url)), { target: 'chrome' });
const readme = read('README.md');

/** The permissions the README justifies: the backticked names in the first column of its table. */
function justified(): Set<string> {
  const section = readme.slice(readme.indexOf('## Permissions and why'));
  const table = section.slice(0, section.indexOf('\n## '));
  const names = new Set<string>();
  for (const line of table.split('\n')) {
    const first = /^\|([^|]+)\|/.exec(line)?.[1] ?? '';
    for (const m of first.matchAll(/`([^`]+)`/g)) names.add(m[1]!);
  }
  return names;
}

describe('the release manifest asks only for what README justifies', () => {
  it('every permission is in the README table', () => {
    const ok = justified();
    for (const p of manifest.permissions ?? []) expect(ok, `permission "${p}" is not justified in README`).toContain(p);
  });

  it('no host permissions beyond the content scripts, which README justifies', () => {
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    if (manifest.content_scripts?.length) expect(justified()).toContain('content_scripts.matches');
    for (const cs of manifest.content_scripts ?? []) expect(cs.matches).not.toContain('<all_urls>');
  });

  it('strict CSP, no remote code, nothing exposed to pages or other extensions', () => {
    expect(manifest.content_security_policy).toEqual({ extension_pages: "script-src 'self'; object-src 'none'" });
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.manifest_version).toBe(3);
  });
});

describe('the keyboard shortcut that opens the popup', () => {
  const command = manifest.commands?._execute_action;

  it('is declared as _execute_action with the suggested key the welcome page names', () => {
    expect(Object.keys(manifest.commands ?? {})).toEqual(['_execute_action', 'open-closing-card']);
    expect(command.suggested_key).toEqual({ default: SUGGESTED_SHORTCUT });
    expect(SUGGESTED_SHORTCUT).toBe('Alt+Shift+E');
  });

  it('is a key both browsers accept: Ctrl or Alt, then optional Shift, then one letter or digit', () => {
    expect(command.suggested_key.default).toMatch(/^(Ctrl|Alt)\+(Shift\+)?[A-Z0-9]$/);
  });

  it('describes itself from the catalogs, in every language', () => {
    const key = /^__MSG_(\w+)__$/.exec(command.description)?.[1];
    expect(key).toBeDefined();
    for (const lang of ['en', 'fr']) expect(JSON.parse(read(`_locales/${lang}/messages.json`))[key!]?.message).toBeTruthy();
  });

  it('needs no permission of its own', () => {
    expect(manifest.permissions).not.toContain('commands');
  });
});

describe('the closing card: a side panel in Chrome, a sidebar in Firefox', () => {
  it('Chrome: the side panel page, its permission, and its shortcut (at most four suggested keys, never Alt+Shift+R)', () => {
    expect(manifest.side_panel).toEqual({ default_path: 'panel.html' });
    expect(manifest.permissions).toContain('sidePanel');
    expect(manifest.sidebar_action).toBeUndefined();
    const keys = Object.values(manifest.commands as Record<string, { suggested_key?: { default: string } }>).flatMap((c) =>
      c.suggested_key ? [c.suggested_key.default] : [],
    );
    expect(keys.length).toBeLessThanOrEqual(4);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).not.toContain('Alt+Shift+R');
    for (const key of keys) expect(key).toMatch(/^(Ctrl|Alt)\+(Shift\+)?[A-Z0-9]$/);
  });

  it('Firefox: the sidebar and its built-in command, no side_panel nor sidePanel it does not know', async () => {
    const firefox = await buildManifest(fileURLToPath(new URL('../../', import.meta.url)), { target: 'firefox' });
    expect(firefox.sidebar_action).toMatchObject({ default_panel: 'panel.html', default_title: '__MSG_panelTitle__' });
    expect(firefox.side_panel).toBeUndefined();
    expect(firefox.permissions).not.toContain('sidePanel');
    expect(Object.keys(firefox.commands)).toEqual(['_execute_action', '_execute_sidebar_action']);
    expect(firefox.commands._execute_sidebar_action).toEqual(manifest.commands['open-closing-card']);
  });
});
