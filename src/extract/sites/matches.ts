/**
 * The pages of the job sites, from the registry: where the content script runs (manifest
 * `content_scripts.matches`, written by build.mjs from this list), and so the only pages whose content
 * scripts may ask the service worker for job states. Not in the content script's bundle.
 */
import { matchPatternToRegExp } from '../../core/match-pattern';
import { SITES } from './registry';

/** Every site's match patterns, in registry order. */
export const JOB_SITE_MATCHES: readonly string[] = SITES.flatMap((s) => s.matches);

const JOB_SITE_RES = JOB_SITE_MATCHES.map(matchPatternToRegExp);

/** Whether a page address is one of the job sites' pages. */
export function isJobSiteUrl(url: string): boolean {
  return JOB_SITE_RES.some((re) => re.test(url));
}
