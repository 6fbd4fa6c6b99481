/**
 * Content script on the declared job sites: finds the job cards of listing pages (and the posting
 * header of a job page), asks the service worker for the chips of the tracked ones in one batched
 * message (worded there: no catalog or date formatter here), and adds them. It reads the page, writes
 * only its chips, and talks only to the extension's own service worker. Single-page sites are
 * followed with one debounced observer.
 */
// The cards module only: the posting extractor's layers stay out of this bundle (extract.js has them).
import { findJobs } from '../extract/cards';
import { jobKeyFor } from '../extract/job-key';
import { onApplicationsChanged, send } from '../messages/send';
import { annotate, onlyOurChips, type JobSpot } from './annotate';
import { postingHeading } from './spot';

const DEBOUNCE_MS = 250;

/** Benchmark builds only (npm run bench): timing marks; `false` and compiled out everywhere else. */
declare const __BENCH__: boolean;

function spotsOnPage(): JobSpot[] {
  const url = new URL(location.href);
  // Only the jobs matter here, not the cards' text.
  const spots: JobSpot[] = findJobs(document, url).map((c) => ({ element: c.element, jobKey: c.jobKey }));
  // On a job's own page, its heading carries the chip too, or a corner of the page when it has none.
  const pageKey = jobKeyFor(location.href);
  if (pageKey && !spots.some((s) => s.jobKey === pageKey)) {
    const heading = postingHeading(document);
    spots.push(heading ? { element: heading, jobKey: pageKey } : { element: document.body, jobKey: pageKey, corner: true });
  }
  return spots;
}

async function refresh(): Promise<void> {
  const found = __BENCH__ ? performance.now() : 0;
  const spots = spotsOnPage();
  if (spots.length === 0) return;
  const jobKeys = [...new Set(spots.map((s) => s.jobKey))];
  if (__BENCH__) performance.measure('relance-find', { start: found });
  let chips: Awaited<ReturnType<typeof send<'jobChips'>>>;
  try {
    chips = await send('jobChips', { jobKeys });
  } catch {
    return; // The extension was reloaded or updated: this orphaned script stays silent.
  }
  const annotated = __BENCH__ ? performance.now() : 0;
  annotate(document, spots, chips, (applicationId) => void send('openApplication', { applicationId }).catch(() => {}));
  if (__BENCH__) {
    performance.measure('relance-annotate', { start: annotated });
    // The frame that paints the chips.
    requestAnimationFrame(() => performance.mark('relance-chips-frame'));
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
function schedule(): void {
  clearTimeout(timer);
  timer = setTimeout(() => void refresh(), DEBOUNCE_MS);
}

new MutationObserver((records) => {
  if (!onlyOurChips(records)) schedule();
}).observe(document.documentElement, { childList: true, subtree: true });
onApplicationsChanged(schedule);
// The bench build's banner marks the script's first statement: this measures its evaluation.
if (__BENCH__) performance.measure('relance-content-eval', 'relance-content-start');
void refresh();
