import type Browser from 'webextension-polyfill';

type Ext = typeof Browser;

/** The dashboard's address: the list, an application (`#app/<id>`), or its outcome form (`#app/<id>/outcome`). */
export function dashboardUrl(ext: Ext, applicationId?: string, outcome = false): string {
  const hash = applicationId ? `#app/${encodeURIComponent(applicationId)}${outcome ? '/outcome' : ''}` : '';
  return ext.runtime.getURL(`dashboard.html${hash}`);
}

/** Opens the dashboard in a new tab, optionally on one application or its outcome form. */
export async function openDashboard(ext: Ext, applicationId?: string, outcome = false): Promise<void> {
  await ext.tabs.create({ url: dashboardUrl(ext, applicationId, outcome) });
}
