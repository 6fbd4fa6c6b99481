/** How many addresses an application keeps: enough for every board and redirect it was seen at. */
const MAX_KNOWN_URLS = 20;

/** The addresses an application was seen at, united (first seen first) and capped. */
export function mergeUrls(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])].slice(0, MAX_KNOWN_URLS);
}
