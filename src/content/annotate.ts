import type { ChipShown } from '../core/chip';
import { CHIP_ATTR, createChip, isChip, updateChip } from './chip';
import { CORNER_STYLE } from './spot';

/** A place on the page that shows one job: a listing card, or the posting's own header. */
export interface JobSpot {
  element: Element;
  jobKey: string;
  /** The chip sits in a fixed corner of the page (`element` is the body): the page has no heading for it. */
  corner?: boolean;
}

/**
 * Puts one chip on each tracked spot and removes chips from spots no longer tracked. The chips already
 * on the page are found with one selector query, not by visiting every card; no layout is read at all,
 * so a page of 100 cards costs one pass. `chips` come worded from the service worker.
 */
export function annotate(doc: Document, spots: JobSpot[], chips: Record<string, ChipShown>, open: (applicationId: string) => void): number {
  const placed = new Map<Element, HTMLElement>();
  const shownOn = new Set<Element>();
  for (const host of doc.querySelectorAll<HTMLElement>(`[${CHIP_ATTR}]`)) {
    // A chip this script did not make is an earlier copy's (the extension was updated): it is replaced.
    if (isChip(host) && host.parentElement) placed.set(host.parentElement, host);
    else host.remove();
  }
  let shown = 0;
  for (const spot of spots) {
    const chip = Object.hasOwn(chips, spot.jobKey) ? chips[spot.jobKey] : undefined;
    // One chip per element: the first tracked job among the spots it holds.
    if (!chip || shownOn.has(spot.element)) continue;
    shownOn.add(spot.element);
    const host = placed.get(spot.element) ?? spot.element.appendChild(createChip(doc));
    placed.delete(spot.element);
    if (spot.corner) host.style.cssText = CORNER_STYLE;
    updateChip(host, { text: chip.text, label: chip.label, tone: chip.tone, onActivate: () => open(chip.applicationId) });
    shown++;
  }
  // What is left was on a job no longer tracked, or on an element that no longer shows a job.
  for (const host of placed.values()) host.remove();
  return shown;
}

/** Whether a batch of mutations is only Relance's chips coming and going (then there is nothing to redo). */
export function onlyOurChips(records: MutationRecord[]): boolean {
  return records.every((r) =>
    [...r.addedNodes, ...r.removedNodes].every((n) => n.nodeType === 1 && (n as Element).hasAttribute(CHIP_ATTR)),
  );
}
