/**
 * Turns untrusted page text into plain, capped text.
 *
 * Why a regex stripper and a small entity table rather than DOMParser: DOMParser documents are inert,
 * but this code also runs in the page's content-script world and in node tests, and a string-only
 * cleaner parses nothing, loads nothing and behaves the same everywhere. It only has to be tidy, not a
 * sanitiser: its output is always rendered as text (never as HTML) by the UI.
 */
import { canonicalUrl } from '../core/job-key';

/** Raw text one extraction layer found, before cleaning. */
export interface Found {
  title?: string | null;
  company?: string | null;
  location?: string | null;
  url?: string | null;
  /**
   * The site key of the job the page shows when the page's address does not name it (a search page's
   * open pane); only a site's posting reader gives one.
   */
  key?: string | null;
}

// Latin-1 letters and the punctuation job titles actually use; numeric references cover the rest.
// Built by a pure call, so that a bundle that reads no entities (the content script) leaves the table out.
const NAMED = /* @__PURE__ */ namedEntities({
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  shy: '',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  bull: '•',
  middot: '·',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  plusmn: '±',
  times: '×',
  divide: '÷',
  sect: '§',
  para: '¶',
  iexcl: '¡',
  iquest: '¿',
  ordf: 'ª',
  ordm: 'º',
  sup1: '¹',
  sup2: '²',
  sup3: '³',
  frac12: '½',
  frac14: '¼',
  frac34: '¾',
  micro: 'µ',
  szlig: 'ß',
  OElig: 'Œ',
  oelig: 'œ',
  Scaron: 'Š',
  scaron: 'š',
  Yuml: 'Ÿ',
  yuml: 'ÿ',
  fnof: 'ƒ',
  thinsp: ' ',
  ensp: ' ',
  emsp: ' ',
  zwnj: '',
  zwj: '',
  AElig: 'Æ',
  aelig: 'æ',
  Aring: 'Å',
  aring: 'å',
  Ccedil: 'Ç',
  ccedil: 'ç',
  ETH: 'Ð',
  eth: 'ð',
  Ntilde: 'Ñ',
  ntilde: 'ñ',
  Oslash: 'Ø',
  oslash: 'ø',
  THORN: 'Þ',
  thorn: 'þ',
});

/** The named entities, with the accented vowels: &Eacute; &egrave; &ocirc; &uuml; …, from the base letter and a combining mark. */
function namedEntities(named: Record<string, string>): Record<string, string> {
  const marks: Record<string, string> = { acute: '\u0301', grave: '\u0300', circ: '\u0302', uml: '\u0308', tilde: '\u0303' };
  for (const letter of 'AEIOUYaeiouy') {
    for (const [mark, combining] of Object.entries(marks)) named[letter + mark] = (letter + combining).normalize('NFC');
  }
  return named;
}

/** Decodes numeric references and the common named entities; unknown names are left as written. */
function decodeEntities(s: string): string {
  return s.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));/g, (whole, dec, hex, name) => {
    if (name !== undefined) return Object.hasOwn(NAMED, name) ? NAMED[name]! : whole;
    const code = dec !== undefined ? Number(dec) : parseInt(hex, 16);
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return valid ? String.fromCodePoint(code) : '\uFFFD';
  });
}

// Only tag-shaped text: "<b>", "</div >", "<!-- … -->", "<!DOCTYPE>"; "a < b > c" is left alone.
const TAG = /<(?:\/?[a-zA-Z][^<>]*|!--[\s\S]*?--|![^<>]*)>/g;
const SCRIPT_OR_STYLE = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

// "&amp;eacute;", "&amp;amp;": entities encoded twice, as CMSs often write them into JSON-LD.
const DOUBLE_ENCODED = /&amp;(?=#?[a-zA-Z0-9]{1,32};)/g;

/** Removes markup; twice around decoding, because JSON-LD often carries markup escaped as `&lt;b&gt;`. */
function stripMarkup(s: string): string {
  if (!s.includes('<') && !s.includes('&')) return s; // most page text: nothing to strip or decode
  const strip = (t: string) => t.replace(SCRIPT_OR_STYLE, ' ').replace(TAG, ' ');
  return strip(decodeEntities(strip(s).replace(DOUBLE_ENCODED, '&')));
}

const HIDDEN_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/**
 * The text of an element as a reader sees it: its textContent without the contents of script, style,
 * template and noscript elements. No layout read (innerText would need one); bounded to `max` characters.
 */
export function plainText(el: Element | null | undefined, max = 20_000): string | null {
  if (!el) return null;
  if (!el.firstElementChild) return el.textContent; // text only: the common case, and the cheapest
  let out = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child && out.length < max; child = child.nextSibling) {
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (child.nodeType === 1 && !HIDDEN_TAGS.has((child as Element).tagName.toUpperCase())) walk(child);
    }
  };
  walk(el);
  return out;
}

// C0/C1 controls, bidi overrides and invisible characters that could disguise or reorder displayed text.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

/**
 * Plain text of at most `max` UTF-16 units, or null when nothing is left. Accepts any value so callers
 * can pass what JSON.parse gave them.
 */
export function cleanText(value: unknown, max: number): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  // Bound the regex work: a few times the cap leaves room for the markup that will be stripped.
  const raw = String(value).slice(0, Math.max(max * 8, 4096));
  let text = stripMarkup(raw)
    .replace(/[\t\n\r\f\v]/g, ' ') // whitespace first, so "a\nb" becomes "a b" rather than "ab"
    .replace(INVISIBLE, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length > max) {
    text = text.slice(0, max);
    if (/[\ud800-\udbff]$/.test(text)) text = text.slice(0, -1); // do not split a surrogate pair
    text = text.trimEnd();
  }
  return text === '' ? null : text;
}

/**
 * A place list ("New York, NY; San Francisco, CA; …") as plain text of at most `max` units: whole places
 * while they fit, then how many were left out ("… (+3)"), never a place cut in the middle. Other text is
 * capped as cleanText does.
 */
export function cleanPlaces(value: unknown, max: number): string | null {
  const text = cleanText(value, max * 8);
  if (text === null || text.length <= max) return text;
  const places = text.split(/\s*;\s*/).filter(Boolean);
  let kept = '';
  for (let i = 0; i < places.length; i++) {
    const next = kept ? `${kept}; ${places[i]}` : places[i]!;
    const rest = places.length - i - 1;
    if (next.length + (rest > 0 ? ` (+${rest})`.length : 0) > max) {
      return kept ? `${kept} (+${places.length - i})` : cleanText(text, max);
    }
    kept = next;
  }
  return kept;
}

/**
 * An http(s) address resolved against the page, in canonical form (core/job-key.ts), or null.
 * Rejects `javascript:`, `data:` and the like. Entities are decoded because JSON-LD strings sometimes
 * carry `&amp;` in URLs.
 */
export function cleanUrl(value: unknown, base: URL): string | null {
  if (typeof value !== 'string' || value.length > 16_384) return null;
  const raw = decodeEntities(value).replace(INVISIBLE, '').trim();
  if (raw === '') return null;
  try {
    return canonicalUrl(new URL(raw, base).href);
  } catch {
    return null;
  }
}
