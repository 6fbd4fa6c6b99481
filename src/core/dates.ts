/**
 * Local calendar arithmetic. Reminders fire at a wall-clock time ("09:00 on the follow-up day"), so
 * dates are built with the local-time Date constructor: it resolves daylight-saving shifts itself,
 * where adding 7 × 24 h would drift by an hour across a change.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/** The local midnight that starts the day holding `t`. */
export function startOfLocalDay(t: number): number {
  const d = new Date(t);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/** `days` calendar days after the day holding `t`, at `minutes` after local midnight. */
export function localDayAt(t: number, days: number, minutes: number): number {
  const d = new Date(t);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + days, 0, minutes).getTime();
}

/** Default follow-up: the interview day + `delayDays`, at the reminder time (docs/method.md §3). */
export function defaultFollowUpAt(interviewAt: number, delayDays: number, reminderMinutes: number): number {
  return localDayAt(interviewAt, delayDays, reminderMinutes);
}

/** `n` working days (Monday to Friday) after the day holding `t`, at the same local wall-clock time. */
export function addWorkingDays(t: number, n: number): number {
  const d = new Date(t);
  let offset = 0;
  for (let left = Math.max(0, Math.floor(n)); left > 0; ) {
    offset++;
    const weekday = new Date(d.getFullYear(), d.getMonth(), d.getDate() + offset).getDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  // The local-time constructor keeps the wall-clock time across a daylight-saving change.
  return new Date(
    d.getFullYear(),
    d.getMonth(),
    d.getDate() + offset,
    d.getHours(),
    d.getMinutes(),
    d.getSeconds(),
    d.getMilliseconds(),
  ).getTime();
}

/** The first working day after the day holding `t`, at `minutes` after local midnight. */
export function workingDayAfter(t: number, minutes: number): number {
  return localDayAt(addWorkingDays(startOfLocalDay(t), 1), 0, minutes);
}

/** The local midnight that ends the day holding `t` (the start of the next day). */
export function endOfLocalDay(t: number): number {
  return localDayAt(t, 1, 0);
}

/** Whole calendar days from the day of `now` to the day of `t` (negative when `t` is in the past). */
export function calendarDaysBetween(now: number, t: number): number {
  // Rounding absorbs the 23 h / 25 h days of a daylight-saving change.
  return Math.round((startOfLocalDay(t) - startOfLocalDay(now)) / DAY_MS);
}

/** `YYYY-MM-DD` of the local day holding `t` (the value format of `<input type=date>`). */
export function toDateInput(t: number): string {
  const d = new Date(t);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** `YYYY-MM-DDTHH:MM` local (the value format of `<input type=datetime-local>`). */
export function toDateTimeInput(t: number): string {
  const d = new Date(t);
  return `${toDateInput(t)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Parses `YYYY-MM-DD` as that local day at `minutes` after midnight; null when not a real date. */
export function fromDateInput(value: string, minutes: number): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const date = new Date(y, mo, d, 0, minutes);
  if (date.getFullYear() !== y || date.getMonth() !== mo || date.getDate() !== d) return null;
  return date.getTime();
}

/** Parses `YYYY-MM-DDTHH:MM` as local time; null when not a real date and time. */
export function fromDateTimeInput(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi] = [Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5])];
  if (h > 23 || mi > 59) return null;
  const date = new Date(y, mo, d, h, mi);
  if (date.getFullYear() !== y || date.getMonth() !== mo || date.getDate() !== d) return null;
  return date.getTime();
}

/** Minutes after midnight of a `HH:MM` time (the value format of `<input type=time>`); null when not one. */
export function fromTimeInput(value: string): number | null {
  const m = /^(\d{2}):(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const [h, mi] = [Number(m[1]), Number(m[2])];
  return h > 23 || mi > 59 ? null : h * 60 + mi;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
