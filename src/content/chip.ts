import type { ChipTone } from '../core/chip';

/** Marks Relance's own nodes, so the observer ignores the mutations they cause. */
export const CHIP_ATTR = 'data-relance-chip';

// Solid colours with white text (≥ 4.5:1) and a light outline: readable on light and dark pages alike.
const TONES: Record<ChipTone, string> = {
  due: '#B3261E',
  scheduled: '#3730A3',
  interview: '#1A6B34',
  closed: '#52525B',
};

const STYLE = `
:host { all: initial; display: inline-block; vertical-align: middle; margin: 2px 4px; }
button {
  all: unset; box-sizing: border-box; cursor: pointer;
  font: 600 12px/1.3 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  color: #fff; background: var(--tone); border-radius: 999px; padding: 2px 8px;
  box-shadow: 0 0 0 1px rgba(255, 255, 255, 0.7);
  white-space: nowrap;
}
button:focus-visible { outline: 2px solid #fff; outline-offset: 1px; box-shadow: 0 0 0 4px #000; }
`;

export interface ChipContent {
  text: string;
  label: string;
  tone: ChipTone;
  onActivate: () => void;
}

/**
 * A chip in its own shadow root: the page's styles cannot reach it and ours cannot leak out. Text
 * only (textContent), never markup. Returns the host element, to place in the card.
 */
export function createChip(doc: Document): HTMLElement {
  const host = doc.createElement('span');
  host.setAttribute(CHIP_ATTR, '');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const button = doc.createElement('button');
  button.type = 'button';
  root.append(style, button);
  button.addEventListener('click', (e) => {
    // The card is usually a link: the chip opens Relance, not the card.
    e.preventDefault();
    e.stopPropagation();
    activations.get(host)?.();
  });
  chipButtons.set(host, button);
  return host;
}

// Closed shadow roots are not reachable from the host (nor by the page): keep the handles here.
const chipButtons = new WeakMap<HTMLElement, HTMLButtonElement>();
const activations = new WeakMap<HTMLElement, () => void>();

/** Whether `host` is a chip this script made (an earlier copy's chips, after an update, are not). */
export function isChip(host: HTMLElement): boolean {
  return chipButtons.has(host);
}

export function updateChip(host: HTMLElement, content: ChipContent): void {
  const button = chipButtons.get(host);
  if (!button) return;
  if (button.textContent !== content.text) button.textContent = content.text;
  button.setAttribute('aria-label', content.label);
  button.title = content.label;
  button.style.setProperty('--tone', TONES[content.tone]);
  activations.set(host, content.onActivate);
}
