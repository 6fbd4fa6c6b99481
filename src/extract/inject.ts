/**
 * Entry bundled as an IIFE and injected with `chrome.scripting.executeScript({files})`. The IIFE keeps
 * its names to itself, so it defines one global, and the bundle's last statement (build.mjs adds it
 * after the IIFE) calls it: that statement's value, the PostingDraft, is the injection's result, in
 * one round trip to the tab.
 */
import { extractPosting } from './index';

(globalThis as { __relanceExtract?: () => unknown }).__relanceExtract = () => extractPosting(document, new URL(location.href));
