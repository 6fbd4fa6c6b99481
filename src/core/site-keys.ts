/**
 * Per-site job keys: the job's own id on the sites job seekers use, as `"<site>:<id>"`. Pure: URL in,
 * key out. A key never starts with `http`, so it can never equal a URL key (core/job-key.ts).
 *
 * Every rule reads only what identifies the job (an id in the path or one query parameter) and ignores
 * the host's locale, so a search page, a view page, a share link and another locale of the same job give
 * the same key. Ids are lower-cased where the site treats them case-insensitively.
 */

export const SITE_IDS = [
  'linkedin',
  'indeed',
  'wttj',
  'francetravail',
  'apec',
  'hellowork',
  'glassdoor',
  'greenhouse',
  'lever',
  'workday',
  'smartrecruiters',
  'ashby',
  'teamtailor',
  'jobteaser',
  'monster',
] as const;
export type SiteId = (typeof SITE_IDS)[number];

/** Country-code or generic top-level domains a board runs on: indeed.fr, indeed.co.uk, glassdoor.com.au. */
const ANY_TLD = String.raw`[a-z]{2,3}(?:\.[a-z]{2})?`;

/** The hosts each site serves job pages from; the adapters in extract/sites reuse them. */
export const SITE_HOSTS: Readonly<Record<SiteId, RegExp>> = {
  linkedin: /(?:^|\.)linkedin\.com$/,
  indeed: new RegExp(String.raw`(?:^|\.)indeed\.${ANY_TLD}$`),
  wttj: /(?:^|\.)welcometothejungle\.(?:com|co)$/,
  francetravail: /^candidat\.(?:francetravail|pole-emploi)\.fr$/,
  apec: /(?:^|\.)apec\.fr$/,
  hellowork: /(?:^|\.)hellowork\.com$/,
  glassdoor: new RegExp(String.raw`(?:^|\.)glassdoor\.${ANY_TLD}$`),
  greenhouse: /(?:^|\.)greenhouse\.io$/,
  lever: /^jobs(?:\.eu)?\.lever\.co$/,
  workday: /(?:\.myworkdayjobs\.com|(?:^|\.)myworkdaysite\.com)$/,
  smartrecruiters: /^(?:jobs|careers)\.smartrecruiters\.com$/,
  ashby: /^jobs\.ashbyhq\.com$/,
  teamtailor: /^[a-z0-9-]+\.(?:[a-z]{2}\.)?teamtailor\.com$/,
  jobteaser: /(?:^|\.)jobteaser\.com$/,
  monster: new RegExp(String.raw`(?:^|\.)monster\.${ANY_TLD}$`),
};

/**
 * A cheap test on a raw href, before parsing it: every URL a site rule (or an embed or redirect carrying
 * one) accepts contains one of these. Lets a listing page's hundreds of other links be skipped unparsed.
 */
export const SITE_HINT =
  /linkedin\.|indeed\.|welcometothejungle\.|francetravail\.|pole-emploi\.|apec\.fr|hellowork\.|glassdoor\.|greenhouse\.io|lever\.co|myworkday|smartrecruiters\.|ashbyhq\.|teamtailor\.|jobteaser\.|monster\.|gh_jid|ashby_jid/i;

const UUID = `[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`;
const UUID_ONLY = new RegExp(`^${UUID}$`, 'i');
/** An optional locale segment: /fr/, /en-us/, /fr-fr/. */
const LOCALE = `(?:/[a-z]{2}(?:[-_][a-z]{2})?)?`;

/** Path shapes, compiled once: rules run for every link of a listing page. */
const PATH = {
  wttj: new RegExp(`^${LOCALE}/companies/([^/]+)/jobs/([^/]+)`, 'i'),
  companyUuid: new RegExp(`^/[^/]+/(${UUID})(?:/|$)`, 'i'),
  teamtailor: new RegExp(`^${LOCALE}/jobs/(\\d{1,12})(?:-[^/]*)?(?:/|$)`, 'i'),
  jobteaser: new RegExp(`^${LOCALE}/job-offers/(${UUID}|\\d{3,15})(?:-|/|$)`, 'i'),
  monster: new RegExp(`/job-openings/(?:[^/]*-)?(${UUID})(?:/|$)`, 'i'),
};

