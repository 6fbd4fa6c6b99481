/**
 * iCalendar (RFC 5545) files for the user's own calendar: follow-up calls and promised answers put
 * where people already look. Pure text building; the worker decides what goes in (core/calendar-plan.ts).
 */

/** A timed event (a call: alarm ten minutes before) or an all-day one (a promised answer: no alarm). */
export type IcsStart = { kind: 'timed'; at: number; minutes: number } | { kind: 'date'; on: string };

export interface IcsEvent {
  /** Stable across exports, so a calendar that imports a newer file updates the same event. */
  uid: string;
  /** Increases each time the event moves or is cancelled (RFC 5545 §3.8.7.4). */
  sequence: number;
  start: IcsStart;
  summary: string;
  description: string;
  /** Shown by the alarm; timed events only. */
  alarm?: string;
  cancelled?: boolean;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): each continuation starts with one space, and a
 * multi-byte character is never split, so an accented title stays valid UTF-8 in every line.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = out.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYYMMDDTHHMMSSZ`: a UTC date-time, so no time zone definition is needed. */
function utcDateTime(t: number): string {
  const d = new Date(t);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

/** `YYYY-MM-DD` → `YYYYMMDD`, and the day after it (an all-day event's DTEND is exclusive). */
function dateValues(on: string): [string, string] {
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return [on.replace(/-/g, ''), `${next.getUTCFullYear()}${pad(next.getUTCMonth() + 1)}${pad(next.getUTCDate())}`];
}

function eventLines(e: IcsEvent, stamp: string): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${e.uid}`, `SEQUENCE:${e.sequence}`, `DTSTAMP:${stamp}`];
  if (e.start.kind === 'timed') {
    lines.push(`DTSTART:${utcDateTime(e.start.at)}`, `DTEND:${utcDateTime(e.start.at + e.start.minutes * 60_000)}`);
  } else {
    const [from, to] = dateValues(e.start.on);
    // An all-day date is free: it does not block the day in the user's calendar.
    lines.push(`DTSTART;VALUE=DATE:${from}`, `DTEND;VALUE=DATE:${to}`, 'TRANSP:TRANSPARENT');
  }
  lines.push(`SUMMARY:${escapeText(e.summary)}`);
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  lines.push(`STATUS:${e.cancelled ? 'CANCELLED' : 'CONFIRMED'}`);
  if (e.alarm !== undefined && e.start.kind === 'timed' && !e.cancelled) {
    lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', 'TRIGGER:-PT10M', `DESCRIPTION:${escapeText(e.alarm)}`, 'END:VALARM');
  }
  lines.push('END:VEVENT');
  return lines;
}

/**
 * A whole calendar file. METHOD:PUBLISH with stable UIDs and increasing SEQUENCEs lets a calendar
 * that imports a later file update moved events and drop cancelled ones instead of duplicating them.
 */
export function icsCalendar(events: readonly IcsEvent[], now: number): string {
  const stamp = utcDateTime(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Relance//Relance//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...events.flatMap((e) => eventLines(e, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
