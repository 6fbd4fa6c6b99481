import type { Ports } from './ports';

/**
 * What the application's page opens on: its outcome form (`#app/<id>/outcome`), or its thank-you
 * e-mail draft shown and focused (`#app/<id>/thank-you`); null for the page as it is.
 */
export type DashboardView = 'outcome' | 'thank-you' | null;

/** The dashboard's address: the list, or an application (`#app/<id>`) and its view. */
function dashboardUrl(runtime: Ports['runtime'], applicationId?: string, view: DashboardView = null): string {
  const hash = applicationId ? `#app/${encodeURIComponent(applicationId)}${view ? `/${view}` : ''}` : '';
  return runtime.getURL(`dashboard.html${hash}`);
}

/** Opens the dashboard in a new tab, optionally on one application and its view. */
export async function openDashboard(
  { runtime, tabs }: Pick<Ports, 'runtime' | 'tabs'>,
  applicationId?: string,
  view: DashboardView = null,
): Promise<void> {
  await tabs.create({ url: dashboardUrl(runtime, applicationId, view) });
}