/** First value of a query parameter, matched case-insensitively (`JobID`, `jobId`). */
function param(url: URL, ...names: string[]): string | null {
  for (const name of names) {
    const exact = url.searchParams.get(name);
    if (exact) return exact;
  }
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  for (const [name, value] of url.searchParams) if (wanted.has(name.toLowerCase()) && value) return value;
  return null;
}

const DIGITS = /^\d{1,20}$/;
const digits = (v: string | null, min = 1) => {
  const t = v?.trim();
  return t && t.length >= min && DIGITS.test(t) ? t : null;
};
const uuid = (v: string | null) => (v !== null && UUID_ONLY.test(v.trim()) ? v.trim().toLowerCase() : null);
/** A path slug as a key part: lower case, only URL-safe characters, bounded. */
const slug = (v: string | undefined) => (v && /^[\w.~%-]{1,200}$/.test(v) ? v.toLowerCase() : null);

const key = (site: SiteId, id: string | null) => (id ? `${site}:${id}` : null);

/** The id of a job on one site, from a URL already known to be on that site's hosts. */
type IdRule = (url: URL) => string | null;

const RULES: Readonly<Record<SiteId, IdRule>> = {
  // /jobs/view/<id>, /jobs/view/<title-at-company>-<id> (guest pages), /comm/jobs/view/<id> (e-mails),
  // /jobs-guest/jobs/api/jobPosting/<id>, and any page with the selected job in currentJobId.
  // A bare id may be short; one after a slug must be long, or "…/jobs/view/engineer-level-2" would match.
  linkedin: (url) =>
    /\/jobs\/view\/(?:(\d{1,20})|[^/]*-(\d{5,20}))(?:\/|$)/.exec(url.pathname)?.slice(1).find(Boolean) ??
    /\/jobs-guest\/jobs\/api\/jobPosting\/(\d{1,20})(?:\/|$)/.exec(url.pathname)?.[1] ??
    digits(param(url, 'currentJobId')),
  // viewjob?jk=, rc/clk?jk= (tracking redirect), applystart?jk=, and search pages' selected job vjk=.
  indeed: (url) => {
    const jk = param(url, 'jk') ?? param(url, 'vjk');
    return jk && /^[0-9a-z]{8,40}$/i.test(jk) ? jk.toLowerCase() : null;
  },
  // /<lang>/companies/<company>/jobs/<job-slug>: the slug alone is not unique across companies.
  wttj: (url) => {
    const m = PATH.wttj.exec(url.pathname);
    const company = slug(m?.[1]);
    const job = slug(m?.[2]);
    return company && job ? `${company}/${job}` : null;
  },
  // /offres/recherche/detail/<id> (ids like 183XKZT), also on the former candidat.pole-emploi.fr.
  francetravail: (url) => /\/offres\/(?:[^/]+\/)*detail\/([0-9a-z]{5,12})(?:\/|$)/i.exec(url.pathname)?.[1]?.toUpperCase() ?? null,
  // …/emploi/detail-offre/<number><letter> (e.g. 174123456W).
  apec: (url) => /\/detail-offre\/(\d{5,12}[a-z]?)(?:[/?]|$)/i.exec(url.pathname)?.[1]?.toUpperCase() ?? null,
  // /fr-fr/emplois/<id>.html and the English /en-gb/jobs/<id>.html.
  hellowork: (url) => /\/(?:emplois|emploi|jobs)\/(\d{4,15})\.html$/i.exec(url.pathname)?.[1] ?? null,
  // jl= on job-listing (…_JV_IC…_KO…_KE….htm), search and partner pages; jobListingId= on older links.
  glassdoor: (url) => digits(param(url, 'jl', 'jobListingId'), 4),
  // Job ids are global across Greenhouse, so the board is left out: the board page and the employer's
  // page embedding it (?gh_jid=, see EMBED_RULES) then give the same key.
  greenhouse: (url) =>
    /\/jobs\/(\d{4,20})(?:\/|$)/.exec(url.pathname)?.[1] ??
    (/\/embed\/job_app/.test(url.pathname) ? digits(param(url, 'token'), 4) : null) ??
    digits(param(url, 'gh_jid'), 4),
  // /<company>/<uuid>, /<company>/<uuid>/apply. Posting UUIDs are global.
  lever: (url) => uuid(PATH.companyUuid.exec(url.pathname)?.[1] ?? null),
  workday: workdayId,
  // /<Company>/<numeric id>-<slug>: ids are per company.
  smartrecruiters: (url) => {
    const m = /^\/([^/]+)\/(\d{6,20})(?:-[^/]*)?(?:\/|$)/.exec(url.pathname);
    const company = slug(m?.[1]);
    return company && m?.[2] ? `${company}/${m[2]}` : null;
  },
  // /<company>/<uuid>, /<company>/<uuid>/application. UUIDs are global; ?ashby_jid= embeds match too.
  ashby: (url) => uuid(PATH.companyUuid.exec(url.pathname)?.[1] ?? null) ?? uuid(param(url, 'ashby_jid')),
  // <company>.teamtailor.com/[<locale>/]jobs/<id>-<slug>: ids are per career site.
  teamtailor: (url) => {
    const id = PATH.teamtailor.exec(url.pathname)?.[1];
    return id ? `${url.hostname.split('.')[0]}/${id}` : null;
  },
  // /<lang>/job-offers/<uuid or number>-<slug>, also on schools' <school>.jobteaser.com.
  jobteaser: (url) => {
    const m = PATH.jobteaser.exec(url.pathname);
    return m?.[1]?.toLowerCase() ?? null;
  },
  // /job-openings/<slug>--<uuid>, search pages' selected job ?id=<uuid>, older /v2/job/View?JobID=<n>.
  monster: (url) => uuid(PATH.monster.exec(url.pathname)?.[1] ?? null) ?? uuid(param(url, 'jobid', 'id')) ?? digits(param(url, 'jobid'), 4),
};

