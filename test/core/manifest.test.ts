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
    expect(Object.keys(manifest.commands ?? {})).toEqual(['_execute_action']);
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
