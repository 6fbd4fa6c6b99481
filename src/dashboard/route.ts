/**
 * The dashboard's hash routes: `#` the list, `#app/<id>`, `#app/<id>/outcome` (its outcome form),
 * `#app/<id>/thank-you` (its thank-you e-mail draft, shown and focused), `#settings`.
 */
export type Route = { page: 'list' } | { page: 'app'; id: string; outcome: boolean; thanks?: true } | { page: 'settings' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  if (path === 'settings') return { page: 'settings' };
  const m = /^app\/([^/]+)(?:(\/outcome)|\/thank-you)?$/.exec(path);
  if (m) {
    try {
      const id = decodeURIComponent(m[1]!);
      return path.endsWith('/thank-you') ? { page: 'app', id, outcome: false, thanks: true } : { page: 'app', id, outcome: Boolean(m[2]) };
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
      return `#app/${encodeURIComponent(route.id)}${route.outcome ? '/outcome' : route.thanks ? '/thank-you' : ''}`;
  }
}
