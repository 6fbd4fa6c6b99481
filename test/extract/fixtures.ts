/** Loading fixture pages under happy-dom. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// A path, not `new URL(…, import.meta.url)`: under happy-dom the global URL is not the one node's fs accepts.
export const pagesDir = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/pages');

export const fixture = (name: string): string => readFileSync(join(pagesDir, name), 'utf8');
export const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
export const page = (name: string): Document => parse(fixture(name));
