// What is shipped is what is checked: the release build (`npm run package`, the same commands the
// store uploads come from) is made here, then its manifests, bundles and zips are read as the stores
// would read them. test/core/manifest.test.ts checks the manifest writer; this checks its output.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { jobSiteMatches } from '../../scripts/manifest.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const TARGETS = ['chrome', 'firefox'];

/** Exactly the permissions README's "Permissions and why" justifies (its first column). */
const JUSTIFIED = ['activeTab', 'scripting', 'tabs', 'alarms', 'notifications', 'sidePanel'];
/** Chrome only: Firefox's sidebar needs no permission, and its manifest does not name Chrome's. */
const CHROME_ONLY = ['sidePanel'];

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

const manifestOf = (target) => JSON.parse(readFileSync(join(dist, target, 'manifest.json'), 'utf8'));

before(() => {
  execFileSync('npm', ['run', '--silent', 'package'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
});

test('each release manifest asks for exactly the justified permissions and no host permission', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('## Permissions and why'), readme.indexOf('## Where your data lives'));
  for (const p of JUSTIFIED) assert.match(table, new RegExp(`\`${p}\``), `README justifies ${p}`);
  for (const target of TARGETS) {
    const m = manifestOf(target);
    const expected = target === 'chrome' ? JUSTIFIED : JUSTIFIED.filter((p) => !CHROME_ONLY.includes(p));
    assert.deepEqual([...(m.permissions ?? [])].sort(), [...expected].sort(), `${target}: permissions`);
    assert.equal(m.host_permissions, undefined, `${target}: host_permissions`);
    assert.equal(m.optional_host_permissions, undefined, `${target}: optional_host_permissions`);
    assert.equal(m.optional_permissions, undefined, `${target}: optional_permissions`);
    assert.equal(m.web_accessible_resources, undefined, `${target}: web_accessible_resources`);
    assert.equal(m.externally_connectable, undefined, `${target}: externally_connectable`);
    assert.deepEqual(m.content_security_policy, { extension_pages: "script-src 'self'; object-src 'none'" }, `${target}: CSP`);
    assert.equal(m.version, version, `${target}: version`);
  }
});

test("the content script's matches are the registry of job sites, nothing more", async () => {
  const matches = await jobSiteMatches(root);
  assert.ok(matches.length > 0);
  for (const target of TARGETS) {
    const scripts = manifestOf(target).content_scripts;
    assert.equal(scripts.length, 1, `${target}: one content script`);
    assert.deepEqual(scripts[0].matches, matches, `${target}: matches`);
  }
});

test('no test hook and no test host in any shipped file', () => {
  for (const target of TARGETS) {
    for (const file of filesUnder(join(dist, target)).filter((f) => /\.(js|json|html)$/.test(f))) {
      const text = readFileSync(join(dist, target, file), 'utf8');
      for (const hook of ['relanceTest', '__TEST__', '127.0.0.1', 'localhost'])
        assert.ok(!text.includes(hook), `${target}/${file} contains ${hook}`);
    }
  }
});

test('each store zip holds exactly the built files', () => {
  for (const target of TARGETS) {
    const zip = join(dist, `relance-${target}-${version}.zip`);
    const listed = execFileSync('zipinfo', ['-1', zip], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => line && !line.endsWith('/'))
      .sort();
    assert.deepEqual(listed, filesUnder(join(dist, target)), `${target}: zip contents`);
  }
});

test("the popup's and the closing card's first script is one file; their lazy parts share its modules", async () => {
  const { staticImports } = await import('../../bench/sizes.mjs');
  for (const target of TARGETS) {
    for (const page of ['popup', 'panel']) {
      const first = readFileSync(join(dist, target, `${page}.js`), 'utf8');
      assert.deepEqual(staticImports(first), [], `${target}/${page}.js imports nothing before it runs`);
      const chunks = filesUnder(join(dist, target, 'chunks')).filter((f) => f.startsWith(`${page}-`));
      assert.ok(chunks.length > 0, `${target}: ${page} has lazy parts`);
      // Preact exists once: in the first script, never again in a chunk (a second copy breaks hooks).
      for (const chunk of chunks) {
        const code = readFileSync(join(dist, target, 'chunks', chunk), 'utf8');
        for (const spec of staticImports(code)) {
          const path = join('chunks', spec);
          assert.ok(path === `${page}.js` || chunks.includes(relative('chunks', path)), `${chunk} imports ${spec}, which is shipped`);
        }
        assert.doesNotMatch(code, /__H/, `${chunk} carries no copy of preact/hooks`);
      }
    }
  }
});
