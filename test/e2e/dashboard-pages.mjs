// Page objects and seeding for the dashboard's end-to-end tests (dashboard.test.mjs, a11y.test.mjs).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { waitFor } from './harness.mjs';

/** Sends one protocol message from an extension page, as the popup and the dashboard do; returns the reply envelope. */
export function sendMessage(page, type, data) {
  return page.evaluate((type, data) => chrome.runtime.sendMessage({ type, data }), type, data);
}

/**
 * Records a debrief through the worker (the popup's own message). `over` overrides the debrief; dates
 * are computed in the browser, so they follow its time zone: `interviewDaysAgo`, `followUpInDays`.
 */
export async function seedDebrief(page, { company, title, interviewDaysAgo = 3, followUpInDays = 4, ...over }) {
  const reply = await page.evaluate(
    (company, title, interviewDaysAgo, followUpInDays, over) => {
      const now = new Date();
      const day = (d, h, m = 0) => new Date(now.getFullYear(), now.getMonth(), now.getDate() + d, h, m).getTime();
      const slug = `${company}-${title}`.toLowerCase().replace(/[^a-z0-9]+/g, '-');
      const url = `https://jobs.example.com/offers/${slug}`;
      const debrief = {
        interviewAt: day(-interviewDaysAgo, 10),
        stage: 'screening',
        interviewerName: 'Claire Martin',
        interviewerRole: 'HR',
        synthesis: { enoughInformation: true, strengthsPutForward: true, nextStepPlanned: false, askedImpression: true },
        verdict: 'undecided',
        nextSteps: [],
        weakPoint: 'Little experience with design systems',
        rejectionReason: '',
        answerBy: null,
        followUpAt: day(followUpInDays, 9),
        closing: { thanked: true, handshakeEyeContact: true, smiled: true },
        feeling: 'mixed',
        recoveryContacts: '',
        recoveryTopics: '',
        notes: '',
        ...over,
      };
      return chrome.runtime.sendMessage({
        type: 'saveDebrief',
        data: { posting: { title, company, location: 'Lyon', url }, jobKey: url, pageUrl: null, debrief },
      });
    },
    company,
    title,
    interviewDaysAgo,
    followUpInDays,
    over,
  );
  if (!reply?.ok) throw new Error(`saveDebrief refused: ${JSON.stringify(reply)}`);
  return reply.value;
}

export async function openDashboardPage(browser, extensionId, hash = '') {
  const page = await browser.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html${hash}`);
  await waitForDashboard(page);
  return page;
}

export function waitForDashboard(page) {
  return page.waitForFunction(() => performance.getEntriesByName('relance-dashboard-ready').length > 0, { timeout: 10000 });
}

/** The list as the user sees it: each rendered row's company and title with the section heading above it. */
export function listedRows(page) {
  return page.evaluate(() => {
    const rows = [];
    let section = null;
    for (const item of document.querySelectorAll('[role=list] [role=listitem]')) {
      const heading = item.querySelector('h2');
      if (heading) section = heading.firstChild.textContent.trim();
      else rows.push({ section, company: item.querySelector('.company').textContent, title: item.querySelector('.title').textContent });
    }
    return rows;
  });
}

const require = createRequire(import.meta.url);
let axeSource;

/**
 * Runs axe-core in the page with its default rules (WCAG 2.x A/AA and best practices) and returns the
 * violations, one line each. Injected by evaluation: the extension CSP refuses addScriptTag.
 */
export async function axeViolations(page) {
  axeSource ??= await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await globalThis.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`),
    }));
  });
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.join('\n    ')}`);
}

/** Sets prefers-color-scheme and waits for the page's colours to follow. */
export async function colorScheme(page, scheme) {
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await waitFor(() => page.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, scheme), `prefers-color-scheme ${scheme}`);
}
