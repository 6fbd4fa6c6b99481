import { normalizedUrls } from './job-key';
import type { Application } from './types';

/**
 * The toolbar popup's page for one tab. When the tab shows a tracked posting, the worker sets the tab's
 * popup to `popup.html?posting=<application id>` as it paints its badge: the popup then reads that
 * application and its rows at once, without first looking the tab's address up. Only a hint: the popup
 * keeps it when the tab's address is still one of that application's (isPostingAt), else looks up as
 * usual. Any other tab gets the plain page.
 */
const POPUP_PAGE = 'popup.html';

export function tabPopup(applicationId: string | null): string {
  return applicationId === null ? POPUP_PAGE : `${POPUP_PAGE}?posting=${encodeURIComponent(applicationId)}`;
}

/** The hinted application id of a popup's address; null without one. */
export function postingHint(params: URLSearchParams): string | null {
  return params.get('posting') || null;
}

/** Whether `url` is one of the addresses the application's posting was seen at (what the URL index finds). */
export function isPostingAt(application: Pick<Application, 'urls'>, url: string): boolean {
  return normalizedUrls(url).some((u) => application.urls.includes(u));
}
