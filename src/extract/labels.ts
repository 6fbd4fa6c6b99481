/**
 * Labelled fields, for boards no adapter reads: "Location: Leeds", "Entreprise : Maison Verrier", a
 * `dt`/`dd` or `th`/`td` pair, an icon followed by its text (a map pin before the place, a building before
 * the company). Text shaped this way names the field, but nothing guarantees it describes this posting
 * (a description may say "Location: EMEA"), so the popup flags what this layer gives as a guess.
 * Only the company and the place are read: a labelled "Role:" line inside a description is too often
 * not the job's title.
 */
import { plainText, type Found } from './clean';

type Field = 'company' | 'location';

/** Labels as boards print them, English and French, compared without case, accents or a trailing colon. */
const LABELS: Record<Field, RegExp> = {
  company: /^(?:company|company name|employer|hiring company|organi[sz]ation|entreprise|employeur|societe|recruteur)$/,
  location:
    /^(?:location|locations|job location|work location|office|offices|city|where|lieu|lieux|lieu de travail|localisation|localite|ville|adresse)$/,
};
/** Icons (class, name, aria-label, alt, data-icon) that stand for a field. */
const ICONS: Record<Field, RegExp> = {
  company: /(?:^|[\s_-])(?:building|company|entreprise|employer|office-building)(?:$|[\s_-])/,
  location: /(?:^|[\s_-])(?:location|map-marker|map-pin|marker|pin|place|geo|localisation|lieu)(?:$|[\s_-])/,
};
const FIELDS: readonly Field[] = ['company', 'location'];

/** Elements looked at: a posting's header and facts come early; a hostile page may have millions. */
const MAX_ELEMENTS = 4_000;
/** A label is short; a value longer than this is a paragraph, not a field. */
const MAX_LABEL = 40;
const MAX_VALUE = 160;
const LABEL_TAGS = 'dt, th, strong, b, label, span, p, li, div, h3, h4, h5, h6, td';
const ICON_TAGS = 'i, svg, img, span[class*="icon"]';
/** Where labels are not the posting's: search forms, navigation, footers. */
const OUTSIDE = 'form, nav, footer, [role="search"], [role="navigation"], select, button, script, style, template';

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** The field a short text labels ("Lieu :", "Location"), or null. */
function labelOf(text: string): Field | null {
  const folded = fold(text).replace(/\s*:$/, '');
  return FIELDS.find((f) => LABELS[f].test(folded)) ?? null;
}

/** Text of the nodes after `el` in its parent, up to a line break or the next label. */
function following(el: Element): string {
  let out = '';
  for (let node = el.nextSibling; node && out.length < MAX_VALUE * 2; node = node.nextSibling) {
    if (node.nodeType === 3) {
      out += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const child = node as Element;
    if (child.tagName === 'BR') break;
    const text = plainText(child) ?? '';
    if (labelOf(text) || labelOf(text.split(':')[0] ?? '')) break;
    out += ` ${text}`;
    // A dd or td is the whole value of its dt or th.
    if (/^(?:DT|TH)$/.test(el.tagName)) break;
  }
  return out;
}

/**
 * A value worth taking: not empty, not a paragraph, not another label. Boards run several facts on one
 * line ("Paris · CDI"): the first is the labelled one.
 */
function usable(value: string | null | undefined): string | null {
  const v = (value ?? '')
    .replace(/^[\s:：-]+/, '')
    .split(/\s[·•|]\s/)[0]
    ?.trim();
  return v && v.length <= MAX_VALUE && !labelOf(v) ? v : null;
}

function fromLabelElements(doc: Document, out: Found): void {
  const all = doc.querySelectorAll(LABEL_TAGS);
  for (let i = 0; i < all.length && i < MAX_ELEMENTS; i++) {
    const el = all[i]!;
    if (el.tagName === 'LABEL' && el.hasAttribute('for')) continue;
    const text = plainText(el, MAX_LABEL * 4) ?? '';
    if (text.length > MAX_VALUE + MAX_LABEL) continue;
    const alone = text.length <= MAX_LABEL ? labelOf(text) : null;
    let field: Field | null = alone;
    let value: string | null = null;
    if (alone) {
      value = usable(following(el));
    } else if (!el.firstElementChild) {
      // "Location: Leeds" in one element.
      const m = /^([^:：]{1,40})[:：]\s*(.+)$/s.exec(text.trim());
      field = m ? labelOf(m[1]!) : null;
      value = field ? usable(m![2]) : null;
    }
    if (!field || !value || out[field] || el.closest(OUTSIDE)) continue;
    out[field] = value;
    if (out.company && out.location) return;
  }
}

function fromIcons(doc: Document, out: Found): void {
  const all = doc.querySelectorAll(ICON_TAGS);
  for (let i = 0; i < all.length && i < MAX_ELEMENTS; i++) {
    const icon = all[i]!;
    const names = fold(['class', 'name', 'aria-label', 'alt', 'data-icon', 'data-testid'].map((a) => icon.getAttribute(a) ?? '').join(' '));
    const field = FIELDS.find((f) => ICONS[f].test(names));
    if (!field || out[field] || icon.closest(OUTSIDE)) continue;
    const value = usable(following(icon));
    if (value) out[field] = value;
  }
}

/** The company and place the page labels in words or with an icon; the first of each, in page order. */
export function fromLabels(doc: Document): Found {
  const out: Found = {};
  const body = doc.body;
  if (!body) return out;
  fromLabelElements(doc, out);
  if (!out.company || !out.location) fromIcons(doc, out);
  return out;
}
