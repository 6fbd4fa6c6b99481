/**
 * A page's boot script (dashboard-boot.js: a small classic script run while the page's HTML is parsed,
 * before its module script is even fetched) hands what it started to the page's module through one
 * global of the page. Taken once: a retry starts afresh.
 */
const BOOT = '__relanceBoot';

/** Called by the boot script. */
export function handOff<T>(boot: T): void {
  (globalThis as Record<string, unknown>)[BOOT] = boot;
}

/** What the boot script started, if it ran. */
export function takeBoot<T>(): T | undefined {
  const g = globalThis as Record<string, unknown>;
  const boot = g[BOOT] as T | undefined;
  delete g[BOOT];
  return boot;
}

/** A value a page uses once (what its boot script started): the first call gives it, later ones undefined (a retry starts afresh). */
export function takeOnce<T>(value: T | undefined): () => T | undefined {
  let left = value;
  return () => {
    const out = left;
    left = undefined;
    return out;
  };
}
