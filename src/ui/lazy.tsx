import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** A component whose module loads on first use; `preload` starts (or joins) the load ahead of it. */
export type Lazy<P> = ComponentType<P> & { preload: () => Promise<unknown> };

/**
 * A component loaded when first shown (a dynamic import: its own chunk, out of the page's first
 * script). Once loaded it renders at once; until then it renders nothing and the load is started.
 * A failed load is retried on the next mount.
 */
export function lazy<P extends object>(load: () => Promise<ComponentType<P>>): Lazy<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = (): Promise<ComponentType<P>> =>
    (loading ??= load().then(
      (c) => (loaded = c),
      (e: unknown) => {
        loading = null;
        throw e;
      },
    ));
  function LazyComponent(props: P) {
    const [Loaded, setLoaded] = useState<ComponentType<P> | null>(() => loaded);
    useEffect(() => {
      if (Loaded) return;
      let live = true;
      preload().then(
        (c) => live && setLoaded(() => c),
        () => {},
      );
      return () => {
        live = false;
      };
    }, []);
    return Loaded ? <Loaded {...props} /> : null;
  }
  return Object.assign(LazyComponent, { preload });
}
