/**
 * A drawing of the browser's toolbar with the Extensions menu open: (1) the puzzle piece, (2) the pin
 * next to Relance, (3) Relance's icon once pinned. Drawn here rather than a screenshot, so it follows
 * the page's light or dark colours (welcome.css) and its one word comes from the catalog.
 */
import { t } from '../ui/i18n';

/** A numbered marker matching the steps beside the picture. */
function Callout({ x, y, n }: { x: number; y: number; n: number }) {
  return (
    <g class="pic-callout">
      <circle cx={x} cy={y} r={10} />
      <text x={x} y={y + 4.5} text-anchor="middle">
        {n}
      </text>
    </g>
  );
}

/** A jigsaw piece, the Extensions button, in a 20 × 20 box at (x, y). */
const puzzle = (x: number, y: number) => `M${x + 2} ${y + 6}h5a2.5 2.5 0 1 1 5 0h5v5a2.5 2.5 0 1 1 0 5v4h-15z`;

/** A push pin in a 16 × 16 box at (x, y). */
const pin = (x: number, y: number) => `M${x + 5} ${y + 1}h6v1.5l-1 1v3.5l2.5 2.5v1.5h-9v-1.5l2.5-2.5v-3.5l-1-1zM${x + 8} ${y + 11}v4`;

/** The picture, labelled for screen readers by its own title. */
export function PinPicture() {
  return (
    <svg class="pin-picture" viewBox="0 0 400 232" role="img" aria-labelledby="pin-picture-title">
      <title id="pin-picture-title">{t('welcomePinAlt')}</title>
      {/* The window, its toolbar and a page. */}
      <rect class="pic-window" x={1} y={1} width={398} height={230} rx={10} />
      <path class="pic-line" d="M1 52h398" />
      <rect class="pic-faint" x={16} y={70} width={100} height={10} rx={3} />
      {[92, 106, 120, 134, 148].map((y, i) => (
        <rect key={y} class="pic-faint" x={16} y={y} width={i % 2 ? 104 : 118} height={6} rx={3} />
      ))}
      {/* Back and forward. */}
      <path class="pic-ink" d="M30 27h-12m5-5-5 5 5 5M44 27h12m-5-5 5 5-5 5" />
      {/* The address bar. */}
      <rect class="pic-field" x={68} y={15} width={186} height={24} rx={12} />
      <rect class="pic-faint" x={84} y={24} width={110} height={6} rx={3} />
      {/* Relance's icon, pinned (3). */}
      <image href="icons/icon-32.png" x={266} y={15} width={24} height={24} />
      {/* The Extensions button, pressed (1). */}
      <rect class="pic-pressed" x={302} y={13} width={30} height={28} rx={6} />
      <path class="pic-ink" d={puzzle(307, 16)} />
      {/* The browser's menu. */}
      <g class="pic-dots">
        <circle cx={356} cy={20} r={2} />
        <circle cx={356} cy={27} r={2} />
        <circle cx={356} cy={34} r={2} />
      </g>
      {/* The Extensions menu, open under its button. */}
      <rect class="pic-menu" x={150} y={82} width={236} height={138} rx={8} />
      <text class="pic-text pic-title" x={166} y={108}>
        {t('welcomePinMenuTitle')}
      </text>
      <path class="pic-line" d="M150 120h236" />
      {/* Relance's row with its pin (2). */}
      <rect class="pic-row" x={156} y={128} width={224} height={34} rx={6} />
      <image href="icons/icon-32.png" x={166} y={134} width={22} height={22} />
      <text class="pic-text" x={198} y={150}>
        Relance
      </text>
      <rect class="pic-pin-box" x={338} y={133} width={28} height={24} rx={5} />
      <path class="pic-ink" d={pin(344, 137)} />
      {/* Another extension, faded. */}
      <rect class="pic-faint" x={166} y={178} width={22} height={22} rx={4} />
      <rect class="pic-faint" x={198} y={185} width={90} height={8} rx={4} />
      <path class="pic-faint-ink" d={pin(344, 181)} />
      {/* The markers, next to what they point at. */}
      <Callout x={317} y={66} n={1} />
      <Callout x={318} y={145} n={2} />
      <Callout x={278} y={66} n={3} />
    </svg>
  );
}
