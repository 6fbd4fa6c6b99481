// Planned interviews as the closing card's tests set them up: a plan's day and time, and the call it proposes.

/** The day and time of a moment `minutes` from now, as a plan holds them (local). */
export function planAt(minutes) {
  const d = new Date(Date.now() + minutes * 60_000);
  const pad = (n) => String(n).padStart(2, '0');
  return { on: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, time: `${pad(d.getHours())}:${pad(d.getMinutes())}` };
}

/** The proposed call (core/closing-card.ts proposedCallAt, default settings): a week later at 09:00, a weekend moved to Monday. */
export function proposedCall({ on }) {
  const [y, m, d] = on.split('-').map(Number);
  const at = new Date(y, m - 1, d + 7, 9, 0);
  const shift = at.getDay() === 6 ? 2 : at.getDay() === 0 ? 1 : 0;
  return new Date(y, m - 1, d + 7 + shift, 9, 0);
}
