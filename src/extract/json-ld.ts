/** First layer: schema.org JobPosting in `<script type="application/ld+json">`, the most reliable source. */
import type { Found } from './clean';

/** Scripts longer than this are skipped: no real posting needs it, and parsing it would stall the page. */
const MAX_SCRIPT_CHARS = 2_000_000;
/** How deep @graph / arrays / mainEntity are followed, and how many nodes are looked at in total. */
const MAX_DEPTH = 20;
const MAX_NODES = 10_000;

type Json = unknown;
type JsonObject = Record<string, Json>;

function isObject(v: Json): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Text of a JSON-LD value: a non-blank string, `{"@value": …}`, or the first of an array of those. */
function text(v: Json, depth = 0): string | null {
  if (typeof v === 'string') return v.trim() ? v : null;
  if (depth > 3) return null;
  if (Array.isArray(v)) {
    for (const item of v) {
      const t = text(item, depth + 1);
      if (t) return t;
    }
    return null;
  }
  if (isObject(v)) return text(v['@value'], depth + 1);
  return null;
}

/** Accepts "JobPosting", ["JobPosting"], "http://schema.org/JobPosting" and "schema:JobPosting". */
function isJobPosting(node: JsonObject): boolean {
  const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']];
  return types.some((t) => typeof t === 'string' && /(?:^|[/:#])JobPosting$/.test(t.trim()));
}

/** Nodes by `@id`, so `"hiringOrganization": {"@id": "#org"}` finds the Organization elsewhere in an @graph. */
type Ids = Map<string, JsonObject>;

function indexIds(root: Json): Ids {
  const ids: Ids = new Map();
  let budget = MAX_NODES;
  const visit = (node: Json, depth: number): void => {
    if (depth > MAX_DEPTH || --budget < 0) return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item, depth + 1);
      return;
    }
    if (!isObject(node)) return;
    const id = node['@id'];
    if (typeof id === 'string' && Object.keys(node).length > 1 && !ids.has(id)) ids.set(id, node);
    visit(node['@graph'], depth + 1);
  };
  visit(root, 0);
  return ids;
}

/** The node itself, or the one its bare `{"@id": …}` reference points to. */
function deref(v: Json, ids: Ids): Json {
  if (isObject(v) && typeof v['@id'] === 'string' && Object.keys(v).length === 1) return ids.get(v['@id']) ?? v;
  return v;
}

/** The first JobPosting in a parsed block, breadth-limited and depth-limited. */
function findJobPosting(root: Json): JsonObject | null {
  let budget = MAX_NODES;
  const visit = (node: Json, depth: number): JsonObject | null => {
    if (depth > MAX_DEPTH || --budget < 0) return null;
    if (Array.isArray(node)) {
      for (const item of node) {
        const found = visit(item, depth + 1);
        if (found || budget < 0) return found;
      }
      return null;
    }
    if (!isObject(node)) return null;
    if (isJobPosting(node)) return node;
    // A posting is often nested as the page's mainEntity, or listed in an @graph.
    return visit(node['@graph'], depth + 1) ?? visit(node.mainEntity, depth + 1);
  };
  return visit(root, 0);
}

/** Sites break JSON-LD with raw newlines in strings or wrap it in comments / CDATA: repair those only. */
function parse(source: string): Json {
  const body = source
    .trim()
    .replace(/^(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)$/, '');
  try {
    return JSON.parse(body);
  } catch {
    // Raw control characters are invalid inside JSON strings and plain whitespace outside them.
    return JSON.parse(body.replace(/[\u0000-\u001f]/g, ' '));
  }
}

/** hiringOrganization as an Organization, a plain name, a reference, or an array of those: the first named one. */
function company(org: Json, ids: Ids): string | null {
  const list = Array.isArray(org) ? org.slice(0, 20) : [org];
  for (const item of list) {
    const node = deref(item, ids);
    const name = isObject(node) ? (text(node.name) ?? text(node.legalName)) : text(node);
    if (name) return name;
  }
  return null;
}

function country(v: Json): string | null {
  return isObject(v) ? text(v.name) : text(v);
}

/** "Lyon, Auvergne-Rhône-Alpes, France" from a Place, a PostalAddress or a plain string. */
function place(value: Json, ids: Ids): string | null {
  const p = deref(value, ids);
  if (!isObject(p)) return text(p);
  // Some sites put the address fields on the Place itself.
  const address = deref(Array.isArray(p.address) ? p.address[0] : (p.address ?? (p.addressLocality ? p : undefined)), ids);
  if (!isObject(address)) return text(address) ?? text(p.name);
  const parts = [text(address.addressLocality), text(address.addressRegion), country(address.addressCountry)]
    .map((s) => s?.trim())
    .filter((s): s is string => !!s);
  const distinct = [...new Set(parts)]; // "Singapore, Singapore" reads as a bug
  return distinct.length > 0 ? distinct.join(', ') : text(p.name);
}

/** The countries or regions a remote job is open to (`applicantLocationRequirements`): "United States", "EU". */
function regions(value: Json, ids: Ids): string[] {
  const list = Array.isArray(value) ? value.slice(0, 20) : [value];
  const names = list.map((r) => {
    const node = deref(r, ids);
    return (isObject(node) ? text(node.name) : text(node))?.trim();
  });
  return [...new Set(names.filter((s): s is string => !!s))];
}

/**
 * Every place, "; "-separated; a remote job keeps "Remote" with its places or the regions it is open to
 * ("United States (Remote)"), never dropping either.
 */
function location(posting: JsonObject, ids: Ids): string | null {
  const places = Array.isArray(posting.jobLocation) ? posting.jobLocation.slice(0, 20) : [posting.jobLocation];
  const names = [
    ...new Set(
      places
        .map((p) => place(p, ids))
        .map((s) => s?.trim())
        .filter((s): s is string => !!s),
    ),
  ];
  const kinds = Array.isArray(posting.jobLocationType) ? posting.jobLocationType : [posting.jobLocationType];
  const remote = kinds.some((k) => typeof k === 'string' && k.trim().toUpperCase() === 'TELECOMMUTE');
  if (!remote || names.some((n) => /remote|t[ée]l[ée]travail/i.test(n)))
    return names.length > 0 ? names.join('; ') : remote ? 'Remote' : null;
  const where = names.length > 0 ? names : regions(posting.applicantLocationRequirements, ids);
  return where.length > 0 ? `${where.join('; ')} (Remote)` : 'Remote';
}

/** Fields of the first JobPosting among the page's JSON-LD blocks; broken blocks are skipped. */
export function fromJsonLd(doc: Document): Found {
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    const type = (script.getAttribute('type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/ld+json') continue;
    const source = script.textContent ?? '';
    if (source.length > MAX_SCRIPT_CHARS) continue;
    let root: Json;
    let posting: JsonObject | null;
    try {
      root = parse(source);
      posting = findJobPosting(root);
    } catch {
      continue; // truncated or otherwise invalid JSON
    }
    if (!posting) continue;
    const ids = indexIds(root);
    return {
      title: text(posting.title) ?? text(posting.name),
      company: company(posting.hiringOrganization, ids),
      location: location(posting, ids),
      url: text(posting.url),
    };
  }
  return {};
}
