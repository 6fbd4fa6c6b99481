#!/usr/bin/env node
// `npm start [-- --lang=fr]`: serves the demo job posting locally and opens Chromium with a fresh
// profile and the built extension (dist/chrome) loaded. A fresh profile is an install, so Relance
// opens its welcome page by itself, in a tab beside the demo posting: a newcomer sees both at once.
// Browser: $CHROME_PATH (an error when it points nowhere), else the usual Chromium / Chrome install
// paths. Branded Google Chrome (since 137) ignores --load-extension: use Chromium, or load
// dist/chrome by hand (see README). The temporary profile is removed when the browser or this
// script stops.
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { missingLocaleNote, startOptions, unpackedExtensionId } from './start-options.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist', 'chrome');
const demo = join(root, 'test', 'fixtures', 'pages', 'demo-posting.html');

const isFile = (path) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

const options = startOptions(process.argv.slice(2), process.env, isFile);
if (!options.ok) {
  console.error(options.message);
  process.exit(options.code);
}
if (!existsSync(join(dist, 'manifest.json'))) {
  console.error('dist/chrome is missing: run `node build.mjs` first (npm start does).');
  process.exit(1);
}
const note = missingLocaleNote(options.lang, options.chrome, isFile);
if (note) console.warn(note);

// Every path serves the demo posting, so its canonical link (/jobs/...) resolves here too.
const server = createServer(async (_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'" });
  res.end(await readFile(demo));
});
await new Promise((r) => server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/jobs/senior-frontend-engineer`;

const profile = await mkdtemp(join(tmpdir(), 'relance-start-'));
const headless = process.env.START_HEADLESS === '1';
const args = [
  `--user-data-dir=${profile}`,
  `--disable-extensions-except=${dist}`,
  `--load-extension=${dist}`,
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  ...options.args,
  ...(headless ? ['--headless', '--no-sandbox', '--disable-gpu', '--remote-debugging-port=0'] : []),
  ...(process.getuid?.() === 0 && !headless ? ['--no-sandbox'] : []),
  url,
];
// Chromium derives an unpacked extension's id from its path (hashed differently on Windows).
const welcome = process.platform === 'win32' ? 'a tab of its own' : `chrome-extension://${unpackedExtensionId(dist)}/welcome.html`;
console.log(
  [
    `Relance: ${options.chrome}${options.lang ? ` (language ${options.lang})` : ''}`,
    `  demo posting: ${url}`,
    `  welcome page: ${welcome} (opens by itself: a fresh profile is an install)`,
    `  profile: ${profile} (removed on exit)`,
    'Pin the Relance icon from the puzzle-piece menu, then click it on the demo posting. Ctrl+C to stop.',
  ].join('\n'),
);

const child = spawn(options.chrome, args, { stdio: ['ignore', 'inherit', 'inherit'], env: options.env });

let finishing = false;
/** Stops the server and removes the profile (once), then exits. */
async function finish(code) {
  if (finishing) return;
  finishing = true;
  server.close();
  // The browser's helper processes may still be writing for a moment after it exits.
  await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }).catch((e) =>
    console.error(`start: could not remove ${profile}: ${e.message}`),
  );
  process.exit(code);
}

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  child.kill('SIGTERM');
  // A browser that ignores SIGTERM is not waited for forever.
  setTimeout(() => child.kill('SIGKILL'), 5000).unref();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('error', (e) => {
  console.error(`start: could not run ${options.chrome}: ${e.message}`);
  void finish(1);
});
child.on('exit', (code) => void finish(stopping ? 0 : (code ?? 0)));
