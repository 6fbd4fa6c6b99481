/**
 * schema.org microdata: `<div itemscope itemtype="https://schema.org/JobPosting">` with `itemprop`
 * children (France Travail and SmartRecruiters pages use it). Only properties that belong to the item
 * itself are read, not those of items nested in it, as the microdata spec scopes them.
 */
import { plainText, type Found } from './clean';

/** Properties looked at per item: a posting has a few dozen; a hostile page may have millions. */
const MAX_PROPS = 2_000;

/** The elements of each property name that belong to `scope` itself (not to a nested item), in page order. */
function allProperties(scope: Element): Map<string, Element[]> {
  const props = new Map<string, Element[]>();
  const all = scope.querySelectorAll('[itemprop]');
  for (let i = 0; i < all.length && i < MAX_PROPS; i++) {
    const el = all[i]!;
    if (el.parentElement?.closest('[itemscope]') !== scope) continue;
    for (const name of (el.getAttribute('itemprop') ?? '').split(/\s+/)) {
      if (!name) continue;
      const list = props.get(name);
      if (list) list.push(el);
      else props.set(name, [el]);
    }
  }
  return props;
}

/** The first element of each property name that belongs to `scope` itself. */
function properties(scope: Element): Map<string, Element> {
  return new Map([...allProperties(scope)].map(([name, list]) => [name, list[0]!]));
}

/** A property's value as the microdata spec reads it: content, href/src, datetime, else the text. */
function value(el: Element | undefined): string | null {
  if (!el) return null;
  if (el.hasAttribute('content')) return el.getAttribute('content');
  const tag = el.tagName.toLowerCase();
  if (tag === 'a' || tag === 'link' || tag === 'area') return el.getAttribute('href');
  if (tag === 'img' || tag === 'source' || tag === 'iframe') return el.getAttribute('src');
  if (tag === 'time' && el.hasAttribute('datetime')) return el.getAttribute('datetime');
  return plainText(el);
}

/** Text of a property that may be a nested item (then its `name`) or plain text. */
function named(el: Element | undefined): string | null {
  if (!el) return null;
  return el.hasAttribute('itemscope') ? (value(properties(el).get('name')) ?? value(properties(el).get('legalName'))) : value(el);
}

function place(el: Element | undefined): string | null {
  if (!el) return null;
  if (!el.hasAttribute('itemscope')) return value(el);
  const props = properties(el);
  const address = props.get('address');
  const fields = address?.hasAttribute('itemscope') ? properties(address) : props;
  const parts = ['addressLocality', 'addressRegion', 'addressCountry']
    .map((name) => named(fields.get(name))?.replace(/\s+/g, ' ').trim())
    .filter((s): s is string => !!s);
  const distinct = [...new Set(parts)];
  return distinct.length > 0 ? distinct.join(', ') : (value(address) ?? named(props.get('name')));
}

export function fromMicrodata(doc: Document): Found {
  for (const item of Array.from(doc.querySelectorAll('[itemscope][itemtype]')).slice(0, 50)) {
    const types = (item.getAttribute('itemtype') ?? '').split(/\s+/);
    if (!types.some((t) => /^https?:\/\/schema\.org\/JobPosting$/i.test(t))) continue;
    const all = allProperties(item);
    const props = new Map([...all].map(([name, list]) => [name, list[0]!]));
    const remote = /TELECOMMUTE/i.test(value(props.get('jobLocationType')) ?? '');
    // Every place the posting lists, as the JSON-LD layer gives them.
    const places = [...new Set((all.get('jobLocation') ?? []).slice(0, 20).map((el) => place(el)?.replace(/\s+/g, ' ').trim()))];
    const where = places.filter((p): p is string => !!p).join('; ');
    return {
      title: value(props.get('title')) ?? value(props.get('name')),
      company: named(props.get('hiringOrganization')),
      location: where ? (remote && !/remote/i.test(where) ? `${where} (Remote)` : where) : remote ? 'Remote' : null,
      url: value(props.get('url')),
    };
  }
  return {};
}
