/**
 * Workday career sites. URL shapes handled:
 * - https://<tenant>.wd<n>.myworkdayjobs.com/[<locale>/]<site>/job/<location>/<title>_<requisition id>[/apply]
 * - https://<tenant>.wd<n>.myworkdayjobs.com/[<locale>/]<site>/details/<title>_<requisition id>
 * - https://wd<n>.myworkdaysite.com/[<locale>/]recruiting/<tenant>/<site>/job/…
 * - listing: https://<tenant>.wd<n>.myworkdayjobs.com/[<locale>/]<site>?q=…
 */
import type { SiteDeclaration } from '../../types';

/**
 * A requisition id is unique within a tenant, and the same requisition posted on two career sites or in
 * two locales (with translated title slugs) is one job, so the key is tenant + requisition id only.
 */
function jobId(url: URL): string | null {
  const segments = url.pathname.split('/').filter(Boolean);
  let tenant = url.hostname.endsWith('.myworkdayjobs.com') ? url.hostname.split('.')[0]! : null;
  const recruiting = segments.indexOf('recruiting');
  if (recruiting >= 0) tenant = segments[recruiting + 1] ?? null;
  const marker = segments.findIndex((s) => s === 'job' || s === 'details');
  if (!tenant || marker < 0) return null;
  for (const segment of segments.slice(marker + 1)) {
    // "Title_R12345", "Title_JR-0042", "Title_REQ_123": the id is what follows the last title word.
    const req = /_([A-Z]{1,5}_\d[\w-]*|[A-Za-z0-9-]*\d[A-Za-z0-9-]*)$/.exec(segment)?.[1];
    if (req && req.length <= 40) return `${tenant.toLowerCase()}/${req.toUpperCase()}`;
  }
  return null;
}

/** Workday (sites/registry.ts). */
export const site = {
  id: 'workday',
  hosts: /(?:\.myworkdayjobs\.com|(?:^|\.)myworkdaysite\.com)$/,
  matches: ['https://*.myworkdayjobs.com/*', 'https://*.myworkdaysite.com/*'],
  hints: ['myworkday'],
  jobId,
} as const satisfies SiteDeclaration;

/*
 * Fixtures: test/fixtures/pages/workday/job.html (JSON-LD), search.html (3 results).
 * Live URL shapes:
 *   https://acme.wd3.myworkdayjobs.com/en-US/External/job/Paris-France/Data-Engineer_R0012345
 *   https://acme.wd3.myworkdayjobs.com/fr-FR/External/job/Paris-France/Ingnieur-Donnes_R0012345/apply
 *   https://acme.wd3.myworkdayjobs.com/External/details/Data-Engineer_R0012345
 *   https://wd3.myworkdaysite.com/recruiting/acme/External/job/Paris-France/Data-Engineer_R0012345
 */
