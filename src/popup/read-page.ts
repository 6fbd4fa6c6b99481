import { ext } from '../messages/ext';

/** The active tab, as tabs.query gives it. */
export type Tab = { id?: number; url?: string } | undefined;

export const isHttp = (url: string | undefined): url is string => !!url && /^https?:\/\//i.test(url);

/** The extractor's file: its last statement reads the page, so that its value is the injection's result (src/extract/inject.ts). */
export const EXTRACT = 'extract.js';

/** An injection's result: what the extractor read on the tab's page. */
export const resultOf = (results: { result?: unknown }[]): unknown => results[0]?.result;

/** What the extractor reads on a web page's tab; rejects where the browser refuses scripts (store pages, PDF viewers and the like). */
export const extractFrom = async (tabId: number): Promise<unknown> =>
  resultOf(await ext.scripting.executeScript({ target: { tabId }, files: [EXTRACT] }));
