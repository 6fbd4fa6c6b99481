import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface VirtualListProps {
  count: number;
  /**
   * Where each item starts, in px from the top, then where the last one ends (`count + 1` numbers, from
   * offsetsOf): heights are known before rendering, so the window is computed from the scroll offset alone.
   */
  offsets: readonly number[];
  /** Accessible name of the list. */
  label: string;
  /** Items rendered beyond each edge of the viewport, so fast scrolling shows no gap. */
  overscan?: number;
  /** Viewport height until the element can be measured (tests, first paint). */
  initialHeight?: number;
  /** Items that take the keyboard (rows, not section headers). */
  focusable: (index: number) => boolean;
  /** A stable key per item. */
  keyOf: (index: number) => string;
  /** The item's content; its focusable controls get `tabIndex` (0 for the active item only). */
  render: (index: number, tabIndex: 0 | -1) => ComponentChildren;
  /** Changing this moves the focus to the active row (back on the list after another page). */
  focusRequest?: number;
}

/** Each item's top and the total height, from the items' heights. */
export function offsetsOf(heights: Iterable<number>): number[] {
  const offsets = [0];
  let y = 0;
  for (const h of heights) offsets.push((y += h));
  return offsets;
}

/** The item at `y` px from the top (the last one at or past the end; 0 for an empty list). */
export function indexAt(offsets: readonly number[], y: number): number {
  let lo = 0;
  let hi = Math.max(0, offsets.length - 2);
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid]! <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The first and last item index to render for this scroll offset. */
export function windowOf(scrollTop: number, viewport: number, offsets: readonly number[], overscan: number): [number, number] {
  const count = offsets.length - 1;
  const first = Math.max(0, indexAt(offsets, scrollTop) - overscan);
  const last = Math.min(count - 1, indexAt(offsets, scrollTop + viewport) + overscan);
  return [first, last];
}

/**
 * A windowed list: only the items in the viewport (± overscan) are in the DOM, so 10,000 rows cost
 * what 30 do. One tab stop (roving tabindex): arrows, Page Up/Down, Home and End move between rows,
 * and the active row stays rendered while it has the focus, wherever the list is scrolled.
 */
export function VirtualList(p: VirtualListProps) {
  const overscan = p.overscan ?? 6;
  const scrollRef = useRef<HTMLDivElement>(null);
  // The first row in view, not the raw offset: scrolling within a row renders nothing new.
  const [topRow, setTopRow] = useState(0);
  const [viewport, setViewport] = useState(p.initialHeight ?? 600);
  const [active, setActive] = useState(-1);
  const [focusTick, setFocusTick] = useState(0);

  // The box is as tall as its items up to a maximum: it grows and shrinks with the list, not only with the window.
  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const measure = () => el.clientHeight > 0 && setViewport(el.clientHeight);
    measure();
    if (typeof ResizeObserver === 'undefined') {
      window.addEventListener('resize', measure);
      return () => window.removeEventListener('resize', measure);
    }
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // New heights (the window crossed the narrow breakpoint, the list was filtered): the same scroll offset
  // now falls on another item.
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (el) setTopRow(indexAt(p.offsets, el.scrollTop));
  }, [p.offsets]);

  // The active row must be a row that exists: after filtering, the first row takes over.
  const first = firstFocusable(p, 0, 1);
  const current = active >= 0 && active < p.count && p.focusable(active) ? active : first;

  useLayoutEffect(() => {
    if (!focusTick) return;
    const el = scrollRef.current;
    if (!el) return;
    // A field the user already went to keeps the focus: the list's own request (after a move to the
    // list) may land a frame after someone clicked into the search box.
    if (document.activeElement?.matches('input, textarea, select')) return;
    // Bring the row into view, then give it the focus (it is rendered: it is the active row).
    const top = p.offsets[current]!;
    const bottom = p.offsets[current + 1]!;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (bottom > el.scrollTop + el.clientHeight) el.scrollTop = bottom - el.clientHeight;
    setTopRow(indexAt(p.offsets, el.scrollTop));
    el.querySelector<HTMLElement>(`[data-index="${current}"] [tabindex="0"]`)?.focus();
  }, [focusTick]);

  useEffect(() => {
    if (p.focusRequest) setFocusTick((n) => n + 1);
  }, [p.focusRequest]);

  const move = (to: number) => {
    if (to < 0) return;
    setActive(to);
    setFocusTick((n) => n + 1);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    // Keys typed in a control of a row (none today) and modified keys are not ours.
    if (e.altKey || e.ctrlKey || e.metaKey || current < 0) return;
    // A page is the rows in view less one, measured from the active row.
    const page = Math.max(1, indexAt(p.offsets, p.offsets[current]! + viewport) - current - 1);
    let to = -1;
    if (e.key === 'ArrowDown') to = firstFocusable(p, current + 1, 1);
    else if (e.key === 'ArrowUp') to = firstFocusable(p, current - 1, -1);
    else if (e.key === 'Home') to = firstFocusable(p, 0, 1);
    else if (e.key === 'End') to = firstFocusable(p, p.count - 1, -1);
    else if (e.key === 'PageDown') to = firstFocusable(p, Math.min(p.count - 1, current + page), 1, current);
    else if (e.key === 'PageUp') to = firstFocusable(p, Math.max(0, current - page), -1, current);
    else return;
    e.preventDefault();
    move(to);
  };

  const onFocusIn = (e: FocusEvent) => {
    const item = (e.target as HTMLElement).closest<HTMLElement>('[data-index]');
    const index = item ? Number(item.dataset.index) : -1;
    if (index >= 0 && index !== current && p.focusable(index)) setActive(index);
  };

  const [from, to] = windowOf(p.offsets[Math.min(topRow, p.count)] ?? 0, viewport, p.offsets, overscan);
  const indexes: number[] = [];
  if (current >= 0 && current < from) indexes.push(current);
  for (let i = from; i <= to; i++) indexes.push(i);
  if (current > to) indexes.push(current);

  return (
    <div class="vlist" ref={scrollRef} onScroll={(e) => setTopRow(indexAt(p.offsets, e.currentTarget.scrollTop))}>
      {/* biome-ignore lint/a11y/useSemanticElements: a windowed list positions its rows absolutely; ul/li semantics come from the roles. */}
      <div
        role="list"
        aria-label={p.label}
        class="vlist-body"
        style={{ height: `${p.offsets[p.count] ?? 0}px` }}
        onKeyDown={onKeyDown}
        onFocusIn={onFocusIn}
      >
        {indexes.map((i) => (
          // biome-ignore lint/a11y/useSemanticElements: rows of the windowed list above.
          <div
            key={p.keyOf(i)}
            role="listitem"
            aria-setsize={p.count}
            aria-posinset={i + 1}
            data-index={i}
            class="vlist-item"
            style={{ top: `${p.offsets[i]}px`, height: `${p.offsets[i + 1]! - p.offsets[i]!}px` }}
          >
            {p.render(i, i === current ? 0 : -1)}
          </div>
        ))}
      </div>
    </div>
  );
}

/** The first focusable index from `start` in direction `step`; `fallback` (or -1) when there is none. */
function firstFocusable(p: Pick<VirtualListProps, 'count' | 'focusable'>, start: number, step: 1 | -1, fallback = -1): number {
  for (let i = start; i >= 0 && i < p.count; i += step) if (p.focusable(i)) return i;
  // Page Down past the last row: the last row in that direction.
  if (fallback >= 0) {
    for (let i = step === 1 ? p.count - 1 : 0; i >= 0 && i < p.count; i -= step) if (p.focusable(i)) return i;
    return fallback;
  }
  return -1;
}
