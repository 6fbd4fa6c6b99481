import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface VirtualListProps {
  count: number;
  /** Every item has this height in px: the window is computed from the scroll offset alone. */
  itemHeight: number;
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

/** The first and last item index to render for this scroll offset. */
export function windowOf(scrollTop: number, viewport: number, itemHeight: number, count: number, overscan: number): [number, number] {
  const first = Math.max(0, Math.floor(scrollTop / itemHeight) - overscan);
  const last = Math.min(count - 1, Math.ceil((scrollTop + viewport) / itemHeight) + overscan);
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

  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const measure = () => el.clientHeight > 0 && setViewport(el.clientHeight);
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, []);

  // The active row must be a row that exists: after filtering, the first row takes over.
  const first = firstFocusable(p, 0, 1);
  const current = active >= 0 && active < p.count && p.focusable(active) ? active : first;

  useLayoutEffect(() => {
    if (!focusTick) return;
    const el = scrollRef.current;
    if (!el) return;
    // Bring the row into view, then give it the focus (it is rendered: it is the active row).
    const top = current * p.itemHeight;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + p.itemHeight > el.scrollTop + el.clientHeight) el.scrollTop = top + p.itemHeight - el.clientHeight;
    setTopRow(Math.floor(el.scrollTop / p.itemHeight));
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
    const page = Math.max(1, Math.floor(viewport / p.itemHeight) - 1);
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

  const [from, to] = windowOf(topRow * p.itemHeight, viewport, p.itemHeight, p.count, overscan);
  const indexes: number[] = [];
  if (current >= 0 && current < from) indexes.push(current);
  for (let i = from; i <= to; i++) indexes.push(i);
  if (current > to) indexes.push(current);

  return (
    <div class="vlist" ref={scrollRef} onScroll={(e) => setTopRow(Math.floor(e.currentTarget.scrollTop / p.itemHeight))}>
      {/* biome-ignore lint/a11y/useSemanticElements: a windowed list positions its rows absolutely; ul/li semantics come from the roles. */}
      <div
        role="list"
        aria-label={p.label}
        class="vlist-body"
        style={{ height: `${p.count * p.itemHeight}px` }}
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
            style={{ top: `${i * p.itemHeight}px`, height: `${p.itemHeight}px` }}
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
