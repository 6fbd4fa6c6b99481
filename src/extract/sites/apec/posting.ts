/**
 * The posting an APEC offer page shows. Written against the site's public structure as described in
 * 2026-11. Not checked: no real offer page was found in public material (2026-12-01): the offer card `.card-offer--detail` with `.card-offer__company`,
 * the title in an `h1.card-title` and `ul.details-offer` lists whose items include the place ("Paris 08 - 75").
 */
import type { PostingReader } from '../../types';
import { textOf } from '../shared';

/** "Paris 08 - 75", "Lyon - 69", "Nantes (44)": a place ends with a French département number. */
const PLACE = /(?:\s-\s(?:\d{2,3}|2[AB])|\((?:\d{2,3}|2[AB])\))\s*$/;

/** The item of the offer's detail lists that names a place. */
function place(root: ParentNode): string | null {
  for (const li of Array.from(root.querySelectorAll('ul.details-offer li')).slice(0, 30)) {
    const text = li.textContent ?? '';
    if (PLACE.test(text.trim())) return text;
  }
  return null;
}

/** APEC's posting fields (sites/posting-readers.ts). */
export const posting: PostingReader = (doc) => {
  const offer = doc.querySelector('.card-offer--detail, .card-offer') ?? doc;
  return {
    title: textOf(offer, 'h1.card-title', 'h1', '.card-title'),
    company: textOf(offer, '.card-offer__company'),
    location: place(offer),
  };
};
