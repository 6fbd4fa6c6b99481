/**
 * Entry bundled as an IIFE and injected with `chrome.scripting.executeScript({files})`. It only defines a
 * global, so a following `executeScript({func: () => __relanceExtract()})` in the same isolated world can
 * call it and get the PostingDraft back as the injection result.
 */
import { extractPosting } from './index';

(globalThis as { __relanceExtract?: () => unknown }).__relanceExtract = () => extractPosting(document, new URL(location.href));
