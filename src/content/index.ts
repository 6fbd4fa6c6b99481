/**
 * Content script on the declared job sites: finds the job cards of listing pages (and the posting
 * header of a job page), asks the service worker which are tracked in one batched message, and
 * adds a chip to each tracked one. It reads the page, writes only its chips, and talks only to the
 * extension's own service worker. Single-page sites are followed with one debounced observer.
 */
import browser from 'webextension-polyfill';
import { jobKeyFor } from '../core/job-key';
import { findJobCards } from '../extract';
import { onApplicationsChanged, send } from '../messages/send';
import { annotate, onlyOurChips, type JobSpot } from './annotate';

const DEBOUNCE_MS = 250;

function spotsOnPage(): JobSpot[] {
  const url = new URL(location.href);
  const spots: JobSpot[] = findJobCards(document, url).map((c) => ({ element: c.element, jobKey: c.jobKey }));
  // On a job's own page, its header carries the chip too.
  const pageKey = jobKeyFor(location.href);
  const header = document.querySelector('h1');
  if (pageKey && header && !spots.some((s) => s.jobKey === pageKey)) spots.push({ element: header, jobKey: pageKey });
  return spots;
}

async function refresh(): Promise<void> {
  const spots = spotsOnPage();
  if (spots.length === 0) return;
  const jobKeys = [...new Set(spots.map((s) => s.jobKey))];
  let states;
  try {
    states = await send('jobStates', { jobKeys });
  } catch {
    return; // The extension was reloaded or updated: this orphaned script stays silent.
  }
  const locale = browser.i18n.getUILanguage();
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short' });
  annotate(document, spots, states, {
    now: Date.now(),
    message: (key, subs) => browser.i18n.getMessage(key, subs),
    weekday: (t) => weekday.format(t),
    open: (applicationId) => void send('openApplication', { applicationId }).catch(() => {}),
  });
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
void refresh();
