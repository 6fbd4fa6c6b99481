#!/usr/bin/env node
// `npm run audit`: known vulnerabilities in the runtime dependencies (what ships in the extension).
// Fails on any finding. When the registry's audit service cannot be reached (offline machines; this
// project's CI network answers the bulk-advisory endpoint with 405), it says so plainly and passes:
// there is nothing to judge, and a network outage must not hide the rest of the test results.
// Handling a finding: README, "Dependencies and audits".
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = null;
}
const vulns = report?.metadata?.vulnerabilities;
if (vulns) {
  const total = Object.values(vulns).reduce((a, b) => a + b, 0);
  if (total > 0) {
    console.error(`npm audit: ${total} known vulnerabilities in runtime dependencies:`);
    for (const [name, v] of Object.entries(report.vulnerabilities ?? {})) console.error(`  ${name} (${v.severity}): ${v.range}`);
    process.exit(1);
  }
  console.log('npm audit: no known vulnerability in runtime dependencies');
} else {
  const why = report?.error?.summary || report?.message || (run.stderr || run.stdout).trim().split('\n').pop();
  console.warn(`npm audit: SKIPPED, the audit service could not be reached (${why}). Run \`npm audit --omit=dev\` where it can.`);
}
