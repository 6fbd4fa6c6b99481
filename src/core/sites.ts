/**
 * The job sites the content script runs on (manifest `content_scripts.matches`; a test keeps the two
 * equal). Only these pages get listing chips, and only content scripts on them may ask the service
 * worker for job states. Match-pattern syntax: https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns
 */
export const JOB_SITE_MATCHES: readonly string[] = [
  'https://*.linkedin.com/jobs/*',
  'https://*.indeed.com/*',
  'https://*.indeed.fr/*',
  'https://*.indeed.co.uk/*',
  'https://*.indeed.de/*',
  'https://*.indeed.ca/*',
  'https://*.welcometothejungle.com/*',
  'https://candidat.francetravail.fr/offres/*',
  'https://candidat.pole-emploi.fr/offres/*',
  'https://www.apec.fr/*',
  'https://*.hellowork.com/*',
  'https://*.glassdoor.com/*',
  'https://*.glassdoor.fr/*',
  'https://*.glassdoor.co.uk/*',
  'https://*.glassdoor.de/*',
  'https://*.glassdoor.ca/*',
  'https://boards.greenhouse.io/*',
  'https://job-boards.greenhouse.io/*',
  'https://job-boards.eu.greenhouse.io/*',
  'https://jobs.lever.co/*',
  'https://jobs.eu.lever.co/*',
  'https://*.myworkdayjobs.com/*',
  'https://*.myworkdaysite.com/*',
  'https://jobs.smartrecruiters.com/*',
  'https://careers.smartrecruiters.com/*',
  'https://jobs.ashbyhq.com/*',
  'https://*.teamtailor.com/*',
  'https://*.jobteaser.com/*',
  'https://*.monster.com/*',
  'https://*.monster.fr/*',
];

/** A match pattern as a RegExp over a full URL (scheme, `*.` host wildcard, path glob). */
export function matchPatternToRegExp(pattern: string): RegExp {
  const m = /^(https?|\*):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`Not a match pattern: ${pattern}`);
  const [, scheme, host, path] = m;
  const esc = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const schemeRe = scheme === '*' ? 'https?' : scheme;
  const hostRe = host === '*' ? '[^/]+' : host.startsWith('*.') ? `(?:[^/]+\\.)?${esc(host.slice(2))}` : esc(host);
  const pathRe = esc(path).replace(/\*/g, '.*');
  return new RegExp(`^${schemeRe}://${hostRe}(?::\\d+)?${pathRe}$`);
}

const JOB_SITE_RES = JOB_SITE_MATCHES.map(matchPatternToRegExp);

/** Whether a page address is one of the declared job sites. */
export function isJobSiteUrl(url: string): boolean {
  return JOB_SITE_RES.some((re) => re.test(url));
}
