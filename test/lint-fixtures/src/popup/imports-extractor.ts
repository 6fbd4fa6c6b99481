// Surfaces never run the page readers: the extractor is injected into the tab by the worker's side.
import { extractPosting } from '../extract/index';
export const forbidden = extractPosting;
