/**
 * The posting's fields as the form's inputs hold them. Apart from the form's state, so that a surface
 * can check a page's posting without loading the whole debrief form.
 */
import type { Posting, PostingDraft } from '../../core/types';

export type PostingFieldsState = Record<keyof Posting, string>;

/** Posting fields from what the page gave (or a tracked posting); a missing URL falls back to the tab's. */
export function postingFields(
  source: Partial<Record<keyof Posting, string | null>> | PostingDraft | null,
  pageUrl: string | null,
): PostingFieldsState {
  return {
    title: source?.title ?? '',
    company: source?.company ?? '',
    location: source?.location ?? '',
    url: source?.url || pageUrl || '',
  };
}
