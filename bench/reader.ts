/**
 * The least any popup that shows what it opens on must do, as a bench page (bench-reader.html in the
 * benchmark's copy of the build, never in a release): one small async script, no framework, no check.
 * - Named an application (`?posting=<id>`, as the worker sets a tracked posting's popup): opens the
 *   database as it is, reads that application and writes its title in a field.
 * - Else: reads the active tab's posting with the extractor (extract.js injected into the tab, as the
 *   popup does) and writes its title and company in two fields.
 * Timed like the popup (its `relance-popup-ready` mark after the frame that follows the write, or its
 * first paint when later), it shows how near the blank floor such a popup can be on this browser and
 * host: the bound under the popup's *ready* target.
 */
import { DB_NAME } from '../src/storage/version';

declare const chrome: {
  tabs: { query(q: object): Promise<{ id: number }[]> };
  scripting: { executeScript(i: object): Promise<{ result?: { title?: string; company?: string } }[]> };
};

function shown(...texts: (string | undefined)[]): void {
  const app = document.getElementById('app');
  for (const [k, text] of texts.entries()) {
    const field = document.createElement('input');
    field.id = k === 0 ? 'f-posting-title' : 'f-posting-company';
    field.value = text ?? 'not found';
    app?.append(field);
  }
  // After the frame that shows it, as Preact's effects run for the popup's own mark.
  requestAnimationFrame(() => setTimeout(() => performance.mark('relance-popup-ready')));
}

const id = new URLSearchParams(location.search).get('posting');
if (id) {
  const opening = indexedDB.open(DB_NAME);
  opening.onsuccess = () => {
    const read = opening.result.transaction('applications').objectStore('applications').get(id);
    read.onsuccess = () => shown((read.result as { posting?: { title?: string } } | undefined)?.posting?.title);
  };
} else {
  void (async () => {
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    const [injected] = await chrome.scripting.executeScript({ target: { tabId: tab!.id }, files: ['extract.js'] });
    shown(injected?.result?.title, injected?.result?.company);
  })();
}
