/** The dashboard's hash routes: `#` the list, `#app/<id>`, `#app/<id>/outcome`, `#settings`. */
export type Route = { page: 'list' } | { page: 'app'; id: string; outcome: boolean } | { page: 'settings' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  if (path === 'settings') return { page: 'settings' };
  const m = /^app\/([^/]+)(\/outcome)?$/.exec(path);
  if (m) {
    try {
      return { page: 'app', id: decodeURIComponent(m[1]!), outcome: Boolean(m[2]) };
    } catch {
      // A malformed escape: fall through to the list.
    }
  }
  return { page: 'list' };
}

export function hrefOf(route: Route): string {
  switch (route.page) {
    case 'list':
      return '#';
    case 'settings':
      return '#settings';
    case 'app':
      return `#app/${encodeURIComponent(route.id)}${route.outcome ? '/outcome' : ''}`;
  }
}
