#!/usr/bin/env node
// `npm start`: serves the demo job posting locally and opens Chromium with a fresh profile and the
// built extension (dist/chrome) loaded, so a newcomer sees Relance work at once.
// Browser: $CHROME_PATH, else the usual Chromium / Chrome install paths. Branded Google Chrome
// (since 137) ignores --load-extension: use Chromium, or load dist/chrome by hand (see README).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist', 'chrome');
const demo = join(root, 'test', 'fixtures', 'pages', 'demo-posting.html');

const CANDIDATES = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Chromium\\Application\\chrome.exe',
  '/usr/bin/google-chrome-canary',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
].filter(Boolean);

const chrome = CANDIDATES.find((p) => existsSync(p));
if (!chrome) {
  console.error('No Chromium or Chrome found. Install Chromium (Debian: apt-get install chromium) or set CHROME_PATH.');
  console.error(`The extension is built in ${dist}: load it unpacked from chrome://extensions (see README).`);
  process.exit(1);
}
if (!existsSync(join(dist, 'manifest.json'))) {
  console.error('dist/chrome is missing: run `node build.mjs` first (npm start does).');
  process.exit(1);
}

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
  ...(headless ? ['--headless', '--no-sandbox', '--disable-gpu', '--remote-debugging-port=0'] : []),
  ...(process.getuid?.() === 0 && !headless ? ['--no-sandbox'] : []),
  url,
];
console.log(
  `Relance: ${chrome}\n  demo posting: ${url}\n  profile: ${profile}\nClick the Relance icon in the toolbar (pin it from the puzzle menu). Ctrl+C to stop.`,
);
const child = spawn(chrome, args, { stdio: ['ignore', 'inherit', 'inherit'] });
const stop = () => {
  child.kill();
  server.close();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', (code) => {
  server.close();
  process.exit(code ?? 0);
});
