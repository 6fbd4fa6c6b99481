import { chipFor, type JobState } from '../core/chip';
import { CHIP_ATTR, createChip, updateChip } from './chip';
import { CORNER_STYLE } from './spot';

/** A place on the page that shows one job: a listing card, or the posting's own header. */
export interface JobSpot {
  element: Element;
  jobKey: string;
  /** The chip sits in a fixed corner of the page (`element` is the body): the page has no heading for it. */
  corner?: boolean;
}

export interface AnnotateDeps {
  now: number;
  message: (key: string, subs?: string[]) => string;
  weekday: (t: number) => string;
  open: (applicationId: string) => void;
}

/**
 * Puts one chip on each tracked spot and removes chips from spots no longer tracked. All reads
 * happen before the writes (no layout is read at all), so a page of 100 cards costs one pass.
 */
export function annotate(doc: Document, spots: JobSpot[], states: Record<string, JobState>, deps: AnnotateDeps): number {
  const plan = spots.map((spot) => ({ spot, state: states[spot.jobKey], chip: ownChip(spot.element) }));
  let shown = 0;
  for (const { spot, state, chip } of plan) {
    if (!state) {
      chip?.remove();
      continue;
    }
    const view = chipFor(state, deps.now, deps.weekday);
    const text = deps.message(view.key, view.subs);
    const host = chip ?? spot.element.appendChild(createChip(doc));
    if (spot.corner) host.style.cssText = CORNER_STYLE;
    updateChip(host, {
      text,
      label: deps.message('chipLabel', [text]),
      tone: view.tone,
      onActivate: () => deps.open(state.applicationId),
    });
    shown++;
  }
  return shown;
}

/** Relance's chip among the spot's direct children (chips are only ever appended there). */
function ownChip(element: Element): HTMLElement | null {
  for (const child of element.children) if (child.hasAttribute(CHIP_ATTR)) return child as HTMLElement;
  return null;
}

/** Whether a batch of mutations is only Relance's chips coming and going (then there is nothing to redo). */
export function onlyOurChips(records: MutationRecord[]): boolean {
  return records.every((r) =>
    [...r.addedNodes, ...r.removedNodes].every((n) => n.nodeType === 1 && (n as Element).hasAttribute(CHIP_ATTR)),
  );
}
