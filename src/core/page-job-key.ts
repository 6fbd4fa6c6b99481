/**
 * Which job a page shows, and under which key a debrief recorded there is saved. The key rule of the
 * sites (a page address and its canonical URL to a job key) comes in as `keyOf`, so this stays a
 * plain rule whichever module holds the site registry.
 */
import type { PostingDraft } from './types';

/** A job key made from a page's address and the canonical URL it declares; null when the address makes none. */
export type KeyOf = (pageUrl: string, canonical?: string | null) => string | null;

/** The identity of the job the page shows: the extractor's key, else one made from the tab's address. */
export function pageJobKey(draft: Pick<PostingDraft, 'jobKey' | 'url'> | null, pageUrl: string | null, keyOf: KeyOf): string | null {
  return draft?.jobKey ?? (pageUrl ? keyOf(pageUrl, draft?.url) : null);
}

/** Where a debrief is recorded: the tracked application, else the tab (what the extractor gave, and its address). */
export interface KeySources {
  trackedJobKey: string | null;
  draft: Pick<PostingDraft, 'jobKey' | 'url'> | null;
  pageUrl: string | null;
}

/**
 * The key a debrief is saved under: the tracked application's own, else the page's, else one made
 * from the URL the user typed, else that URL as typed.
 */
export function jobKeyForSave(k: KeySources, postingUrl: string, keyOf: KeyOf): string {
  return k.trackedJobKey ?? pageJobKey(k.draft, k.pageUrl, keyOf) ?? keyOf(postingUrl) ?? postingUrl;
}