/**
 * Workday: <tenant>.wd<n>.myworkdayjobs.com/[<locale>/]<site>/job/<location>/<title>_<requisition>
 * (or /<site>/details/<title>_<requisition>), and wd<n>.myworkdaysite.com/recruiting/<tenant>/<site>/job/….
 * A requisition id is unique within a tenant, and the same requisition posted on two career sites or in
 * two locales (with translated title slugs) is one job, so the key is tenant + requisition id only.
 */
function workdayId(url: URL): string | null {
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

/** Parameters that embed another site's job in an employer's own page, on any host. */
const EMBED_RULES: ReadonlyArray<[SiteId, (url: URL) => string | null]> = [
  ['greenhouse', (url) => digits(param(url, 'gh_jid'), 4)],
  ['ashby', (url) => uuid(param(url, 'ashby_jid'))],
];

/** Parameters redirectors and share links carry the destination in (LinkedIn /redir, Google /url, …). */
const REDIRECT_PARAMS = [
  'url',
  'u',
  'q',
  'dest',
  'destination',
  'redirect',
  'redirect_url',
  'redirecturl',
  'target',
  'to',
  'next',
  'continue',
  'session_redirect',
];

/** Which site serves `url`, or null. */
export function siteOf(url: URL): SiteId | null {
  const host = url.hostname.toLowerCase();
  for (const site of SITE_IDS) if (SITE_HOSTS[site].test(host)) return site;
  return null;
}

/** The key of the job `url` shows on `site`, or null; does not check the host. */
export function siteJobKey(site: SiteId, url: URL): string | null {
  try {
    return key(site, RULES[site](url));
  } catch {
    return null;
  }
}

function directKey(url: URL): string | null {
  const site = siteOf(url);
  const own = site ? siteJobKey(site, url) : null;
  if (own) return own;
  for (const [embedded, rule] of EMBED_RULES) {
    const id = rule(url);
    if (id) return key(embedded, id);
  }
  return null;
}

/**
 * The site key of the job at `url` (any site: the rules check the host), following one level of
 * redirect or share link whose destination is an absolute http(s) URL in a query parameter. Null when no
 * site rule applies: the caller then keys the job by its canonical URL.
 */
export function siteKeyOf(url: URL): string | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const direct = directKey(url);
  if (direct) return direct;
  for (const [name, value] of url.searchParams) {
    if (!REDIRECT_PARAMS.includes(name.toLowerCase()) || !/^https?:\/\//i.test(value)) continue;
    try {
      const target = new URL(value);
      const found = directKey(target);
      if (found) return found;
    } catch {
      // not a URL after all
    }
  }
  return null;
}

/** `linkedin:123`, `workday:acme/R123`: a site key's shape, for validating keys that cross a boundary. */
export const SITE_KEY_PATTERN = new RegExp(`^(?:${SITE_IDS.join('|')}):[\\w.~%/-]{1,420}$`);
