#!/usr/bin/env node
// npm run mutation [-- --mutate src/core/dates.ts]: Stryker over src/core and src/storage
// (stryker.config.json), slow on 2 cores, so not part of npm test. Stryker 10 refuses to start on
// Node below 22 by a version check alone; on Node 20 it runs this suite correctly once that check is
// answered, which the `--import` below does for the Stryker process only.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const major = Number(process.versions.node.split('.')[0]);
const shim = `data:text/javascript,${encodeURIComponent("Object.defineProperty(process, 'version', { value: 'v22.0.0' });")}`;
const args = [
  ...(major < 22 ? ['--import', shim] : []),
  join(root, 'node_modules/@stryker-mutator/core/bin/stryker.js'),
  'run',
  ...process.argv.slice(2),
];
const { status } = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
process.exit(status ?? 1);
