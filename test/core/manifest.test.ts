import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

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
