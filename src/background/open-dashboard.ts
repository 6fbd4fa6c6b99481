import type { Ports } from './ports';

/** The dashboard's address: the list, an application (`#app/<id>`), or its outcome form (`#app/<id>/outcome`). */
function dashboardUrl(runtime: Ports['runtime'], applicationId?: string, outcome = false): string {
  const hash = applicationId ? `#app/${encodeURIComponent(applicationId)}${outcome ? '/outcome' : ''}` : '';
  return runtime.getURL(`dashboard.html${hash}`);
}

/** Opens the dashboard in a new tab, optionally on one application or its outcome form. */
export async function openDashboard(
  { runtime, tabs }: Pick<Ports, 'runtime' | 'tabs'>,
  applicationId?: string,
  outcome = false,
): Promise<void> {
  await tabs.create({ url: dashboardUrl(runtime, applicationId, outcome) });
}
